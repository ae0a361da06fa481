/**
 * The editor data generated from the manifest (scripts/manifest-typings.mjs): VS Code's html.customData and
 * JetBrains' web-types list every element of the registry with the manifest's attributes, their values
 * where the type is a closed set, events, parts and CSS properties; package.json points at them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../src/registry.js';
// @ts-expect-error the build script is plain JavaScript without typings
import { generated } from '../../scripts/manifest-typings.mjs';

interface Attribute {
  name: string;
  values?: { name: string }[];
  valueSet?: string;
}
interface VsCodeData {
  version: number;
  tags: { name: string; description: { value: string }; attributes: Attribute[] }[];
}
interface WebTypes {
  name: string;
  version: string;
  contributions: {
    html: {
      elements: {
        name: string;
        attributes: { name: string }[];
        js: { properties: { name: string }[]; events: { name: string }[] };
      }[];
    };
    css: { properties: { name: string }[]; parts: { name: string }[] };
  };
}
interface ManifestDecl {
  tagName?: string;
  attributes?: { name: string }[];
}

const root = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8')) as {
  modules: { declarations?: ManifestDecl[] }[];
};
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  'web-types': string;
  exports: Record<string, unknown>;
};
const files = (generated as (m: unknown, p: unknown) => Record<string, string>)(manifest, pkg);
const vscode = JSON.parse(files['vscode.html-custom-data.json']!) as VsCodeData;
const webTypes = JSON.parse(files['web-types.json']!) as WebTypes;
const tags = REGISTRY.map((e) => e.tag).sort();
const manifestAttributes = (tag: string) =>
  (manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)?.attributes ?? []).map(
    (a) => a.name,
  );

describe('editor data from the manifest', () => {
  it('VS Code html.customData: every element with its attributes, closed sets as values, booleans as value-less', () => {
    expect(vscode.version).toBe(1.1);
    expect(vscode.tags.map((t) => t.name)).toEqual(tags);
    for (const tag of vscode.tags) expect(tag.attributes.map((a) => a.name)).toEqual(manifestAttributes(tag.name));
    const attribute = (tag: string, name: string) =>
      vscode.tags.find((t) => t.name === tag)?.attributes.find((a) => a.name === name);
    expect(attribute('ck-complaint-trend', 'by')?.values).toEqual([{ name: 'category' }, { name: 'channel' }]);
    expect(attribute('ck-agent-leaderboard', 'redact')?.valueSet).toBe('v');
    expect(attribute('ck-overdue-trend', 'buckets')?.values).toBeUndefined();
    const trend = vscode.tags.find((t) => t.name === 'ck-overdue-trend')?.description.value ?? '';
    expect(trend).toMatch(/\*\*Events\*\*: `ck-error`, `ck-select`/);
    expect(trend).toMatch(/\*\*Parts\*\*: .*`frame`/);
  });

  it('JetBrains web-types: every element with attributes, properties and events; parts and CSS properties', () => {
    expect(webTypes).toMatchObject({ name: pkg.name, version: pkg.version });
    const elements = webTypes.contributions.html.elements;
    expect(elements.map((e) => e.name)).toEqual(tags);
    for (const el of elements) expect(el.attributes.map((a) => a.name)).toEqual(manifestAttributes(el.name));
    const source = elements.find((e) => e.name === 'ck-source');
    expect(source?.js.properties.map((p) => p.name)).toContain('adapterOptions');
    expect(elements.find((e) => e.name === 'ck-filter-bar')?.js.events.map((e) => e.name)).toEqual([
      'ck-filter-change',
    ]);
    expect(webTypes.contributions.css.parts.map((p) => p.name)).toEqual(
      expect.arrayContaining(['frame', 'value', 'table']),
    );
    expect(webTypes.contributions.css.properties.map((p) => p.name)).toEqual(
      expect.arrayContaining(['--ck-background', '--ck-foreground']),
    );
  });

  it('package.json points at what the build writes', () => {
    expect(pkg['web-types']).toBe('./dist/web-types.json');
    for (const host of ['react', 'vue', 'svelte']) {
      expect(pkg.exports[`./${host}`]).toEqual({ types: `./dist/${host}.d.ts`, default: `./dist/${host}.js` });
      expect(Object.keys(files)).toEqual(expect.arrayContaining([`${host}.d.ts`, `${host}.js`]));
      for (const tag of tags) expect(files[`${host}.d.ts`]).toContain(`'${tag}': `);
    }
    expect(pkg.exports['./vscode.html-custom-data.json']).toBe('./dist/vscode.html-custom-data.json');
  });
});
