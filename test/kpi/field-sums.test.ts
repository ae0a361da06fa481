import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FieldSums, zeroFields } from '../../src/kpi/field-sums.js';

const FIELDS = ['a', 'b'] as const;

describe('FieldSums', () => {
  it('sums per key in key order, the total over all, the range first/last', () => {
    const s = new FieldSums(FIELDS);
    s.add('2025-02', { a: 1, b: 2 });
    s.add('2025-01', { a: 10, b: 20 });
    s.add('2025-02', { a: 100, b: 200 });
    expect(s.sorted((k, v) => [k, v.a, v.b])).toEqual([
      ['2025-01', 10, 20],
      ['2025-02', 101, 202],
    ]);
    expect(s.total).toEqual({ a: 111, b: 222 });
    expect(s.range()).toBe('2025-01/2025-02');
  });

  it('nothing added: no keys, zero total, empty range', () => {
    const s = new FieldSums(FIELDS);
    expect(s.sorted((k) => k)).toEqual([]);
    expect(s.total).toEqual(zeroFields(FIELDS));
    expect(s.range()).toBe('');
  });

  it('the total is the sum of the per-key sums, whatever the order rows come in', () => {
    const row = fc.record({ key: fc.constantFrom('x', 'y', 'z'), a: fc.nat(1e6), b: fc.nat(1e6) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const s = new FieldSums(FIELDS);
        for (const r of rows) s.add(r.key, r);
        const perKey = s.sorted((_, v) => v);
        expect(perKey.reduce((n, v) => n + v.a, 0)).toBe(s.total.a);
        expect(perKey.reduce((n, v) => n + v.b, 0)).toBe(s.total.b);
        expect(s.total.a).toBe(rows.reduce((n, r) => n + r.a, 0));
      }),
    );
  });
});
