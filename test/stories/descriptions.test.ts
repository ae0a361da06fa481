/**
 * Stories that fail on purpose (HTTP 500, wrong shapes, stale refreshes) log failed requests in the
 * browser console: their descriptions must say that the failure is the point, so that a newcomer
 * reading Storybook's console does not go looking for a bug.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = resolve(import.meta.dirname, '../../stories');
const files = readdirSync(dir).filter((f) => f.endsWith('.stories.ts'));
const FAILING = /^(Error|WrongShape|Malformed|Stale|Timeout|Failing)\w*$/;

describe('stories that fail on purpose say so', () => {
  const found = files.flatMap((file) => {
    const text = readFileSync(resolve(dir, file), 'utf8');
    return [...text.matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)?\s*export const (\w+)\s*:/g)]
      .filter((m) => FAILING.test(m[2]!))
      .map((m) => [`${file} ${m[2]}`, m[1] ?? ''] as const);
  });

  it('finds them (an Error and a Stale story per widget)', () => {
    expect(found.filter(([name]) => / Error$/.test(name)).length).toBeGreaterThanOrEqual(9);
    expect(found.filter(([name]) => / Stale$/.test(name)).length).toBeGreaterThanOrEqual(9);
  });

  it.each(found)('%s', (_, doc) => {
    expect(doc).toMatch(/On purpose:/);
  });
});
