import { readdirSync, readFileSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies ?? {});
const isExternal = (id) => external.some((dep) => id === dep || id.startsWith(dep + '/'));

/** Every registering file is an entry, so `collectkit/elements/<name>/ck-<name>.js` can be imported alone. */
const elementEntries = readdirSync('src/elements', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(`src/elements/${d.name}`).filter((f) => /^ck-.*\.ts$/.test(f)).map((f) => `src/elements/${d.name}/${f}`));

export default [
  // Tree-shakeable ESM with typings; dependencies stay external for the page's bundler.
  {
    input: ['src/index.ts', 'src/define.ts', 'src/svg.ts', 'src/records.ts', ...elementEntries],
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
  // One self-contained, minified file for a plain <script> tag (no export statements): registers every
  // element and exposes the API as the global `collectkit` (a module-scoped var under type=module).
  {
    input: 'src/global.ts',
    output: { file: 'dist/collectkit.min.js', format: 'iife', name: 'collectkit', sourcemap: true },
    plugins: [
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationMap: false, sourceMap: true }),
      terser({ format: { comments: false }, compress: { passes: 2 } }),
    ],
  },
];
