/** Elements stay thin (issue 13): no file under src/elements/ over 300 lines; the rest goes to views, controllers and pure helpers. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));

describe('src/elements', () => {
  it('has no file over 300 lines', () => {
    const long = walk(resolve(root, 'src/elements'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => [relative(root, f), readFileSync(f, 'utf8').split('\n').length - 1] as const)
      .filter(([, n]) => n > 300);
    expect(long).toEqual([]);
  });
});
