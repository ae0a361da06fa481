// CPU profile of one chart-harness case through collectkit's adapter (bench/chart-bench/collectkit-adapter.js):
// the harness's own page script and data in headless Chromium, with the adapter bundled by esbuild WITHOUT minifying,
// so that every sample can be put down to the dist/ module it ran in. Steps: `first` (the harness's warm-up chart:
// the first widget on the page, with --first), then render and update of the case's two data sets, each profiled
// until drawn (the frame after is not profiled). Per step it prints the main thread's CPU time until the harness's
// second frame (CDP Performance.getMetrics ThreadTime, unprofiled: what other processes on a busy machine do not
// inflate), then the self time per group, module and top function (median of --reps runs), grouped as: the source
// path (<ck-source>, query-core, adapter, validation), KPI math, views, the widget, lit, GC, and the browser's own
// work ("(program)": style, layout, paint, parsing, compilation).
// Usage: npm run build && node scripts/profile-chart.mjs [--case line-1e3|line-1e5|line-1e6|multi-12x60|bar-500]
//   [--first] [--reps 3] [--top 25] [--out DIR] [--dist DIR]
//   --out: also writes <step>-N.cpuprofile there, for DevTools; --dist: another build's dist/ (an A/B of two builds
//   in the same minutes: a copy of dist/ from before a change), default ./dist
import { writeFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { harnessAdapter, openHarnessPage, serveHarnessPage } from './lib/harness-adapter.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const reps = Number(arg('--reps')) || 3;
const topN = Number(arg('--top')) || 25;
const outDir = arg('--out');
const CASE = arg('--case') ?? 'bar-500';
const DIST = path.resolve(arg('--dist') ?? path.join(ROOT, 'dist'));
/** The harness's cases (bench/chart-bench/harness/bench/run.mjs) this script knows. */
const CASES = {
  'line-1e3': { kind: 'line', n: 1e3 },
  'line-1e4': { kind: 'line', n: 1e4 },
  'line-1e5': { kind: 'line', n: 1e5 },
  'line-1e6': { kind: 'line', n: 1e6 },
  'multi-12x60': { kind: 'multi', series: 12, points: 60 },
  'bar-500': { kind: 'bar', n: 500 },
};
const SPEC = CASES[CASE];
if (!SPEC) {
  console.error(`unknown --case ${CASE}: one of ${Object.keys(CASES).join(', ')}`);
  process.exit(1);
}
if (!existsSync(path.join(DIST, 'index.js'))) {
  console.error(`${DIST}/index.js is missing: run \`npm run build\` first.`);
  process.exit(1);
}

const { bundle, harness } = await harnessAdapter({ root: ROOT, dist: DIST });
// esbuild writes "// path/of/module.js" before each module it inlines: line → module.
const moduleAt = [];
let current = '(adapter)';
for (const line of bundle.split('\n')) {
  const m = /^\s*\/\/ (\S+\.(?:m?js|ts))$/.exec(line);
  if (m) current = m[1].replace(/^.*?node_modules\//, '').replace(/^.*?\bdist\//, '');
  moduleAt.push(current);
}
const { origin, server } = await serveHarnessPage({ bundle, harness });

/** Group of a module or a V8 pseudo-function: what the report sums. */
function group(module, fn) {
  if (fn === '(garbage collector)') return 'GC';
  if (fn === '(program)') return 'browser (style, layout, paint, …)';
  if (fn === '(idle)') return 'idle';
  if (fn === '(root)') return 'idle';
  if (!module) return 'native / other';
  if (module.includes('@tanstack/query-core')) return 'query-core';
  if (/^(lit|lit-html|lit-element|@lit|@tanstack\/(lit-virtual|virtual-core))/.test(module)) return 'lit / virtualiser';
  if (module.startsWith('data/validate') || module.startsWith('data/contract')) return 'validation';
  if (module.startsWith('kpi/')) return 'KPI math';
  if (module.startsWith('elements/agent-leaderboard/')) return 'leaderboard element';
  if (module.startsWith('views/')) return 'view models';
  if (module.startsWith('query/') || module.startsWith('elements/source/') || module.startsWith('data/'))
    return 'source / query glue';
  if (module === '(adapter)' || module.includes('collectkit-adapter')) return 'bench adapter (body, until)';
  if (module.startsWith('elements/shared/') || module.startsWith('render/') || module.startsWith('charts/'))
    return 'widget base / render / charts';
  if (module.startsWith('elements/')) return 'widget element';
  return module.split('/')[0];
}

/** Self time (ms) per group, module and function of a CPU profile. */
function breakdown(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dts = profile.timeDeltas;
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (dts[i + 1] ?? 0) / 1000));
  const groups = new Map(),
    modules = new Map(),
    fns = new Map();
  let total = 0;
  for (const [id, ms] of self) {
    const n = byId.get(id);
    const cf = n.callFrame;
    const fn = cf.functionName || '(anonymous)';
    const ours = cf.url.endsWith('/adapter.js');
    const module = ours ? (moduleAt[cf.lineNumber] ?? '(adapter)') : cf.url ? cf.url : '';
    const g = group(module, fn);
    if (g === 'idle') continue;
    total += ms;
    groups.set(g, (groups.get(g) ?? 0) + ms);
    const mk = module || fn;
    modules.set(mk, (modules.get(mk) ?? 0) + ms);
    const fk = `${fn} (${module || 'native'}${ours ? ':' + (cf.lineNumber + 1) : ''})`;
    fns.set(fk, (fns.get(fk) ?? 0) + ms);
  }
  return { total, groups, modules, fns };
}

