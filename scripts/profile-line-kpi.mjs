// Main-thread CPU of the long-line KPI path, step by step, cold: what the chart harness's line-1e5/1e6 cases run
// between the adapter and the chart (bench/chart-bench/collectkit-adapter.js → src/views/overdue-series.ts), in a
// fresh headless Chromium context per run, after the harness's 1e3 warm-up chart has run the same steps once.
// Steps (CDP Performance.getMetrics ThreadTime around each, so that other processes on a busy machine do not inflate
// them; each includes ≈ 1 ms of CDP round trip, the `tips` step shows that floor): `body` the adapter's M0 = 1 − y
// column, `parts` overdueSeries (overdueRateParts: checks, sums, summary) and the extent, `reduce` the series reduced
// to the plot width (downsampleRatioSeries), `tips` every 7th kept point's value (tooltips). render = first data set,
// update = second (the same page). Medians of --reps runs; several sources are interleaved run by run (an A/B in the
// same minutes), e.g. this branch against another revision's src/.
// Usage: node scripts/profile-line-kpi.mjs [--rev REV[,REV…]] [--src DIR[,DIR…]] [--n 100000,1000000] [--reps 7]
//   [--width 730]   (default: ./src only; --rev REV extracts REV's src/ with git archive)
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const reps = Number(arg('--reps')) || 7;
const ns = (arg('--n') ?? '100000,1000000').split(',').map(Number);
const width = Number(arg('--width')) || 730; // the plot width of the harness's 800 px line widget
const sources = [];
for (const rev of arg('--rev')?.split(',') ?? []) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ck-line-kpi-'));
  execSync(`git archive ${rev} src | tar -x -C ${dir}`, { cwd: ROOT });
  sources.push({ name: rev, src: path.join(dir, 'src') });
}
for (const dir of arg('--src')?.split(',') ?? []) sources.push({ name: dir, src: path.resolve(dir) });
if (!sources.length) sources.push({ name: 'src', src: path.join(ROOT, 'src') });

async function bundle(src) {
  const entry = `import { overdueSeries } from ${JSON.stringify(path.join(src, 'views/overdue-series.ts'))};
window.__ck = { overdueSeries };`;
  const out = await esbuild.build({
    stdin: { contents: entry, resolveDir: src, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    nodePaths: [path.join(ROOT, 'node_modules')],
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}
for (const s of sources) s.code = await bundle(s.src);
const harness = readFileSync(path.join(ROOT, 'bench/chart-bench/harness/bench/page/harness.js'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const STEPS = ['body', 'parts', 'reduce', 'tips'];
const results = new Map();
for (let rep = 0; rep < reps; rep++) {
  for (const n of ns) {
    for (const s of sources) {
      const ctx = await browser.newContext();
      const p = await ctx.newPage();
      await p.setContent('<!doctype html><html><body></body></html>');
      await p.addScriptTag({ content: harness });
      await p.addScriptTag({ content: s.code });
      const cdp = await ctx.newCDPSession(p);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      const thread = async () =>
        (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;
      await p.evaluate(
        ({ n, width }) => {
          const META = { asOf: '2026-11-29T00:00:00Z', source: 'x', currency: 'CNY', definitionVersion: '2026.1' };
          // as collectkit-adapter.js's overdueBody
          const body = (data) => {
            const y = data.series[0].y;
            const m0 = new Float64Array(y.length);
            for (let i = 0; i < y.length; i++) m0[i] = 1 - y[i];
            const columns = { times: data.x, buckets: ['M0', 'M1'], accounts: [m0, y], balance: [m0, y] };
            return { meta: META, rows: [], columns };
          };
          const st = {};
          window.__steps = {
            body: (d) => (st.body = body(d)),
            parts: () => (st.series = window.__ck.overdueSeries(st.body, ['M1'], 'balance')[0]).extent(),
            reduce: () => (st.reduced = st.series.reduce(width)),
            tips: () => {
              let sum = 0;
              for (let i = 0; i < st.reduced.index.length; i += 7) sum += st.series.valueAt(st.reduced.index[i]);
              return sum;
            },
          };
          window.__kept = () => st.reduced.index.length;
          const warm = window.__bench.genData({ kind: 'line', n: 1000 }, 3);
          for (const f of Object.values(window.__steps)) f(warm);
          window.__data = {
            render: window.__bench.genData({ kind: 'line', n }, 1),
            update: window.__bench.genData({ kind: 'line', n }, 2),
          };
        },
        { n, width },
      );
      for (const step of ['render', 'update']) {
        for (const ph of STEPS) {
          await cdp.send('HeapProfiler.collectGarbage');
          const t0 = await thread();
          await p.evaluate(([ph, step]) => void window.__steps[ph](window.__data[step]), [ph, step]);
          const key = `${n} ${step} ${s.name}`;
          if (!results.has(key)) results.set(key, { kept: 0, ...Object.fromEntries(STEPS.map((k) => [k, []])) });
          results.get(key)[ph].push((await thread()) - t0);
        }
        results.get(`${n} ${step} ${s.name}`).kept = await p.evaluate(() => window.__kept());
      }
      await ctx.close();
    }
  }
}
await browser.close();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`main-thread CPU (ThreadTime) per step, ms, median of ${reps} fresh contexts; plot width ${width}`);
for (const [key, r] of results) {
  const cells = STEPS.map((k) => `${k} ${median(r[k]).toFixed(2).padStart(6)}`).join('  ');
  const total = median(r.body.map((_, i) => STEPS.reduce((t, k) => t + r[k][i], 0)));
  console.log(`${key.padEnd(28)} total ${total.toFixed(2).padStart(6)}  ${cells}  kept ${r.kept}`);
}
