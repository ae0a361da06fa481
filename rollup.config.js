import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { loadRegistry } from './scripts/registry.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies ?? {});
const isExternal = (id) => external.some((dep) => id === dep || id.startsWith(dep + '/'));
/** The server also leaves its optional peers (DuckDB, Fastify) and Node's built-ins to the runtime. */
const serverExternal = [...external, ...Object.keys(pkg.peerDependencies ?? {})];
const isServerExternal = (id) =>
  id.startsWith('node:') || serverExternal.some((dep) => id === dep || id.startsWith(dep + '/'));

/** Copies the metrics' SQL files next to the built server (they are read at run time). */
const copySql = {
  name: 'collectkit-copy-sql',
  generateBundle() {
    for (const file of readdirSync('src/server/sql').filter((f) => f.endsWith('.sql'))) {
      this.emitFile({
        type: 'asset',
        fileName: `server/sql/${file}`,
        source: readFileSync(`src/server/sql/${file}`, 'utf8'),
      });
    }
  },
};

/**
 * query-core modules the kit never uses, replaced in the browser bundles by small stand-ins: the mutation
 * cache (collectkit only reads) and the infinite-query behaviour (no paged queries). About 3.5 KB min+gzip
 * less on every page; test/query/no-mutations.test.ts checks the stand-ins against the installed query-core.
 */
const unusedQueryCore = {
  name: 'collectkit-unused-query-core',
  resolveId(source, importer) {
    if (!importer || !importer.includes('@tanstack/query-core')) return null;
    if (source === './mutationCache.js') return resolve('src/query/no-mutations.ts');
    if (source === './infiniteQueryBehavior.js' && importer.endsWith('query.js'))
      return resolve('src/query/no-infinite-queries.ts');
    return null;
  },
};

/**
 * The one-file bundle imports every language of every message pack up front (src/locales/all.ts), so the
 * packs' per-language loaders have nothing left to fetch there: they become `() => Promise.resolve()` instead
 * of 48 inlined dynamic-import wrappers (about 1 KB min+gzip).
 */
const packsLoadedUpFront = {
  name: 'collectkit-packs-loaded-up-front',
  transform(code, id) {
    if (!/[\\/]src[\\/]render[\\/]i18n[\\/][\w-]+\.ts$/.test(id) || !code.includes('MessageLoaders')) return null;
    return { code: code.replace(/\(\) => import\('\.\/[\w-]+\/[\w-]+\.js'\)/g, '() => Promise.resolve()'), map: null };
  },
};

/** Every registering file is an entry, so `collectkit/elements/<name>/ck-<name>.js` can be imported alone. */
const elementEntries = readdirSync('src/elements', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(`src/elements/${d.name}`)
      .filter((f) => /^ck-.*\.ts$/.test(f))
      .map((f) => `src/elements/${d.name}/${f}`),
  );

/** The entry files of the elements that draw data (the registry's `widget` role), not the containers. */
const widgetEntries = new Set(
  (await loadRegistry()).filter((e) => e.role === 'widget').map((e) => resolve(`src/elements/${e.folder}/${e.tag}.ts`)),
);

/**
 * One `base` chunk for the code (almost) every widget loads: lit, @lit/context, query-core, the widget base, formats,
 * the message and definition stores, scales, tooltips and keyboard. Left to itself rollup cut it into about twenty
 * chunks (one per set of entries that share them), each gzipped on its own, so a one-tile page fetched 23 files:
 * a module statically imported by at least 85% of the widgets goes to `base`, and so does one that <ck-kpi-tile>
 * imports and at least 40% of the widgets do (the tile's scales and downsampling: it is the widget most pages show).
 * A page then fetches `base` once and each widget's own chunk; texts, KPI steps and packs stay in their own chunks.
 */
function widgetBase() {
  const tileEntry = resolve('src/elements/kpi-tile/ck-kpi-tile.ts');
  let counted; // the build the counts are of (its getModuleInfo)
  let counts;
  let tile;
  const closure = (entry, getModuleInfo) => {
    const seen = new Set([entry]);
    const todo = [entry];
    while (todo.length > 0)
      for (const id of getModuleInfo(todo.pop())?.importedIds ?? [])
        if (!seen.has(id)) {
          seen.add(id);
          todo.push(id);
        }
    return seen;
  };
  return (id, { getModuleInfo }) => {
    if (counted !== getModuleInfo) {
      counted = getModuleInfo;
      counts = new Map();
      for (const entry of widgetEntries)
        for (const m of closure(entry, getModuleInfo)) counts.set(m, (counts.get(m) ?? 0) + 1);
      tile = closure(tileEntry, getModuleInfo);
    }
    if (widgetEntries.has(id)) return undefined;
    const share = (counts.get(id) ?? 0) / widgetEntries.size;
    return share >= 0.85 || (share >= 0.4 && tile.has(id)) ? 'base' : undefined;
  };
}

