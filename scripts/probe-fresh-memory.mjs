// What the first write to a freshly allocated typed array costs in headless Chromium on this machine, against the
// same loop over memory written before: why the chart harness's line-1e6 case spends tens of ms in the bench adapter
// (bench/chart-bench/collectkit-adapter.js computes the M0 column, 1 − y, into a new 8 MB Float64Array per render and
// update). Per rep: allocate (lazy: the pages are not mapped yet), write 1 − y into it (every page faults in), write
// it again, and write into an array kept from the start (touched in rep 0 only).
// Usage: node scripts/probe-fresh-memory.mjs [--n 1000000] [--reps 6]
// Not a test: nothing is asserted, the figures are printed (with `uptime`) to be quoted.
import { execSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const arg = (name, fallback) =>
  process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback;
const n = arg('--n', 1e6);
const reps = arg('--reps', 6);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-gpu'],
});
try {
  const page = await browser.newPage();
  await page.goto('about:blank');
  const rows = await page.evaluate(
    ({ n, reps }) => {
      const y = new Float64Array(n);
      for (let i = 0; i < n; i++) y[i] = Math.random();
      // Blocks of 4096, as the kit's column loops: optimised after the first calls, so the loop itself is not the cost.
      const complement = (out, from, to) => {
        for (let i = from; i < to; i++) out[i] = 1 - y[i];
      };
      const write = (out) => {
        const t0 = performance.now();
        for (let from = 0; from < n; from += 4096) complement(out, from, Math.min(n, from + 4096));
        return performance.now() - t0;
      };
      const kept = new Float64Array(n);
      const out = [];
      for (let rep = 0; rep < reps; rep++) {
        const t0 = performance.now();
        const fresh = new Float64Array(n);
        const alloc = performance.now() - t0;
        out.push({ alloc, fresh: write(fresh), again: write(fresh), kept: write(kept) });
      }
      return out;
    },
    { n, reps },
  );
  const f = (v) => v.toFixed(1).padStart(7);
  console.log(`n = ${n} (${(n * 8) / 2 ** 20} MiB per array); ms per rep:`);
  console.log('    alloc  1st write  2nd write  kept array');
  for (const r of rows) console.log(`${f(r.alloc)}  ${f(r.fresh)}    ${f(r.again)}    ${f(r.kept)}`);
  console.log(execSync('uptime').toString().trim());
} finally {
  await browser.close();
}
