// Render benchmark of <ck-agent-leaderboard> in headless Chromium: element created (data in hand,
// from a registered adapter) → table painted, for 100, 500 and 2,000 collectors (all rows shown,
// `top` unset), then a re-sort by a header click → painted, and a hover over a cell → tooltip painted.
// The table shows its first rows at once and adds the rest over the next frames: both moments are
// timed (the same for a build that renders every row at once). "Painted" = the next frame is done:
// a requestAnimationFrame, then a user-blocking task (scheduler.postTask; a 0 ms timer without it),
// which runs after that frame's style, layout and paint (a double rAF would also count the rows the
// table adds in the frame after). DOM changes are seen by a MutationObserver in the task that made them.
// Median of several runs, each in a fresh page warmed up by a 100-row render.
// Usage: npm run build && node scripts/bench-leaderboard.mjs [--reps 5] [--sizes 100,500,2000]
//        [--bundle dist/collectkit.min.js[,other.min.js…]] [--profile FILE.cpuprofile]
// (--bundle: time another build, e.g. a copy of the previous one; several builds, comma separated,
//  are timed in turn within each repetition, so they share the same machine load;
//  --profile: CPU profile (Chrome DevTools format) of one extra 2,000-row run with the first build.)
import { createServer } from 'node:http';
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const reps = Number(arg('--reps')) || 5;
const sizes = (arg('--sizes') ?? '100,500,2000').split(',').map(Number);
const bundlePaths = (arg('--bundle') ?? 'dist/collectkit.min.js').split(',');
const profilePath = arg('--profile');
for (const path of bundlePaths) {
  if (!existsSync(path)) {
    console.error(`${path} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}
const bundles = bundlePaths.map((path) => readFileSync(path));
const page = `<!doctype html><html lang="en"><body style="margin:0"><div id="c" style="width:1000px"></div>
<script src="collectkit.min.js"></script><script>
const meta = { asOf: '2025-12-31T00:00:00Z', source: 'bench', currency: 'CNY', definitionVersion: '2026.1' };
let response;
collectkit.registerAdapter('bench', () => ({ fetch: async () => response }));
// Deterministic collectors as the 'huge' test scenario makes them; every 37th has a low base (flagged rates).
function agents(n) {
  const rows = [];
  for (let i = 0; i < n; i++) {
    const low = i % 37 === 5;
    rows.push({
      agentId: 'H' + String(i).padStart(4, '0'), name: '催收员' + i + ' / Collector ' + i, team: ['early-a', 'early-b', 'mid', 'late', 'field'][i % 5],
      dials: low ? 12 : 1000 + (i % 97) * 10, connects: low ? 6 : 300 + (i % 89), rightPartyContacts: low ? 4 : 200 + (i % 53),
      promises: low ? 3 : 100 + (i % 31), promisesDue: low ? 2 : 80 + (i % 29), promisesKept: low ? 1 : 60 + (i % 20),
      assigned: 100000 + i * 13, collected: 20000 + ((i * 7919) % 10000), hours: 100 + (i % 11), complaints: 0,
    });
  }
  return rows;
}
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const painted = () => new Promise((r) => requestAnimationFrame(() => (window.scheduler?.postTask ? scheduler.postTask(r, { priority: 'user-blocking' }) : setTimeout(r, 0))));
// Resolves as soon as \`ready()\` holds after a change in \`root\` (a MutationObserver: seen in the task that
// made the change, before the next frame; polling with timers could miss that frame).
const until = (root, ready) => new Promise((resolve) => {
  if (ready()) return resolve();
  const mo = new MutationObserver(() => ready() && (mo.disconnect(), resolve()));
  mo.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
});
let k = 0;
window.run = async (n) => {
  response = { meta, rows: agents(n) };
  const c = document.getElementById('c'); c.replaceChildren();
  await frames();
  // Element created → table painted.
  const t0 = performance.now();
  const src = document.createElement('ck-source'); src.id = 'b' + (++k); src.setAttribute('adapter', 'bench');
  const el = document.createElement('ck-agent-leaderboard'); el.setAttribute('source', src.id);
  c.append(src, el);
  // Rows in the table (first rows painted), then every row and no aria-busy (the table may fill in over a few frames).
  const root = el.shadowRoot;
  const rows = () => root.querySelector('table')?.rows.length - 1 || 0; // minus the header row
  const complete = () => rows() === n && root.querySelector('table').getAttribute('aria-busy') !== 'true';
  await until(root, rows);
  await painted();
  const first = performance.now() - t0;
  await until(root, complete);
  await painted();
  const drawn = performance.now() - t0;
  const nodes = root.querySelectorAll('*').length;
  const svgs = root.querySelectorAll('svg').length;
  // Re-sort by a header click → painted (first rows, then all).
  const button = [...root.querySelectorAll('thead button')].find((b) => b.textContent.includes('Kept rate'));
  const t1 = performance.now();
  button.click();
  await el.updateComplete;
  await painted();
  const sorted = performance.now() - t1;
  if (!root.querySelector('th[aria-sort]').textContent.includes('Kept rate')) throw new Error('not re-sorted');
  await until(root, complete);
  await painted();
  const sortedAll = performance.now() - t1;
  // Hover over a cell → tooltip painted (a focus change renders the table again).
  const td = root.querySelector('tbody tr:nth-child(3) td[data-c="2"]');
  const t2 = performance.now();
  td.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
  await el.updateComplete;
  await painted();
  const hovered = performance.now() - t2;
  if (!root.querySelector('[part="tooltip"]')) throw new Error('no tooltip');
  return { first, drawn, sorted, sortedAll, hovered, nodes, svgs };
};
</script></body></html>`;
// /<i>/ serves the page with build i as /<i>/collectkit.min.js.
const server = createServer((req, res) => {
  const m = /^\/(\d+)\/collectkit\.min\.js$/.exec(req.url);
  if (m) return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(bundles[Number(m[1])]);
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const open = async (b) => {
  const p = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  p.on('pageerror', (e) => console.error('page error:', e.message));
  await p.goto(`http://127.0.0.1:${server.address().port}/${b}/`);
  return p;
};
const results = bundles.map(() => []);
for (const n of sizes) {
  console.error('n =', n);
  const samples = bundles.map(() => []);
  for (let i = 0; i < reps + 1; i++) {
    for (let b = 0; b < bundles.length; b++) {
      const p = await open(b);
      // Warm up in the same page (JIT, element upgrade, first lit render), then measure.
      const r = await p.evaluate(async (n) => {
        await window.run(100);
        return window.run(n);
      }, n);
      if (i > 0) samples[b].push(r); // the first round warms up the browser
      await p.close();
    }
  }
  samples.forEach((runs, b) => {
    const m = (key) => median(runs.map((s) => s[key]));
    results[b].push({ n, first: m('first'), drawn: m('drawn'), sorted: m('sorted'), sortedAll: m('sortedAll'), hovered: m('hovered'), nodes: runs[0].nodes, svgs: runs[0].svgs });
  });
}
if (profilePath) {
  const p = await open(0);
  await p.evaluate(() => window.run(100));
  const cdp = await p.context().newCDPSession(p);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await p.evaluate(() => window.run(2000));
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(profilePath, JSON.stringify(profile));
  console.error(`CPU profile of a 2,000-row run written to ${profilePath}`);
  await p.close();
}
await browser.close();
server.close();
const ms = (v, w) => `${v.toFixed(0).padStart(w)} ms`;
results.forEach((rows, b) => {
  console.log(`<ck-agent-leaderboard>, all rows, 1000 px wide, headless Chromium, median of ${reps} runs (${bundlePaths[b]})`);
  console.log('collectors   created→first rows / all rows painted   re-sort→first rows / all rows painted   hover→painted   elements   SVGs');
  for (const r of rows) {
    console.log(
      `${String(r.n).padStart(10)}   ${ms(r.first, 16)} / ${ms(r.drawn, 6)}   ${ms(r.sorted, 16)} / ${ms(r.sortedAll, 6)}   ${ms(r.hovered, 10)}   ${String(r.nodes).padStart(8)}   ${String(r.svgs).padStart(4)}`,
    );
  }
});
