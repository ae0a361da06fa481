import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { QueryObserver, replaceEqualDeep } from '@tanstack/query-core';
import { equalData, shareResponse } from '../../src/query/share-response.js';
import { DataSource } from '../../src/query/data-source.js';
import type { Adapter } from '../../src/data/adapter.js';

const meta = { asOf: '2025-12-31T00:00:00Z', source: 't', currency: 'CNY', definitionVersion: '1' };
const rows = (collected: number[]) => collected.map((c, i) => ({ agentId: `a${i}`, name: `A ${i}`, collected: c }));

describe('shareResponse', () => {
  it('keeps the previous response when the new one is equal', () => {
    const before = { meta, rows: rows([1, 2, 3]) };
    const after = { meta: { ...meta }, rows: rows([1, 2, 3]) };
    expect(shareResponse(before, after)).toBe(before);
    expect(shareResponse(undefined, after)).toBe(after);
  });

  it('takes the new response, with each equal top-level part kept from the previous one', () => {
    const before = { meta, rows: rows([1, 2, 3]), exposure: [{ period: '2025-11', accounts: 9 }] };
    const newRows = { meta: { ...meta }, rows: rows([1, 2, 4]), exposure: [{ period: '2025-11', accounts: 9 }] };
    const shared = shareResponse(before, newRows) as typeof before;
    expect(shared).toEqual(newRows);
    expect(shared.meta).toBe(before.meta);
    expect(shared.exposure).toBe(before.exposure);
    expect(shared.rows).toBe(newRows.rows);
    const newMeta = { meta: { ...meta, asOf: '2026-01-01T00:00:00Z' }, rows: rows([1, 2, 3]) };
    const kept = shareResponse({ meta, rows: before.rows }, newMeta) as typeof before;
    expect(kept.rows).toBe(before.rows);
    expect(kept.meta).toBe(newMeta.meta);
    // A part that is gone, or new, makes a new response.
    expect(shareResponse(before, { meta, rows: before.rows })).toEqual({ meta, rows: before.rows });
  });

  it('compares typed arrays (columnar data) by identity only, as replaceEqualDeep does', () => {
    const a = { meta, rows: [], columns: { times: new Float64Array([1, 2]) } };
    const b = { meta, rows: [], columns: { times: new Float64Array([1, 2]) } };
    expect(shareResponse(a, b)).not.toBe(a);
    expect(shareResponse(a, { ...a })).toBe(a);
  });

  it('property: equal exactly when replaceEqualDeep keeps the old data; the result always deep-equals the new data', () => {
    const value = fc.oneof(
      fc.integer({ min: -2, max: 2 }),
      fc.constantFrom('x', 'y', '', null, undefined, Number.NaN, -0, 0),
    );
    const record = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), value, { maxKeys: 4 });
    const data = fc.record({
      meta: fc.dictionary(fc.constantFrom('asOf', 'source'), fc.constantFrom('1', '2'), { maxKeys: 2 }),
      rows: fc.array(record, { maxLength: 4 }),
    });
    const mutate = (d: { meta: Record<string, unknown>; rows: Record<string, unknown>[] }) =>
      fc.oneof(fc.constant(structuredClone(d)), data);
    fc.assert(
      fc.property(
        data.chain((a) => fc.tuple(fc.constant(a), mutate(a))),
        ([a, b]) => {
          const shared = shareResponse(a, b);
          expect(shared === a).toBe(replaceEqualDeep(a, b) === a);
          expect(equalData(a, b)).toBe(replaceEqualDeep(a, b) === a);
          expect(shared).toEqual(b);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a refetch with equal data leaves the observer with the same response object', async () => {
    let calls = 0;
    const adapter: Adapter = { fetch: async () => ({ meta: { ...meta }, rows: rows([5, 6]), n: ++calls }) as never };
    const source = new DataSource('share', adapter);
    const observer = new QueryObserver(source.client, source.observerOptions('agents', {}));
    const unsubscribe = observer.subscribe(() => undefined);
    await observer.refetch();
    // The adapter's body differs in `n` every time: a new response.
    const first = observer.getCurrentResult().data;
    await observer.refetch();
    expect(observer.getCurrentResult().data).not.toBe(first);
    const equal: Adapter = { fetch: async () => ({ meta: { ...meta }, rows: rows([5, 6]) }) as never };
    source.adapter = equal;
    await observer.refetch();
    const second = observer.getCurrentResult().data;
    await observer.refetch();
    expect(observer.getCurrentResult().data).toBe(second);
    unsubscribe();
    source.dispose();
  });
});
