// `npm start`: builds the script-tag bundle and the server, seeds a DuckDB file on first run (cached in
// .cache/), starts `collectkit serve` on it and serves the demo page with /api/collection proxied to it,
// so the browser talks HTTP to SQL. `npm start -- --mock` serves the demo with the msw mock backend instead.
// `npm start -- --db chdb` seeds and serves ClickHouse in the process (.cache/demo-portfolio-*.chdb);
// `npm start -- --db postgres://user@host:5432/db` seeds that database (when it has no tables yet) and serves it.
// PORT (default 5173) and SERVER_PORT (default 8787) change the ports. Prints what it is doing as it goes.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { rollup } from 'rollup';
import { createServer } from 'vite';
import { buildServer } from './lib/build-server.mjs';

const mock = process.argv.includes('--mock');
const dbChoice = process.argv.includes('--db') ? process.argv[process.argv.indexOf('--db') + 1] : undefined;
if (process.argv.includes('--db') && !/^(chdb|duckdb|postgres(ql)?:\/\/.+)$/.test(dbChoice ?? '')) {
  console.error('npm start: --db takes chdb, duckdb or postgres://user@host:5432/db');
  process.exit(2);
}
const port = Number(process.env.PORT ?? 5173);
const serverPort = Number(process.env.SERVER_PORT ?? 8787);
const host = '127.0.0.1';
const started = Date.now();
const say = (line) => console.log(`[start ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${line}`);
const DEMO_SEED = { seed: 42, accounts: 20000, months: 24, start: '2024-01' };

/** Newest modification time of the files under `dir` (recursive). */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds `dist/collectkit.min.js` with rollup (as `npm run build` does), unless it is newer than the sources. */
async function buildBundle() {
  const out = 'dist/collectkit.min.js';
  const sources = Math.max(
    ...readdirSync('src', { withFileTypes: true })
      .filter((e) => e.name !== 'server')
      .map((e) => (e.isDirectory() ? newest(join('src', e.name)) : statSync(join('src', e.name)).mtimeMs)),
    statSync('rollup.config.js').mtimeMs,
    statSync('package.json').mtimeMs,
  );
  if (existsSync(out) && statSync(out).mtimeMs > sources) {
    say(`${out} is newer than src/: no build needed`);
    return;
  }
  const configs = (await import(new URL('../rollup.config.js', import.meta.url).href)).default;
  const config = configs.find((c) => c.output.file === out);
  say(`building ${out} with rollup (type-checks and minifies; 30–90 s on a busy 2-core machine)…`);
  const t = Date.now();
  const bundle = await rollup({ ...config, onwarn: (w) => !/TS5069/.test(w.message) && say(`  rollup: ${w.message}`) });
  await bundle.write(config.output);
  await bundle.close();
  say(`built ${out} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

/** The `collectkit` CLI from src/server, bundled with esbuild into .cache/server/ (under a second). */
async function buildCli() {
  const t = Date.now();
  const { bin } = await buildServer();
  say(`built the collectkit CLI into .cache/server/ in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return bin;
}

/** Version of the demo data: the simulator's sources and options. */
function demoVersion() {
  const version = createHash('sha256');
  for (const f of readdirSync('src/server/seed').sort()) version.update(readFileSync(join('src/server/seed', f)));
  version.update(JSON.stringify(DEMO_SEED));
  return version.digest('hex').slice(0, 12);
}

/** The `--db` to serve: the cached DuckDB file (default), a cached chdb folder, or a PostgreSQL database, seeded when new. */
async function seededDb(cli) {
  const seedArgs = Object.entries(DEMO_SEED).flatMap(([k, v]) => [`--${k}`, String(v)]);
  if (dbChoice === 'chdb') {
    const dir = resolve('.cache', `demo-portfolio-${demoVersion()}.chdb`);
    if (existsSync(`${dir}.seeded`)) {
      say(`using the cached demo chdb folder ${dir}`);
    } else {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync('.cache', { recursive: true });
      say(`seeding the demo into chdb (first run): ${DEMO_SEED.accounts} accounts over ${DEMO_SEED.months} months…`);
      await run(process.execPath, [cli, 'seed', '--db', `chdb:${dir}`, ...seedArgs], (line) => say(`  ${line}`));
      writeFileSync(`${dir}.seeded`, '');
    }
    return `chdb:${dir}`;
  }
  if (dbChoice?.startsWith('postgres')) {
    say('seeding the demo into PostgreSQL (skipped when the database already holds the tables)…');
    await run(process.execPath, [cli, 'seed', '--db', dbChoice, ...seedArgs], (line) => say(`  ${line}`)).catch(() =>
      say('  seed did not run (tables already there?): serving what the database holds'),
    );
    return dbChoice;
  }
  return `duckdb:${await seeded(cli)}`;
}

/** The cached demo database: seeded once per simulator version and options. */
async function seeded(cli) {
  const file = resolve('.cache', `demo-portfolio-${demoVersion()}.duckdb`);
  if (existsSync(file)) {
    say(`using the cached demo database ${file}`);
    return file;
  }
  mkdirSync('.cache', { recursive: true });
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  say(`seeding the demo database (first run): ${DEMO_SEED.accounts} accounts over ${DEMO_SEED.months} months…`);
  await run(
    process.execPath,
    [cli, 'seed', '--out', partial, ...Object.entries(DEMO_SEED).flatMap(([k, v]) => [`--${k}`, String(v)])],
    (line) => say(`  ${line}`),
  );
  renameSync(partial, file);
  return file;
}

/** Runs a command to its end, passing each output line to `onLine`. */
function run(cmd, args, onLine) {
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))));
  });
}

