/** Executable of the `collectkit` bin: runs the CLI and sets the exit code (a server keeps running). */
import { main } from './cli.js';

process.exitCode = await main(process.argv.slice(2));
