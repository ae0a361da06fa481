/**
 * The host typings generated from the manifest (scripts/manifest-typings.mjs) make a mistake on a ck-*
 * element a type error in each host's own checker: React JSX with the TypeScript compiler, Vue templates
 * with vue-tsc (strictTemplates), Svelte markup with svelte-check. Each host compiles a correct use (no
 * error) and a wrong one: an attribute typo, a wrong value type and a field the event detail does not
 * have, each expected as an error on its own line. The typings are generated into a folder under .cache
 * beside the sources' declarations (what dist/ holds after `npm run build`), so the element classes are the real ones.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error the build script is plain JavaScript without typings
import { generated } from '../../scripts/manifest-typings.mjs';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
let dir = '';

/** What each host's checker reported: file, line and message of every error. */
interface Report {
  file: string;
  line: number;
  message: string;
}

const COMPILER_OPTIONS = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'Bundler',
  lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
  jsx: 'react-jsx',
  verbatimModuleSyntax: true,
  isolatedModules: true,
  useDefineForClassFields: true,
};

const FIXTURES: Record<string, string> = {
  'react-ok.tsx': `import type {} from './react.js';
const options = { data: {} };
export const page = (
  <ck-source id="s" adapter="static" adapterOptions={options}>
    <ck-overdue-trend buckets="M1,M2" lang="zh-CN" target={0.05} onck-select={(e) => e.detail.period} onck-error={(e) => e.detail.message} />
    <ck-recovery-curves max-months="24" maxMonths={24} net onck-select={(e) => e.detail.series} />
    <ck-agent-leaderboard top={10} redact min-denominator={20} className="wide" />
  </ck-source>
);
`,
  'react-bad.tsx': `import type {} from './react.js';
export const page = (
  <>
    <ck-overdue-trend buckts="M1,M2" />
    <ck-overdue-trend target="high" />
    <ck-overdue-trend onck-select={(e) => e.detail.nothing} />
  </>
);
`,
  'Ok.vue': `<script setup lang="ts">
import type {} from './vue.js';
const options = { data: {} };
</script>
<template>
  <ck-source id="s" adapter="static" :adapterOptions="options">
    <ck-overdue-trend buckets="M1,M2" lang="en" :target="0.05" @ck-select="(e) => e.detail.period" @ck-error="(e) => e.detail.message"></ck-overdue-trend>
    <ck-recovery-curves max-months="24" net></ck-recovery-curves>
  </ck-source>
</template>
`,
  'Bad.vue': `<script setup lang="ts">
import type {} from './vue.js';
</script>
<template>
  <ck-overdue-trend buckts="M1,M2"></ck-overdue-trend>
  <ck-overdue-trend :target="'high'"></ck-overdue-trend>
  <ck-overdue-trend @ck-select="(e) => e.detail.nothing"></ck-overdue-trend>
</template>
`,
  'Ok.svelte': `<script lang="ts">
  import type {} from './svelte.js';
  const options = { data: {} };
  let period = $state('');
</script>

<ck-source id="s" adapter="static" adapterOptions={options}>
  <ck-overdue-trend buckets="M1,M2" lang="en" target={0.05} onck-select={(e) => (period = e.detail.period)} onck-error={(e) => e.detail.message}></ck-overdue-trend>
  <ck-recovery-curves max-months="24" maxMonths={24} net></ck-recovery-curves>
</ck-source>
<p>{period}</p>
`,
  'Bad.svelte': `<script lang="ts">
  import type {} from './svelte.js';
</script>

<ck-overdue-trend buckts="M1,M2"></ck-overdue-trend>
<ck-overdue-trend target="high"></ck-overdue-trend>
<ck-overdue-trend onck-select={(e) => e.detail.nothing}></ck-overdue-trend>
`,
};

/** The three mistakes of every Bad fixture, in order, one per line from its first element on. */
function expectMistakes(reports: Report[], file: string, firstLine: number) {
  const mine = reports.filter((r) => r.file === file).sort((a, b) => a.line - b.line);
  expect(mine.map((r) => r.line)).toEqual([firstLine, firstLine + 1, firstLine + 2]);
  expect(mine[0]?.message).toMatch(/buckts\W* does not exist/);
  expect(mine[1]?.message).toMatch(/not assignable to type 'number'/);
  expect(mine[2]?.message).toMatch(/Property 'nothing' does not exist on type 'CkSelectDetail'/);
}

/**
 * The sources' declarations, as the build puts them in dist/ (emitted without a type check, which the
 * project's own `npm run typecheck` does): the checkers below then read .d.ts files, not the sources.
 */