/** Starts `collectkit serve` and resolves once it listens; its warnings and errors are printed. */
function serve(cli, db) {
  say(`starting collectkit serve on http://${host}:${serverPort}/api/collection …`);
  const child = spawn(process.execPath, [cli, 'serve', '--db', db, '--port', String(serverPort), '--host', host], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.on('exit', () => child.kill());
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
  return new Promise((ok, fail) => {
    child.on('exit', (code) =>
      fail(new Error(`collectkit serve exited with ${code} (is port ${serverPort} free? SERVER_PORT changes it)`)),
    );
    createInterface({ input: child.stdout }).on('line', (line) => {
      let entry;
      try {
        entry = JSON.parse(line);
      } catch {
        return say(`  serve: ${line}`);
      }
      if (entry.msg === 'collectkit serve listening') ok(entry.url);
      else if (entry.level >= 40) say(`  serve: ${entry.msg}${entry.err ? `: ${entry.err.message}` : ''}`);
    });
  });
}

/** Serves dist/ under /vendor/ exactly as built (no transform), as an intranet's static server would. */
const vendor = {
  name: 'collectkit-vendor',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      const m = /^\/vendor\/([\w.-]+\.js(?:\.map)?)$/.exec(req.url?.split('?')[0] ?? '');
      const file = m && resolve('dist', m[1]);
      if (!file || !existsSync(file)) return next();
      res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
      createReadStream(file).pipe(res);
    });
  },
};

/** On the real path the page loads real-backend.ts (no msw) instead of mock-backend.ts. */
const backend = {
  name: 'collectkit-backend',
  transformIndexHtml: (html) => (mock ? html : html.replace('./mock-backend.ts', './real-backend.ts')),
};

try {
  let api;
  if (!mock) {
    const cli = await buildCli();
    api = await serve(cli, await seededDb(cli));
    say(`collectkit serve answers at ${api}`);
  }
  await buildBundle();
  say('starting the demo page server (vite)…');
  const server = await createServer({
    root: resolve('demo'),
    publicDir: resolve('public'),
    configFile: false,
    logLevel: 'warn',
    server: {
      host,
      port,
      strictPort: true,
      fs: { allow: [resolve('.')] },
      ...(api ? { proxy: { '/api/collection': { target: `http://${host}:${serverPort}`, changeOrigin: false } } } : {}),
    },
    plugins: [vendor, backend],
  });
  await server.listen();
  say(
    mock
      ? `collectkit demo: http://${host}:${port}/  (mock backend in the browser; Ctrl+C to stop)`
      : `collectkit demo: http://${host}:${port}/  (data from ${api} — SQL on ${dbChoice === 'chdb' ? 'ClickHouse (chdb)' : dbChoice?.startsWith('postgres') ? 'PostgreSQL' : 'DuckDB'}; Ctrl+C to stop)`,
  );
} catch (error) {
  console.error(`npm start failed: ${error.message}`);
  process.exit(1);
}
