// Prints min+gzip sizes of dist/collectkit.min.js, of one-widget tree-shaken entries and of the stack
// floor (lit, @lit/context, query-core); `--marginal` adds what each widget adds to the full bundle.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { rollup } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { loadRegistry } from './registry.mjs';

const kb = (n) => (n / 1024).toFixed(1) + ' KB';
function report(name, code) {
  const buf = Buffer.from(code);
  console.log(
    `${name.padEnd(34)} min ${kb(buf.length).padStart(9)}  gzip ${kb(gzipSync(buf, { level: 9 }).length).padStart(8)}  brotli ${kb(brotliCompressSync(buf).length).padStart(8)}`,
  );
  return gzipSync(buf, { level: 9 }).length;
}

/** Bundles an entry that imports `files` (or the given source), as a page's bundler would. */
async function bundle(files, source, format = 'es') {
  const entry = source ?? files.map((f) => `import ${JSON.stringify(resolve(f))};`).join('\n');
  const build = await rollup({
    input: 'entry',
    onwarn: () => {},
    plugins: [
      { name: 'entry', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? entry : null) },
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      typescript({
        tsconfig: './tsconfig.build.json',
        declaration: false,
        declarationMap: false,
        sourceMap: false,
        outDir: '.cache/size',
      }),
      terser({ format: { comments: false }, compress: { passes: 2 } }),
    ],
  });
  const { output } = await build.generate({ format, name: 'collectkit', inlineDynamicImports: true });
  await build.close();
  return output[0].code;
}

if (!existsSync('dist/collectkit.min.js')) {
  console.error('dist/collectkit.min.js is missing: run `npm run build` first.');
  process.exit(1);
}
const total = report('dist/collectkit.min.js', readFileSync('dist/collectkit.min.js'));
// One widget tree-shaken (with <ck-source>), as a page importing just that element gets it.
const elements = (await loadRegistry()).filter((e) => e.role === 'widget').map((e) => e.folder);
report('ck-source alone', await bundle(['src/elements/source/ck-source.ts']));
for (const name of elements) {
  report(
    `ck-source + ck-${name}`,
    await bundle(['src/elements/source/ck-source.ts', `src/elements/${name}/ck-${name}.ts`]),
  );
}
// The floor the fixed stack sets: lit, @lit/context and query-core's client and observer, nothing of ours.
report(
  'stack floor (lit, context, query)',
  await bundle(
    [],
    [
      "import { LitElement, html, svg, css, nothing } from 'lit';",
      "import { styleMap } from 'lit/directives/style-map.js';",
      "import { ContextProvider, ContextConsumer, createContext, ContextRoot } from '@lit/context';",
      "import { QueryClient, QueryObserver } from '@tanstack/query-core';",
      'window.floor = { LitElement, html, svg, css, nothing, styleMap, ContextProvider, ContextConsumer, createContext, ContextRoot, QueryClient, QueryObserver };',
    ].join('\n'),
  ),
);
// --marginal: what each widget adds to collectkit.min.js (the full bundle without it, subtracted).
if (process.argv.includes('--marginal')) {
  const define = readFileSync('src/define.ts', 'utf8');
  const global = readFileSync('src/global.ts', 'utf8');
  for (const name of elements) {
    const source = [
      ...define
        .split('\n')
        .filter((l) => l.startsWith('import ') && !l.includes(`/ck-${name}.js`))
        .map((l) => l.replace("'./", `'${resolve('src')}/`)),
      ...global
        .split('\n')
        .filter(
          (l) =>
            l.startsWith('export ') &&
            !l.includes('./define.js') &&
            !(name === 'overdue-trend' && l.includes('CkOverdueTrend')),
        )
        .map((l) => l.replace("'./", `'${resolve('src')}/`)),
    ].join('\n');
    const without = gzipSync(Buffer.from(await bundle([], source, 'iife')), { level: 9 }).length;
    console.log(`  without ck-${name}`.padEnd(34), `gzip ${kb(without).padStart(8)}  (it adds ${kb(total - without)})`);
  }
}
// size-budgets.json: the one-file bundle may grow by perWidget KB for each widget added after baseWidgets.
const { oneFileBundle: b } = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
const budget = (b.base + b.perWidget * Math.max(0, elements.length - b.baseWidgets)) * 1024;
console.log(
  `budget: ${kb(budget)} gzip for dist/collectkit.min.js (${elements.length} widgets) — ${total <= budget ? 'within' : 'OVER'}`,
);
process.exitCode = total > budget ? 1 : 0;
