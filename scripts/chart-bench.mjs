// Runs the team's chart benchmark (a copy in bench/chart-bench/harness) with collectkit as an external adapter.
// Usage: npm run bench:charts -- [harness args: --cases line-1e3,multi-12x60 --libs uplot,d3-svg --reps 3
//        --no-cold --screenshots DIR --out FILE.json --md FILE.md …]
// The harness (CHART_BENCH_SRC, default the copy in this repository) is copied to $CHART_BENCH_DIR (default /tmp/chart-bench), re-copied when
// the shared copy changed, `npm i` is run there when its package.json is new; `npm run build` runs here when
// dist/ is missing. See bench/chart-bench/README.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.CHART_BENCH_SRC ?? path.join(ROOT, 'bench/chart-bench/harness');
const COPY = process.env.CHART_BENCH_DIR ?? '/tmp/chart-bench';
const ADAPTER = path.join(ROOT, 'bench/chart-bench/collectkit-adapter.js');
const SIZE_ENTRY = path.join(ROOT, 'bench/chart-bench/size-entry.js');
const STAMP = path.join(COPY, '.collectkit-bench.json');

const args = process.argv.slice(2);
const fail = (message) => {
  console.error(`\nchart-bench: ${message}\n`);
  process.exit(1);
};
const log = (...a) => console.log('chart-bench:', ...a);

// ---- Chromium: the harness drives /usr/bin/chromium (or --chromium PATH); never `playwright install` ----
const chromiumArg = args.indexOf('--chromium');
const chromium = chromiumArg >= 0 ? args[chromiumArg + 1] : '/usr/bin/chromium';
try {
  if (!chromium) throw new Error('--chromium needs a path');
  fs.accessSync(chromium, fs.constants.X_OK);
  execFileSync(chromium, ['--version'], { stdio: 'pipe', timeout: 30_000 });
} catch (error) {
  fail(
    `Chromium is missing or does not start: ${chromium} (${error.message.split('\n')[0]}).\n` +
      'The benchmark needs a system Chromium (e.g. `apt-get install chromium`) at /usr/bin/chromium, or pass --chromium PATH.\n' +
      'Do not run `playwright install`: the harness uses playwright-core with the system browser.',
  );
}

// ---- copy of the shared harness ----
if (!fs.existsSync(path.join(SHARED, 'bench/run.mjs')))
  fail(`the shared harness is not at ${SHARED} (set CHART_BENCH_SRC).`);

/** Newest mtime and total size of the shared harness's files: changes when the shared copy changes. */
function fingerprint(dir) {
  let newest = 0,
    bytes = 0,
    files = 0;
  (function walk(d) {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name === '.build') continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const s = fs.statSync(p);
        newest = Math.max(newest, s.mtimeMs);
        bytes += s.size;
        files++;
      }
    }
  })(dir);
  return `${newest}:${bytes}:${files}`;
}
const hashOf = (file) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

let stamp = {};
try {
  stamp = JSON.parse(fs.readFileSync(STAMP, 'utf8'));
} catch {
  /* first run */
}
const source = fingerprint(SHARED);
if (!fs.existsSync(path.join(COPY, 'bench/run.mjs')) || stamp.source !== source) {
  log(`copying ${SHARED} → ${COPY}`);
  fs.mkdirSync(COPY, { recursive: true });
  fs.cpSync(SHARED, COPY, { recursive: true, force: true, filter: (p) => !p.includes(`${path.sep}node_modules`) });
  execFileSync('chmod', ['-R', 'u+w', COPY]); // the shared files are read-only; the harness writes bench/.build
  stamp.source = source;
}
const pkgHash = hashOf(path.join(COPY, 'package.json'));
if (!fs.existsSync(path.join(COPY, 'node_modules/playwright-core')) || stamp.pkg !== pkgHash) {
  log(`npm i in ${COPY}`);
  // IBM_TELEMETRY_DISABLED: @carbon/charts' postinstall would otherwise leave telemetry processes running.
  const r = spawnSync('npm', ['i', '--no-audit', '--no-fund'], {
    cwd: COPY,
    stdio: 'inherit',
    env: { ...process.env, IBM_TELEMETRY_DISABLED: 'true' },
  });
  if (r.status !== 0) fail(`npm i failed in ${COPY} (exit ${r.status}).`);
  stamp.pkg = pkgHash;
}
fs.writeFileSync(STAMP, JSON.stringify(stamp));

// ---- collectkit build ----
if (
  !fs.existsSync(path.join(ROOT, 'dist/index.js')) ||
  !fs.existsSync(path.join(ROOT, 'dist/elements/overdue-trend/ck-overdue-trend.js'))
) {
  log('dist/ is missing: npm run build');
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) fail('npm run build failed.');
}

// ---- run ----
const has = (flag) => args.includes(flag);
const extra = [...args];
// Results go next to the copy unless --out/--md say otherwise; print absolute paths either way.
const resolveArg = (flag, fallback) => {
  const i = extra.indexOf(flag);
  if (i >= 0) return (extra[i + 1] = path.resolve(process.env.INIT_CWD ?? process.cwd(), extra[i + 1])); // npm run: INIT_CWD = where it was typed
  return fallback;
};
const out = resolveArg('--out', path.join(COPY, 'results.json'));
const md = resolveArg('--md', path.join(COPY, 'RESULTS.md'));
const shots = has('--screenshots') ? resolveArg('--screenshots') : null;
const runArgs = ['bench/run.mjs', '--adapter', `collectkit=${ADAPTER}`];
if (!has('--no-size') && !extra.some((a) => /^--size-entry$/.test(a)) && fs.existsSync(SIZE_ENTRY))
  runArgs.push('--size-entry', `collectkit=${SIZE_ENTRY}`);
runArgs.push(...extra);
log(`node ${runArgs.join(' ')}   (in ${COPY})`);
const r = spawnSync(process.execPath, runArgs, { cwd: COPY, stdio: 'inherit' });
if (r.status !== 0) fail(`the benchmark failed (exit ${r.status ?? r.signal}).`);
console.log('');
log(`results: ${out}`);
log(`report:  ${md}`);
if (shots) log(`screenshots: ${shots} (collectkit: ${shots}/*--collectkit.png)`);
