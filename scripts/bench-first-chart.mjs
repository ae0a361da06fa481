// First chart of a page that loads collectkit through the autoloader (dist/autoloader.js and its ES chunks), as a
// page without a bundler does: navigation → the chart drawn (`path.line` per series in the widget's shadow root) and
// the second animation frame after it, in a fresh browser context per run (no HTTP or V8 code cache), with the
// main thread's CPU time (CDP ThreadTime) and V8's compile time in that window. Data: the chart harness's
// 12 × 60 recovery curves (or line 1e3 overdue columns) inline in a static <ck-source>.
// Usage: npm run build && node scripts/bench-first-chart.mjs [--case multi-12x60|line-1e3] [--reps 9]
//   [--dist DIR[,DIR2…]] (several builds' dist/ interleaved run by run: an A/B in the same minutes)
//   [--requests] (prints the first run's requests, ms after navigation, to see the module waterfall)
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const reps = Number(arg('--reps')) || 9;
const CASE = arg('--case') ?? 'multi-12x60';
const DISTS = (arg('--dist') ?? path.join(ROOT, 'dist')).split(',').map((d) => path.resolve(d));
for (const d of DISTS)
  if (!existsSync(path.join(d, 'autoloader.js'))) {
    console.error(`${d}/autoloader.js is missing: npm run build first`);
    process.exit(1);
  }

/** The harness's data (bench/chart-bench/harness/bench/page/harness.js, seed 1) mapped as collectkit-adapter.js does. */
function body() {
  let seed = 1;
  const r = () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const meta = { asOf: '2026-11-29T00:00:00Z', source: 'chart-bench', currency: 'CNY', definitionVersion: '2026.1' };
  if (CASE === 'line-1e3') {
    const n = 1000,
      start = Date.UTC(2020, 0, 1),
      step = 864e5; // one point a day (a period label per point)
    const rows = [];
    let v = 0.12 + (r() - 0.5) * 0.02;
    for (let i = 0; i < n; i++) {
      v += (r() - 0.5) * 0.006 + (0.12 - v) * 0.002;
      v = Math.min(0.5, Math.max(0.01, v));
      const y = v + 0.015 * Math.sin((i / n) * Math.PI * 2 * 20);
      rows.push({
        period: new Date(start + i * step).toISOString().slice(0, 10),
        bucket: 'M0',
        accounts: Math.round((1 - y) * 1e6),
        balance: (1 - y) * 1e6,
      });
      rows.push({
        period: new Date(start + i * step).toISOString().slice(0, 10),
        bucket: 'M1',
        accounts: Math.round(y * 1e6),
        balance: y * 1e6,
      });
    }
    return {
      metric: 'overdue',
      tag: 'ck-overdue-trend',
      attrs: 'buckets="M1" interval="day"',
      count: 1,
      json: { meta, rows },
    };
  }
  const rows = [];
  for (let c = 0; c < 12; c++) {
    const cap = 0.35 + r() * 0.3,
      k = 0.04 + r() * 0.06;
    let prev = 0,
      cum = 0;
    const cohort = new Date(Date.UTC(2021, c, 1)).toISOString().slice(0, 7);
    for (let m = 0; m < 60; m++) {
      let v = cap * (1 - Math.exp(-k * m)) + (r() - 0.5) * 0.01;
      if (v < prev) v = prev;
      prev = v;
      rows.push({ cohort, month: m, chargedOff: 1e6, recovered: v * 1e6 - cum, fees: 0 });
      cum = v * 1e6;
    }
  }
  return { metric: 'recovery', tag: 'ck-recovery-curves', attrs: 'max-months="59"', count: 12, json: { meta, rows } };
}
const B = body();
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>html,body{margin:0}</style>
<script type="module" src="/dist/autoloader.js"></script></head><body>
<ck-source id="s" adapter="static"><script type="application/json" data-metric="${B.metric}">${JSON.stringify(B.json)}</script></ck-source>
<${B.tag} source="s" ${B.attrs} style="display:block;box-sizing:border-box;width:800px;height:400px;overflow:hidden;--ck-chart-height:${B.tag === 'ck-overdue-trend' ? 296 : 272}px"></${B.tag}>
<script>
  document.addEventListener('ck-error', (e) => { window.__result = { error: e.detail?.message ?? 'ck-error' }; }, true);
  // the first frame whose widget holds every series' line, then the frame after it (the harness's double rAF)
  (function poll() {
    requestAnimationFrame(() => {
      const root = document.querySelector('${B.tag}')?.shadowRoot;
      if (!root || root.querySelectorAll('path.line:not(.reference)').length !== ${B.count}) return poll();
      const drawn = performance.now();
      requestAnimationFrame(() => { window.__result = { drawn, painted: performance.now() }; });
    });
  })();
</script></body></html>`;

const servers = [];
for (const dist of DISTS) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname.startsWith('/dist/')) {
      const file = path.join(dist, url.pathname.slice(6));
      if (!file.startsWith(dist) || !existsSync(file)) return res.writeHead(404).end();
      return res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
    }
    res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  servers.push(server);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const results = DISTS.map(() => []);
for (let rep = 0; rep < reps; rep++) {
  for (let i = 0; i < DISTS.length; i++) {
    const k = (i + rep) % DISTS.length; // the order rotates run by run
    const ctx = await browser.newContext({ viewport: { width: 1000, height: 600 }, deviceScaleFactor: 1 });
    const p = await ctx.newPage();
    p.on('pageerror', (e) => console.error('page error:', e.message));
    const cdp = await ctx.newCDPSession(p);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const t0 = Date.now();
    const requests = [];
    if (rep === 0 && process.argv.includes('--requests')) {
      p.on('request', (q) => requests.push(`${Date.now() - t0} ${q.url().replace(/^.*?\/dist\//, '')}`));
      p.on('requestfinished', (q) => requests.push(`${Date.now() - t0} done ${q.url().replace(/^.*?\/dist\//, '')}`));
    }
    await p.goto(`http://127.0.0.1:${servers[k].address().port}/`);
    await p.waitForFunction(() => window.__result, null, { timeout: 60_000, polling: 50 });
    const r = await p.evaluate(() => window.__result);
    if (r.error) throw new Error(`the widget failed: ${r.error}`);
    const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
    if (requests.length)
      console.log(`${DISTS[k]} requests:\n  ${requests.join('\n  ')}\n  drawn ${r.drawn.toFixed(0)} (performance.now)`);
    results[k].push({
      ...r,
      cpu: m.ThreadTime * 1000,
      script: m.ScriptDuration * 1000,
      compile: (m.V8CompileDuration ?? NaN) * 1000,
    });
    await ctx.close();
  }
}
await browser.close();
for (const s of servers) s.close();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (let k = 0; k < DISTS.length; k++) {
  const rs = results[k];
  const f = (key) => median(rs.map((x) => x[key])).toFixed(1);
  console.log(
    `${CASE} ${DISTS[k]}: navigation → drawn ${f('drawn')} ms, → second frame ${f('painted')} ms; main-thread CPU until then ` +
      `${f('cpu')} ms (script ${f('script')}, V8 compile ${f('compile')}); medians of ${rs.length} [painted ${rs.map((x) => x.painted.toFixed(0)).join(' ')}]`,
  );
}
