/** Every link in the README and in docs/ resolves inside the repository: a cloner has nothing else. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const docs = readdirSync(resolve(root, 'docs'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => `docs/${f}`);
const files = ['README.md', ...docs, ...(existsSync(resolve(root, 'mocks/README.md')) ? ['mocks/README.md'] : [])];

describe.each(files)('links of %s', (file) => {
  const text = readFileSync(resolve(root, file), 'utf8');
  const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!)
    .filter((href) => !/^(https?:|mailto:|#)/.test(href));

  it('point at files of the repository', () => {
    for (const href of links) {
      const target = resolve(dirname(resolve(root, file)), href.split('#')[0]!);
      expect(relative(root, target).startsWith('..'), `${href} leaves the repository`).toBe(false);
      expect(existsSync(target), `${href} does not exist`).toBe(true);
    }
  });

  it('never send a reader to the team folder (../shared)', () => {
    expect(text.includes('](../shared')).toBe(false);
  });
});