/** Per key, the median over the runs (a run without the key counts 0): a run preempted by other work on the machine does not skew it. */
function medians(runs) {
  const out = { total: median(runs.map((r) => r.total)), groups: new Map(), modules: new Map(), fns: new Map() };
  for (const k of ['groups', 'modules', 'fns']) {
    const keys = new Set(runs.flatMap((r) => [...r[k].keys()]));
    for (const key of keys) out[k].set(key, median(runs.map((r) => r[k].get(key) ?? 0)));
  }
  return out;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const STEPS = process.argv.includes('--first') ? ['first', 'render', 'update'] : ['render', 'update'];
const perStep = () => Object.fromEntries(STEPS.map((s) => [s, []]));
const runs = perStep();
const wall = perStep();
const whole = perStep();
const cpu = perStep();
if (outDir) mkdirSync(outDir, { recursive: true });
/**
 * A page at the point the harness measures from: both data sets made, and its render warmed up unless the
 * warm-up chart is itself a step (`first`).
 */
async function harnessPage() {
  const { ctx, p, cdp } = await openHarnessPage(browser, origin, SPEC);
  if (!STEPS.includes('first')) await p.evaluate(() => window.__bench.warmup());
  // The harness's data of render (seed 1) and update (seed 2), made before anything is measured.
  await p.evaluate((spec) => {
    window.__data = { render: window.__bench.genData(spec, 1), update: window.__bench.genData(spec, 2) };
  }, SPEC);
  return { ctx, p, cdp };
}
for (let rep = 0; rep < reps; rep++) {
  // CPU time of the page's main thread (CDP Performance.getMetrics ThreadTime: what other processes on a busy
  // machine do not inflate), without the profiler: render and update, each up to the harness's second frame.
  {
    const { ctx, p, cdp } = await harnessPage();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const metrics = async () =>
      Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    for (const step of STEPS) {
      await cdp.send('HeapProfiler.collectGarbage');
      const before = await metrics();
      await p.evaluate(async (s) => {
        // the warm-up chart is timed by the harness up to its second frame, then destroyed
        if (s === 'first') await window.__bench.warmup();
        else {
          await window.__benchAdapter[s](document.getElementById('chart'), window.__data[s]);
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        }
      }, step);
      const after = await metrics();
      const d = (k) => (after[k] - before[k]) * 1000;
      cpu[step].push({
        thread: d('ThreadTime'),
        script: d('ScriptDuration'),
        layout: d('LayoutDuration'),
        style: d('RecalcStyleDuration'),
      });
    }
    await ctx.close();
  }
  const { ctx, p, cdp } = await harnessPage();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  for (const step of STEPS) {
    await cdp.send('HeapProfiler.collectGarbage');
    // console.profile/profileEnd in the page: the profile ends exactly when the chart is drawn (the warm-up
    // chart: at its second frame, destroyed).
    const finished = new Promise((resolve) => cdp.once('Profiler.consoleProfileFinished', resolve));
    const ms = await p.evaluate(async (s) => {
      console.profile(s);
      const t0 = performance.now();
      if (s === 'first') await window.__bench.warmup();
      else await window.__benchAdapter[s](document.getElementById('chart'), window.__data[s]);
      const ms = performance.now() - t0;
      console.profileEnd(s);
      // Then as the harness: the next frame, and the one after it.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return [ms, performance.now() - t0];
    }, step);
    const { profile } = await finished;
    wall[step].push(ms[0]);
    whole[step].push(ms[1]);
    runs[step].push(breakdown(profile));
    if (outDir) writeFileSync(path.join(outDir, `${step}-${rep}.cpuprofile`), JSON.stringify(profile));
  }
  await ctx.close();
}
await browser.close();
server.close();

const rows = (map, n) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`)
    .join('\n');
for (const step of STEPS) {
  const s = medians(runs[step]);
  console.log(
    `\n== ${CASE} ${step}${step === 'first' ? ' (the warm-up chart)' : ''}: adapter ${step}() until drawn ${median(wall[step]).toFixed(1)} ms (profiled), until the second frame ` +
      `${median(whole[step]).toFixed(1)} ms (medians; unminified bundle, profiler on); samples: ${s.total.toFixed(1)} ms; ` +
      `self time per line: median of ${reps} runs ==`,
  );
  const c = (k) => median(cpu[step].map((x) => x[k])).toFixed(1);
  console.log(
    `main-thread CPU, unprofiled, until the second frame (median): ${c('thread')} ms ` +
      `(phases, wall: script ${c('script')}, style ${c('style')}, layout ${c('layout')})`,
  );
  console.log('by group:\n' + rows(s.groups, 20));
  console.log('by module:\n' + rows(s.modules, 15));
  console.log('by function:\n' + rows(s.fns, topN));
}
