import { postgresBin, startTempPostgres } from '../scripts/lib/pg-temp.mjs';
const s = await startTempPostgres(postgresBin());
console.log(s.url);
const stop = () => { s.stop(); process.exit(0); };
process.on('SIGTERM', stop); process.on('SIGINT', stop);
setInterval(() => {}, 1e9);
