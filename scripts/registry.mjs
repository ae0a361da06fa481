// Writes the parts of the package that derive from the widget registry (src/registry.ts): src/define.ts,
// the dashboard's default spans (src/elements/dashboard/spans.ts, so the registry's data stays out of the
// bundles) and the element exports of src/index.ts and src/global.ts (between `registry:begin`/`registry:end`).
// `node scripts/registry.mjs` writes them; `--check` exits 1 when they are out of date (npm test does).
import { readFileSync, writeFileSync } from 'node:fs';
import { buildSync } from 'esbuild';

/** The registry's entries, read from its TypeScript source (type imports only, so esbuild alone runs it). */
export async function loadRegistry(file = 'src/registry.ts') {
  const { outputFiles } = buildSync({
    entryPoints: [file],
    bundle: true,
    format: 'esm',
    write: false,
    platform: 'neutral',
    logLevel: 'silent',
  });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  return mod.REGISTRY;
}

const BEGIN = '// registry:begin (written by scripts/registry.mjs from src/registry.ts; do not edit)';
const END = '// registry:end';

const defineTs = (registry) =>
  [
    '/** Registers every collectkit element (side effect). Loaded by `collectkit.min.js`. */',
    "// Containers first: a page's widgets then upgrade inside an already working source and dashboard.",
    BEGIN,
    ...registry.map((e) => `import './elements/${e.folder}/ck-${e.folder}.js';`),
    END,
    '',
    'export {};',
    '',
  ].join('\n');

const exportsBlock = (registry) =>
  [BEGIN, ...registry.map((e) => `export { ${e.className} } from './elements/${e.folder}/${e.folder}.js';`), END].join(
    '\n',
  );

const spansTs = (registry) =>
  [
    '/** Columns each widget kind spans in a `<ck-dashboard>` grid by default (from `span` in src/registry.ts). */',
    BEGIN,
    "export const SPANS: Readonly<Record<string, 2 | 3 | 'full'>> = {",
    ...registry
      .filter((e) => e.span && e.span !== 1)
      .map((e) => `  '${e.tag}': ${typeof e.span === 'string' ? `'${e.span}'` : e.span},`),
    '};',
    END,
    '',
  ].join('\n');

/** Replaces the block between the markers of `text` (which must have them) with `block`. */
function replaceBlock(text, block, file) {
  const a = text.indexOf(BEGIN);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${file} has no registry:begin / registry:end block`);
  return text.slice(0, a) + block + text.slice(b + END.length);
}

/** The generated files as they should be: path → content. */
export async function generated(root = '.') {
  const registry = await loadRegistry(`${root}/src/registry.ts`);
  const out = { 'src/define.ts': defineTs(registry), 'src/elements/dashboard/spans.ts': spansTs(registry) };
  for (const file of ['src/index.ts', 'src/global.ts'])
    out[file] = replaceBlock(readFileSync(`${root}/${file}`, 'utf8'), exportsBlock(registry), file);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = await generated();
  const stale = Object.entries(files).filter(([file, text]) => readFileSync(file, 'utf8') !== text);
  if (process.argv.includes('--check')) {
    for (const [file] of stale)
      console.error(`${file} is out of date with src/registry.ts: run node scripts/registry.mjs`);
    process.exit(stale.length ? 1 : 0);
  }
  for (const [file, text] of stale) writeFileSync(file, text);
  console.log(stale.length ? `wrote ${stale.map(([f]) => f).join(', ')}` : 'registry outputs up to date');
}
