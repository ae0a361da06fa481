// The chart harness's page pieces for scripts that run one case outside `npm run bench:charts`
// (profile-chart.mjs, trace-chart.mjs): the project's adapter bundled with its `../../dist/…` imports taken
// from any build's dist/ (an A/B of two builds), and the harness's own page script.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';

/**
 * Bundles bench/chart-bench/collectkit-adapter.js as an IIFE (global `__benchAdapter`) against `dist`, minified
 * or not (unminified, esbuild writes "// path/of/module.js" before each module, which profiles map samples by).
 * @param {{ root: string, dist: string, minify?: boolean }} options
 * @returns {Promise<{ bundle: string, harness: string }>} the adapter bundle and the harness page script
 */
export async function harnessAdapter({ root, dist, minify = false }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ck-harness-adapter-'));
  await esbuild.build({
    entryPoints: [path.join(root, 'bench/chart-bench/collectkit-adapter.js')],
    outfile: path.join(dir, 'adapter.js'),
    bundle: true,
    format: 'iife',
    globalName: '__benchAdapter',
    platform: 'browser',
    target: 'es2020',
    minify,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    plugins: [
      {
        name: 'dist',
        setup(b) {
          b.onResolve({ filter: /^\.\.\/\.\.\/dist\// }, (a) => ({
            path: path.join(dist, a.path.slice('../../dist/'.length)),
          }));
        },
      },
    ],
  });
  return {
    bundle: readFileSync(path.join(dir, 'adapter.js'), 'utf8'),
    harness: readFileSync(path.join(root, 'bench/chart-bench/harness/bench/page/harness.js'), 'utf8'),
  };
}

/**
 * Serves the harness's page (an 800 × 400 #chart) with the harness script and the adapter bundle on a free local port.
 * @param {{ bundle: string, harness: string }} scripts what `harnessAdapter` returned
 * @returns {Promise<{ origin: string, server: import('node:http').Server }>} the page's origin and its server (close it)
 */
export async function serveHarnessPage({ bundle, harness }) {
  const page = `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0}#chart{width:800px;height:400px;position:relative}</style>
<script src="/harness.js"></script><script src="/adapter.js"></script></head><body><div id="chart"></div></body></html>`;
  const server = createServer((req, res) => {
    const body = req.url === '/harness.js' ? harness : req.url === '/adapter.js' ? bundle : page;
    res.writeHead(200, { 'content-type': req.url?.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', () => r(null)));
  const address = server.address();
  return { origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server };
}

/**
 * A fresh browser context on the harness page with the case's data prepared (the harness's `prepare(spec)`), and a
 * CDP session on it. Close `ctx` when done.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin what `serveHarnessPage` returned
 * @param {unknown} spec the harness case (kind and size)
 */
export async function openHarnessPage(browser, origin, spec) {
  const ctx = await browser.newContext({ viewport: { width: 1000, height: 600 }, deviceScaleFactor: 1 });
  const p = await ctx.newPage();
  p.on('pageerror', (e) => console.error('page error:', e.message));
  await p.goto(origin + '/');
  const cdp = await ctx.newCDPSession(p);
  await p.evaluate((s) => window.__bench.prepare(s), spec);
  return { ctx, p, cdp };
}
