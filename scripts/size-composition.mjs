// What each module contributes to the browser bundles, in min+gzip bytes, from the minified output's source maps.
//
//   node scripts/size-composition.mjs [--files] [--tile] [--one-file] [--owners]
//
// It builds the autoloader chunks and the one-file bundle with the project's rollup.config.js (in memory) and
// attributes every minified byte to the source file its source-map segment points at. The gzip share of a
// group is its bytes gzipped alone, scaled so the groups of a file add up to that file gzipped as served
// (gzip works across groups, so a group's share is an estimate; the file totals are exact).
// --tile limits the autoloader part to the files a zh-CN one-tile page fetched in the last run of
// test/bundle/autoloader.test.ts (it writes .cache/size/tile-page.json); --files lists source files, not groups;
// --owners splits the one file by the widgets that import each module (one widget, some, 85%+ of them, none).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';

const args = new Set(process.argv.slice(2));
const byFile = args.has('--files');
const byOwner = args.has('--owners');
/** Source file (absolute) → the widgets whose entry reaches it, static or dynamic imports (--owners). */
let owners = null;
let widgetCount = 0;
const gz = (s) => gzipSync(Buffer.from(s), { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1).padStart(6);

/** The group a source file is counted in. */
export function groupOf(source) {
  if (owners) {
    const mine = owners.get(resolve('dist', source)) ?? [];
    if (mine.length === 1) return `one widget: ${mine[0]}`;
    if (mine.length >= 0.85 * widgetCount) return `${groupOf.plain(source)} [base: 85%+ of the widgets]`;
    if (mine.length === 0) return `${groupOf.plain(source)} [containers and API only]`;
    return `shared by 2-${Math.ceil(0.85 * widgetCount) - 1} widgets: ${groupOf.plain(source)}`;
  }
  return groupOf.plain(source);
}
groupOf.plain = (source) => {
  const path = source.replace(/\\/g, '/').replace(/^(\.\.\/)+/, '');
  const dep = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (dep)
    return dep[1] === 'lit-html' || dep[1] === 'lit-element' || dep[1].startsWith('@lit/') || dep[1] === 'lit'
      ? `lit (${dep[1]})`
      : dep[1];
  if (byFile) return path.replace(/^.*?src\//, 'src/');
  const src = path.replace(/^.*?src\//, '');
  if (/^locales\//.test(src)) return 'src/locales (entries)';
  if (/^render\/i18n\/(en|zh-CN|zh-TW)\.ts$/.test(src)) return 'messages: base catalogue (one language each)';
  if (/^render\/i18n\/[\w-]+\/(en|zh-CN|zh-TW)\.ts$/.test(src)) return 'messages: widget packs (per language)';
  if (/^render\/i18n\//.test(src)) return 'messages: store, packs, loaders';
  if (/^model\/definitions(\.ts|\/types\.ts)$/.test(src)) return 'definitions: store';
  if (/^model\/definitions\//.test(src)) return 'definitions: texts (base catalogues and packs)';
  if (/^data\/validate/.test(src)) return 'data/validate (ROW_SHAPES, checks)';
  if (/^render\/format/.test(src)) return 'render/format (Intl)';
  if (/visible-first|first-draw/.test(src)) return 'visible-first, first draw';
  if (/^elements\/([\w-]+)\//.test(src)) return `elements/${/^elements\/([\w-]+)\//.exec(src)[1]}`;
  return src.includes('/') ? `src/${src.split('/')[0]}` : `src/${src}`;
};

/** A rollup plugin that fills `owners` from the module graph: which widgets reach each module. */
async function ownersPlugin() {
  const { loadRegistry } = await import('./registry.mjs');
  const widgets = (await loadRegistry()).filter((e) => e.role === 'widget');
  widgetCount = widgets.length;
  return {
    name: 'size-owners',
    buildEnd() {
      owners = new Map();
      for (const w of widgets) {
        const entry = resolve(`src/elements/${w.folder}/${w.tag}.ts`);
        const seen = new Set([entry]);
        const todo = [entry];
        while (todo.length > 0) {
          const info = this.getModuleInfo(todo.pop());
          for (const id of [...(info?.importedIds ?? []), ...(info?.dynamicallyImportedIds ?? [])])
            if (!seen.has(id)) {
              seen.add(id);
              todo.push(id);
            }
        }
        for (const id of seen) owners.set(id, [...(owners.get(id) ?? []), w.tag]);
      }
    },
  };
}

/** Per group: minified bytes and the gzip bytes attributed to it, for one output chunk. */
function attribute(chunk) {
  const code = chunk.code;
  const lines = code.split('\n');
  const parts = new Map();
  const map = new TraceMap(chunk.map);
  const segs = [];
  eachMapping(map, (m) => segs.push(m));
  segs.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  const add = (group, text) => parts.set(group, (parts.get(group) ?? '') + text);
  // Bytes before the first segment of a line, and unmapped segments, count as "(unmapped: glue)".
  let seg = 0;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    let col = 0;
    let group = '(unmapped: rollup glue)';
    while (seg < segs.length && segs[seg].generatedLine === l + 1) {
      const s = segs[seg++];
      if (s.generatedColumn > col) add(group, line.slice(col, s.generatedColumn));
      col = s.generatedColumn;
      group = s.source ? groupOf(s.source) : '(unmapped: rollup glue)';
    }
    add(group, line.slice(col) + '\n');
  }
  const total = gz(code);
  const raw = [...parts].map(([g, text]) => [g, text.length, gz(text)]);
  const sum = raw.reduce((a, [, , z]) => a + z, 0);
  return { total, min: code.length, groups: raw.map(([g, min, z]) => [g, min, (z * total) / sum]) };
}

async function build(config) {
  const bundle = await rollup({ ...config, onwarn: () => {} });
  const { output } = await bundle.generate(config.output);
  await bundle.close();
  return output.filter((o) => o.type === 'chunk');
}

function table(title, chunks) {
  const totals = new Map();
  let total = 0;
  let min = 0;
  for (const c of chunks) {
    const a = attribute(c);
    total += a.total;
    min += a.min;
    for (const [g, m, z] of a.groups) {
      const t = totals.get(g) ?? [0, 0];
      totals.set(g, [t[0] + m, t[1] + z]);
    }
  }
  console.log(`\n${title}: ${chunks.length} file(s), ${kb(min)} KB min, ${kb(total)} KB min+gzip`);
  console.log('  min KB  gzip KB  group');
  for (const [g, [m, z]] of [...totals].sort((a, b) => b[1][1] - a[1][1]))
    if (z >= 51) console.log(`${kb(m)}  ${kb(z)}   ${g}`);
  const small = [...totals].filter(([, [, z]]) => z < 51);
  if (small.length)
    console.log(
      `${kb(small.reduce((a, [, [m]]) => a + m, 0))}  ${kb(small.reduce((a, [, [, z]]) => a + z, 0))}   (${small.length} groups under 0.05 KB)`,
    );
}

const configs = (await import(resolve('rollup.config.js'))).default;
const all = !args.has('--tile') && !args.has('--one-file');
if (all || args.has('--tile')) {
  const config = configs.find((c) => typeof c.input === 'object' && c.input && 'autoloader' in c.input);
  const chunks = await build(config);
  const listed = '.cache/size/tile-page.json';
  if (existsSync(listed)) {
    const fetched = new Set(JSON.parse(readFileSync(listed, 'utf8')).map((p) => p.replace(/^\/dist\//, '')));
    const tile = chunks.filter((c) => fetched.has(c.fileName));
    table('zh-CN page: autoloader + <ck-source> + one <ck-kpi-tile>', tile);
    for (const c of tile) console.log(`${kb(gz(c.code))}   ${c.fileName}`);
  } else console.log(`(${listed} is missing: run test/bundle/autoloader.test.ts for the tile page's file list)`);
  if (all) table('autoloader chunks, all of them', chunks);
}
if (all || args.has('--one-file')) {
  const config = configs.find((c) => c.output?.file === 'dist/collectkit.min.js');
  const plugins = byOwner ? [...config.plugins, await ownersPlugin()] : config.plugins;
  table('dist/collectkit.min.js', await build({ ...config, plugins }));
}