function emitDeclarations(outDir: string) {
  const { options } = ts.convertCompilerOptionsFromJson(
    {
      ...COMPILER_OPTIONS,
      noEmit: false,
      declaration: true,
      emitDeclarationOnly: true,
      noCheck: true,
      rootDir: resolve(root, 'src'),
      outDir,
    },
    root,
  );
  const result = ts.createProgram([resolve(root, 'src/index.ts')], options).emit();
  expect(result.emitSkipped).toBe(false);
}

/** React: the TypeScript compiler's diagnostics for the two fixtures only. */
function checkReact(): Report[] {
  const { options } = ts.convertCompilerOptionsFromJson(COMPILER_OPTIONS, dir);
  const files = ['react-ok.tsx', 'react-bad.tsx'].map((f) => join(dir, f));
  const program = ts.createProgram(files, options);
  return files.flatMap((file) =>
    ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => ({
      file: file.slice(dir.length + 1),
      line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0,
      message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
    })),
  );
}

/** Vue: vue-tsc on the folder, `file(line,col): error TS…: message` lines. */
async function checkVue(): Promise<Report[]> {
  const out = await run(
    process.execPath,
    [resolve(root, 'node_modules/vue-tsc/bin/vue-tsc.js'), '-p', join(dir, 'tsconfig.json')],
    { cwd: root },
  ).then(
    (r) => r.stdout,
    (e: { stdout: string }) => e.stdout,
  );
  return [...out.matchAll(/^(.+?)\((\d+),\d+\): error TS\d+: (.*)$/gm)].map(([, file, line, message]) => ({
    file: file!.replace(/^.*\//, ''),
    line: Number(line),
    message: message!,
  }));
}

/** Svelte: svelte-check's machine output, `ERROR "file" line:col "message"` lines. */
async function checkSvelte(): Promise<Report[]> {
  const args = [
    resolve(root, 'node_modules/svelte-check/bin/svelte-check'),
    '--workspace',
    dir,
    '--tsconfig',
    join(dir, 'tsconfig.json'),
    '--output',
    'machine',
  ];
  const out = await run(process.execPath, args, { cwd: root }).then(
    (r) => r.stdout,
    (e: { stdout: string }) => e.stdout,
  );
  expect(out).toMatch(/COMPLETED/);
  return [...out.matchAll(/ ERROR "(.+?)" (\d+):\d+ "(.*)"$/gm)].map(([, file, line, message]) => ({
    file: file!,
    line: Number(line),
    message: message!,
  }));
}

let vue: Promise<Report[]>;
let svelte: Promise<Report[]>;

beforeAll(async () => {
  const manifest = JSON.parse(await readFile(resolve(root, 'custom-elements.json'), 'utf8')) as unknown;
  const pkg = JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8')) as unknown;
  // Inside the repository, so that react, vue and svelte resolve from its node_modules.
  await mkdir(join(root, '.cache'), { recursive: true });
  dir = await mkdtemp(join(root, '.cache', 'typings-'));
  const files = { ...(generated as (m: unknown, p: unknown) => Record<string, string>)(manifest, pkg), ...FIXTURES };
  files['index.d.ts'] = "export * from './types/index.js';\n";
  files['tsconfig.json'] = JSON.stringify(
    {
      compilerOptions: COMPILER_OPTIONS,
      include: ['*.d.ts', '*.vue', '*.svelte'],
      vueCompilerOptions: { strictTemplates: true },
    },
    null,
    2,
  );
  for (const [file, text] of Object.entries(files)) await writeFile(join(dir, file), text);
  emitDeclarations(join(dir, 'types'));
  // Start both CLIs now, side by side; the React check runs in this process meanwhile.
  vue = checkVue();
  svelte = checkSvelte();
}, 60_000);

afterAll(async () => {
  await Promise.allSettled([vue, svelte]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('typings generated from the manifest', () => {
  it('React JSX: a correct page compiles, an attribute typo, a wrong value and a wrong detail field do not', () => {
    const reports = checkReact();
    expect(reports.filter((r) => r.file === 'react-ok.tsx')).toEqual([]);
    expectMistakes(reports, 'react-bad.tsx', 4);
  });

  it('Vue templates (vue-tsc): the same', async () => {
    const reports = await vue;
    expect(reports.filter((r) => r.file !== 'Bad.vue')).toEqual([]);
    expectMistakes(reports, 'Bad.vue', 5);
  }, 120_000);

  it('Svelte markup (svelte-check): the same', async () => {
    const reports = await svelte;
    expect(reports.filter((r) => r.file !== 'Bad.svelte')).toEqual([]);
    expectMistakes(reports, 'Bad.svelte', 5);
  }, 120_000);
});
