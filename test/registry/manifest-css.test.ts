/**
 * The CSS custom properties every data widget takes from its base (`CkWidget`, documented once there) are
 * listed in custom-elements.json for each widget of the registry, marked as inherited, beside its own.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WIDGETS } from '../../src/registry.js';

interface CssProperty {
  name: string;
  description?: string;
  inheritedFrom?: { name: string };
}
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  cssProperties?: CssProperty[];
}

const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../custom-elements.json'), 'utf8')) as {
  modules: { declarations?: Declaration[] }[];
};
const byTag = new Map(
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .flatMap((d) => (d.customElement && d.tagName ? [[d.tagName, d]] : [])),
);
const COMMON = ['--ck-background', '--ck-foreground', '--ck-font-family'];

describe('custom-elements.json CSS properties', () => {
  it.each(WIDGETS.map((w) => [w.tag] as const))('%s lists the common properties inherited from CkWidget', (tag) => {
    const props = byTag.get(tag)?.cssProperties ?? [];
    const common = props.filter((p) => COMMON.includes(p.name));
    expect(common.map((p) => [p.name, p.inheritedFrom?.name, Boolean(p.description)])).toEqual(
      COMMON.map((name) => [name, 'CkWidget', true]),
    );
    expect(new Set(props.map((p) => p.name)).size, `${tag} lists a property twice`).toBe(props.length);
  });
});
