/**
 * The widget registry (src/registry.ts) agrees with everything that derives from it or must match it:
 * the generated define/index/global files, custom-elements.json, the element folders, the message
 * catalogues, the SVG renderer's chart kinds, the stories and the contract's metrics.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGISTRY, WIDGETS } from '../../src/registry.js';
import { METRICS } from '../../src/model/metrics.js';
import { loadedMessages } from '../../src/render/i18n/index.js';
// The SVG renderer loads every chart kind, and so every widget's message pack.
import { serverChartKinds } from '../../src/svg/index.js';
// @ts-expect-error: a plain .mjs script without typings
import { generated } from '../../scripts/registry.mjs';

const root = resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(resolve(root, file), 'utf8');

interface ManifestDeclaration {
  tagName?: string;
  name: string;
  customElement?: boolean;
}

describe('widget registry', () => {
  it('src/define.ts and the element exports of src/index.ts and src/global.ts are generated from it', async () => {
    const files = (await generated(root)) as Record<string, string>;
    for (const [file, text] of Object.entries(files))
      expect(read(file), `${file}: run node scripts/registry.mjs`).toBe(text);
  });

  it('lists exactly the elements of custom-elements.json, with their class names', () => {
    const manifest = JSON.parse(read('custom-elements.json')) as {
      modules: { declarations?: ManifestDeclaration[] }[];
    };
    const declared = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
    expect(Object.fromEntries(declared.map((d) => [d.tagName, d.name]))).toEqual(
      Object.fromEntries(REGISTRY.map((e) => [e.tag, e.className])),
    );
  });

  it.each(REGISTRY.map((e) => [e.tag, e] as const))(
    '%s has its folder, class file, registering file and tag-name typing',
    (tag, e) => {
      const cls = read(`src/elements/${e.folder}/${e.folder}.ts`);
      expect(cls).toMatch(new RegExp(`export class ${e.className}\\b`));
      expect(cls).toMatch(new RegExp(`interface HTMLElementTagNameMap \\{[^}]*'${tag}': ${e.className};`));
      expect(read(`src/elements/${e.folder}/ck-${e.folder}.ts`)).toContain(`'${tag}'`);
    },
  );

  it.each(WIDGETS.map((e) => [e.tag, e] as const))(
    'widget %s: metrics of the contract, messages in three languages, stories, SVG kind',
    (_, e) => {
      for (const m of e.metrics ?? []) expect(METRICS).toContain(m);
      expect(e.metrics?.length).toBeGreaterThan(0);
      const en = loadedMessages('en');
      const zhCN = loadedMessages('zh-CN');
      const zhTW = loadedMessages('zh-TW');
      const keys = Object.keys(en).filter((k) => k.startsWith(e.messages!));
      expect(keys.length, `no ${e.messages}… keys in the English catalogue`).toBeGreaterThan(0);
      for (const k of keys) {
        expect(zhCN, `zh-CN lacks ${k}`).toHaveProperty(k);
        expect(zhTW, `zh-TW lacks ${k}`).toHaveProperty(k);
      }
      expect(existsSync(resolve(root, `stories/${e.folder}.stories.ts`))).toBe(true);
      expect(e.example?.drawn).toBeTruthy();
    },
  );

  it('names every chart kind of collectkit/svg, and nothing it lacks', () => {
    const kinds = WIDGETS.flatMap((e) => (e.svg ? [e.svg] : []));
    expect([...kinds].sort()).toEqual(serverChartKinds().sort());
  });
});

describe('public surface in custom-elements.json', () => {
  interface Member {
    kind: string;
    name: string;
    privacy?: string;
    static?: boolean;
    description?: string;
  }
  const manifest = JSON.parse(read('custom-elements.json')) as {
    modules: {
      declarations?: (ManifestDeclaration & {
        members?: Member[];
        events?: { name: string; description?: string }[];
      })[];
    }[];
  };
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);

  it.each(elements.map((d) => [d.tagName!, d] as const))('%s documents every public property and event', (_, d) => {
    const bare = (d.members ?? []).filter(
      (f) =>
        f.kind === 'field' &&
        !f.static &&
        f.privacy !== 'private' &&
        f.privacy !== 'protected' &&
        !f.name.startsWith('#') &&
        !f.description,
    );
    expect(bare.map((f) => f.name)).toEqual([]);
    expect((d.events ?? []).filter((e) => !e.description).map((e) => e.name)).toEqual([]);
  });
});
