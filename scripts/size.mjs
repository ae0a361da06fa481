// Prints min+gzip sizes of dist/collectkit.min.js and of a one-widget, tree-shaken entry.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { rollup } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';

const kb = (n) => (n / 1024).toFixed(1) + ' KB';
function report(name, code) {
  const buf = Buffer.from(code);
  console.log(
    `${name.padEnd(34)} min ${kb(buf.length).padStart(9)}  gzip ${kb(gzipSync(buf, { level: 9 }).length).padStart(8)}  brotli ${kb(brotliCompressSync(buf).length).padStart(8)}`,
  );
  return gzipSync(buf, { level: 9 }).length;
}

/** Bundles an entry that imports `files`, as a page's bundler would. */
async function bundle(files) {
  const entry = files.map((f) => `import ${JSON.stringify(resolve(f))};`).join('\n');
  const build = await rollup({
    input: 'entry',
    onwarn: () => {},
    plugins: [
      { name: 'entry', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? entry : null) },
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationMap: false, sourceMap: false, outDir: '.cache/size' }),
      terser({ format: { comments: false }, compress: { passes: 2 } }),
    ],
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output[0].code;
}

if (!existsSync('dist/collectkit.min.js')) {
  console.error('dist/collectkit.min.js is missing: run `npm run build` first.');
  process.exit(1);
}
const total = report('dist/collectkit.min.js', readFileSync('dist/collectkit.min.js'));
// One widget tree-shaken (with <ck-source>), as a page importing just that element gets it.
const elements = ['overdue-trend', 'kpi-tile', 'roll-rates', 'vintage-curves', 'recovery-curves', 'agent-leaderboard', 'complaint-trend', 'channel-mix', 'compliance-monitor'];
report('ck-source alone', await bundle(['src/elements/source/ck-source.ts']));
for (const name of elements) {
  report(`ck-source + ck-${name}`, await bundle(['src/elements/source/ck-source.ts', `src/elements/${name}/ck-${name}.ts`]));
}
const budget = 60 * 1024;
console.log(`budget: ${kb(budget)} gzip for dist/collectkit.min.js — ${total <= budget ? 'within' : 'OVER'}`);
process.exitCode = total > budget ? 1 : 0;
