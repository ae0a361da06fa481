// The chart harness's page pieces for scripts that run one case outside `npm run bench:charts`
// (profile-chart.mjs, trace-chart.mjs): the project's adapter bundled with its `../../dist/…` imports taken
// from any build's dist/ (an A/B of two builds), and the harness's own page script.
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
