import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { QueryClient } from '@tanstack/query-core';
import { describe, expect, it } from 'vitest';
import { infiniteQueryBehavior } from '../../src/query/no-infinite-queries.js';
import { MutationCache } from '../../src/query/no-mutations.js';

// The browser bundles replace two query-core modules with these stand-ins (rollup.config.js,
// unusedQueryCore). Read the installed query-core so that an upgrade calling more of them fails here.
const require = createRequire(import.meta.url);
const modern = dirname(require.resolve('@tanstack/query-core'));
const source = (file: string) => readFileSync(join(modern, file), 'utf8');

describe('the query-core stand-ins of the browser bundles', () => {
  it('answer every call QueryClient makes on its mutation cache', () => {
    const calls = new Set([...source('queryClient.js').matchAll(/#mutationCache\.(\w+)\(/g)].map((m) => m[1]));
    expect(calls.size).toBeGreaterThan(0);
    for (const name of calls)
      expect(typeof (MutationCache.prototype as unknown as Record<string, unknown>)[name ?? ''], name).toBe('function');
  });

  it('let a QueryClient mount, fetch, report no mutations, resume and clear', async () => {
    const client = new QueryClient({ mutationCache: new MutationCache() as never });
    client.mount();
    await expect(client.fetchQuery({ queryKey: ['x'], queryFn: () => 42 })).resolves.toBe(42);
    expect(client.isMutating()).toBe(0);
    await expect(client.resumePausedMutations()).resolves.toBeUndefined();
    client.clear();
    client.unmount();
  });

  it('query.js reaches the infinite behaviour only for queries of type "infinite"', () => {
    const uses = source('query.js')
      .split('\n')
      .filter((l) => l.includes('infiniteQueryBehavior('));
    expect(uses).toHaveLength(1);
    expect(uses[0]).toMatch(/=== "infinite" \? infiniteQueryBehavior\(/);
    expect(() => infiniteQueryBehavior()).toThrow(/no infinite queries/);
  });

  it('say what went wrong when a mutation is built', () => {
    expect(() => new MutationCache().build()).toThrow(/run no mutations/);
  });
});
