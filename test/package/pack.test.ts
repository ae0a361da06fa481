/**
 * What `npm pack` publishes. The rules (scripts/check-package.mjs) are checked on made-up listings here,
 * and on the real `npm pack --dry-run` listing: nothing that must stay out is in it, and every entry
 * point package.json declares lies where `files` publishes it. `npm run check:package` (the last step
 * of `npm test`) applies the same rules to the listing after a build, then runs publint and attw.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error the script is plain JavaScript without typings
import * as checks from '../../scripts/check-package.mjs';

const { packProblems, packList, declaredFiles } = checks as {
  packProblems: (files: string[], pkg: unknown) => string[];
  packList: (dir?: string) => string[];
  declaredFiles: (pkg: unknown) => string[];
};
const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { files: string[] };

/** A listing with every declared entry point and required file. */
const complete = () => [
  ...new Set([
    ...declaredFiles(pkg),
    'package.json',
    'README.md',
    'CHANGELOG.md',
    'custom-elements.json',
    'dist/autoloader.js',
    'dist/server/sql/overdue.sql',
    'dist/elements/kpi-tile/ck-kpi-tile.js',
  ]),
];

describe('npm pack contents', () => {
  it('declares the typings, editor data and bundles among its entry points', () => {
    expect(declaredFiles(pkg)).toEqual(
      expect.arrayContaining([
        'dist/index.d.ts',
        'dist/react.d.ts',
        'dist/vue.d.ts',
        'dist/svelte.d.ts',
        'dist/web-types.json',
        'dist/vscode.html-custom-data.json',
        'dist/collectkit.min.js',
        'dist/collectkit.min.d.ts',
        'dist/server/bin.js',
      ]),
    );
  });

  it('accepts a complete listing and names each missing or forbidden file', () => {
    expect(packProblems(complete(), pkg)).toEqual([]);
    const listing = [
      ...complete().filter((f) => f !== 'dist/vue.d.ts' && f !== 'CHANGELOG.md'),
      'test/hosts/react.test.ts',
      '.cache/typings-1/react.d.ts',
      'storybook-static/index.html',
      'dist/chunks/x.test.js',
      'examples/react/main.jsx',
    ];
    expect(packProblems(listing, pkg).sort()).toEqual(
      [
        'missing: CHANGELOG.md',
        'missing: dist/vue.d.ts',
        'must not be published (tests): test/hosts/react.test.ts',
        'must not be published (a test file): test/hosts/react.test.ts',
        'must not be published (a cache folder): .cache/typings-1/react.d.ts',
        'must not be published (the Storybook build): storybook-static/index.html',
        'must not be published (a test file): dist/chunks/x.test.js',
        'must not be published (a repository folder): examples/react/main.jsx',
      ].sort(),
    );
  });

  it('publishes nothing that must stay out, and every declared entry point lies under `files`', () => {
    const files = packList(root);
    expect(files).toEqual(
      expect.arrayContaining(['package.json', 'README.md', 'CHANGELOG.md', 'custom-elements.json']),
    );
    expect(packProblems(files, pkg).filter((p) => !p.startsWith('missing:'))).toEqual([]);
    // Before a build dist/ is absent from the listing: its entries must at least be where `files` publishes.
    const published = (file: string) =>
      file === 'package.json' || pkg.files.some((f) => file === f || file.startsWith(`${f}/`));
    expect(declaredFiles(pkg).filter((f) => !published(f))).toEqual([]);
  });
});
