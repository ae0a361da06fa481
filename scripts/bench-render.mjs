// Render benchmark of <ck-overdue-trend> in headless Chromium: data in hand → chart painted, for
// 1e3…1e6 points per series (two series, columnar data), median of several runs, plus a resize.
// Usage: npm run build && node scripts/bench-render.mjs [--reps 5] [--bundle dist/collectkit.min.js]
// (--bundle: time another build, e.g. a copy of the previous one, under the same machine load.)
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const reps = Number(arg('--reps')) || 5;
const bundlePath = arg('--bundle') ?? 'dist/collectkit.min.js';
if (!existsSync(bundlePath)) {
  console.error(`${bundlePath} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const bundle = readFileSync(bundlePath);
const page = `<!doctype html><html lang="en"><body style="margin:0"><div id="c" style="width:800px"></div>
<script src="/collectkit.min.js"></script><script>
const meta = { asOf: '2025-12-31T00:00:00Z', source: 'bench', currency: 'CNY', definitionVersion: '2026.1' };
let response;
collectkit.registerAdapter('bench', () => ({ fetch: async () => response }));
function columns(n) {
  let seed = 42; const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 4294967296);
  const times = new Float64Array(n), m0 = new Float64Array(n), m1 = new Float64Array(n), m2 = new Float64Array(n);
  let r = 0.03;
  for (let i = 0; i < n; i++) {
    times[i] = Date.UTC(2000, 0, 1) + i * 36e5; r = Math.min(0.2, Math.max(0.001, r + (rnd() - 0.5) * 0.002));
    m1[i] = 1e6 * r; m2[i] = 1e6 * r / 3; m0[i] = 1e6 - m1[i] - m2[i];
  }
  return { times, buckets: ['M0', 'M1', 'M2'], accounts: [m0, m1, m2], balance: [m0, m1, m2] };
}
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
let k = 0;
window.run = async (n) => {
  response = { meta, rows: [], columns: columns(n) };
  const c = document.getElementById('c'); c.replaceChildren();
  await frames();
  const t0 = performance.now();
  const src = document.createElement('ck-source'); src.id = 'b' + (++k); src.setAttribute('adapter', 'bench');
  const el = document.createElement('ck-overdue-trend'); el.setAttribute('source', src.id); el.setAttribute('buckets', 'M1,M2');
  c.append(src, el);
  while (el.shadowRoot?.querySelectorAll('path.line').length !== 2) await new Promise((r) => requestAnimationFrame(r));
  await frames();
  const drawn = performance.now() - t0;
  const points = [...el.shadowRoot.querySelectorAll('path.line')].reduce((s, p) => s + p.getAttribute('d').split(/[ML]/).length - 1, 0);
  const t1 = performance.now();
  c.style.width = '500px';
  await new Promise((r) => setTimeout(r, 0));
  while (Math.abs(el.shadowRoot.querySelector('svg.chart').getAttribute('width') - 476) > 30) await new Promise((r) => requestAnimationFrame(r));
  await frames();
  const resized = performance.now() - t1;
  c.style.width = '800px';
  return { drawn, resized, points };
};
</script></body></html>`;
const server = createServer((req, res) => {
  if (req.url === '/collectkit.min.js') return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(bundle);
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = [];
for (const n of process.env.BENCH_N ? process.env.BENCH_N.split(',').map(Number) : [1e3, 1e4, 1e5, 1e6]) {
  console.error('n =', n);
  const samples = [];
  for (let i = 0; i < reps + 1; i++) {
    const p = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await p.goto(`http://127.0.0.1:${server.address().port}/`);
    p.on('crash', () => console.error('page crashed at', n));
    p.on('pageerror', (e) => console.error('page error at', n, e.message));
    // Warm up in the same page (JIT, element upgrade, first lit render), then measure.
    const r = await p.evaluate(async (n) => {
      await window.run(1000);
      return window.run(n);
    }, n);
    if (i > 0) samples.push(r); // the first page warms up the browser
    await p.close();
  }
  const drawn = samples.map((s) => s.drawn);
  results.push({
    n,
    drawn: median(drawn),
    low: Math.min(...drawn),
    high: Math.max(...drawn),
    resized: median(samples.map((s) => s.resized)),
    points: samples[0].points,
  });
}
await browser.close();
server.close();
console.log(`<ck-overdue-trend>, 2 series, 800 px wide, headless Chromium, median of ${reps} runs`);
console.log('points/series   data→painted (min–max)       resize→painted   path points drawn');
for (const r of results) {
  const spread = `(${r.low.toFixed(0)}–${r.high.toFixed(0)})`.padEnd(12);
  console.log(
    `${String(r.n).padStart(13)}   ${r.drawn.toFixed(1).padStart(9)} ms ${spread}   ${r.resized.toFixed(1).padStart(11)} ms   ${String(r.points).padStart(10)}`,
  );
}
const ratio = results.at(-1).drawn / results[0].drawn;
console.log(`1e6 / 1e3 draw time: ${ratio.toFixed(2)}× (budget 3×)`);