/** Modules of the message and definition packs (texts only). */
const textPack = /[\\/]src[\\/](render[\\/]i18n|model[\\/]definitions|locales)[\\/]/;

export default [
  // Tree-shakeable ESM with typings; dependencies stay external for the page's bundler.
  {
    input: ['src/index.ts', 'src/define.ts', 'src/svg/index.ts', 'src/records.ts', ...elementEntries],
    external: isExternal,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [typescript({ tsconfig: './tsconfig.build.json' })],
  },
  // The autoloader and one self-contained module per element (`dist/ck-kpi-tile.js`), sharing common code
  // as chunks: a page loads `dist/autoloader.js` and fetches only the elements it shows.
  {
    input: {
      autoloader: 'src/autoloader.ts',
      ...Object.fromEntries(elementEntries.map((f) => [basename(f, '.ts'), f])),
    },
    // The KPI modules are pure math: one a chunk imports only for its spread constants (kpi/legal's field lists)
    // must not be fetched by every widget whose barrel import names it (a tile page fetched four of them).
    treeshake: { moduleSideEffects: (id) => !id.includes('/src/kpi/') },
    // An element's own chunk is its entry file (it keeps its class export) instead of a facade importing it.
    preserveEntrySignatures: 'allow-extension',
    // No merging of small chunks (experimentalMinChunkSize): measured, it made a tile page fetch more (62.9–67.3 KB vs 60.4).
    // The shared base is one chunk instead (widgetBase: 48.0 → 43.6 KB on a zh-CN one-tile page, 23 files → 8).
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks: widgetBase(),
      sourcemap: true,
      // V8's explicit compile hint, as on the one-file bundle: an element's module and its chunks are fetched
      // because the page shows that element, whose first render calls nearly all of their functions (main-thread
      // CPU to the first chart -12 ms, scripts/bench-first-chart.mjs). Not on the message and definition packs:
      // data, next to no functions, and each hint costs 0.03 KB gzip a file.
      banner: (chunk) => (chunk.moduleIds.every((id) => textPack.test(id)) ? '' : '//# allFunctionsCalledOnLoad'),
    },
    plugins: [
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      unusedQueryCore,
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      typescript({
        tsconfig: './tsconfig.build.json',
        declaration: false,
        declarationMap: false,
        sourceMap: true,
        outDir: 'dist',
      }),
      minifyHTML({ failOnError: true }),
      terser({ format: { comments: /^# allFunctionsCalledOnLoad$/ }, compress: { passes: 2 } }), // the banner's hint only
    ],
  },
  // collectkit/server and the `collectkit` bin (Node only): typed with Node's types, SQL files copied.
  {
    input: ['src/server/index.ts', 'src/server/bin.ts'],
    external: isServerExternal,
    // It writes the shared modules (dist/model, dist/kpi…) again after the first build: tree-shaken, they would
    // lose the exports only browser code imports (dist/model/at.js without `sortedEntries` broke the element builds).
    treeshake: false,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
      banner: (chunk) => (chunk.fileName === 'server/bin.js' ? '#!/usr/bin/env node' : ''),
    },
    plugins: [typescript({ tsconfig: './tsconfig.server.json' }), copySql],
  },
  // One self-contained, minified file for a plain <script> tag (no export statements): registers every
  // element and exposes the API as the global `collectkit` (a module-scoped var under type=module).
  {
    input: 'src/global.ts',
    output: {
      file: 'dist/collectkit.min.js',
      format: 'iife',
      name: 'collectkit',
      sourcemap: true,
      inlineDynamicImports: true,
      // V8's explicit compile hint (Chrome 136+): compile every function while the script streams in, off the main
      // thread, instead of each one lazily on its first call; a page calls nearly all of them once data comes.
      banner: '//# allFunctionsCalledOnLoad',
    },
    plugins: [
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      unusedQueryCore,
      packsLoadedUpFront,
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationMap: false, sourceMap: true }),
      minifyHTML({ failOnError: true }),
      terser({ format: { comments: /^# allFunctionsCalledOnLoad$/ }, compress: { passes: 2 } }), // the banner's hint only
    ],
  },
];
