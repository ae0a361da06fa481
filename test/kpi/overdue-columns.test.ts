import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { overdueRateColumns } from '../../src/kpi/overdue-columns.js';
import { overdueRates } from '../../src/kpi/overdue.js';
import { KpiInputError } from '../../src/kpi/errors.js';

const cols = {
  times: new Float64Array([Date.UTC(2025, 0, 1), Date.UTC(2025, 1, 1)]),
  buckets: ['M0', 'M1', 'M2', 'M7+'],
  accounts: [new Float64Array([90, 0]), new Float64Array([6, 0]), new Float64Array([3, 0]), new Float64Array([1, 0])],
  balance: [
    new Float64Array([900, 0]),
    new Float64Array([60, 0]),
    new Float64Array([30, 0]),
    new Float64Array([10, 0]),
  ],
};

describe('overdueRateColumns', () => {
  it('computes rates per bucket set from columns (hand-checked)', () => {
    const [m1p, m2] = overdueRateColumns(cols, { buckets: ['M1+', 'M2'], basis: 'balance' });
    // M1+ = (60 + 30 + 10) / 1000 = 0.1; M2 = 30 / 1000 = 0.03; period 2 has no balance → NaN, not Infinity.
    expect([...m1p!.ys]).toEqual([0.1, NaN]);
    expect([...m1p!.numerators]).toEqual([100, 0]);
    expect([...m2!.ys]).toEqual([0.03, NaN]);
    expect([...m2!.denominators]).toEqual([1000, 0]);
  });

  it('names bad values', () => {
    const bad = { ...cols, balance: [cols.balance[0]!, new Float64Array([-1, 0]), cols.balance[2]!, cols.balance[3]!] };
    expect(() => overdueRateColumns(bad, { buckets: ['M1'], basis: 'balance' })).toThrow(KpiInputError);
    expect(() => overdueRateColumns(bad, { buckets: ['M1'], basis: 'balance' })).toThrow(
      'balance of M1 at index 0 is -1',
    );
    expect(() =>
      overdueRateColumns({ ...cols, buckets: ['M0', 'X', 'M2', 'M7+'] }, { buckets: ['M1'], basis: 'count' }),
    ).toThrow('unknown bucket "X"');
  });

  it('agrees with the row-based overdueRates on random data (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat(1000), { minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 20 }),
        (periods) => {
          const codes = ['M0', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7+'];
          const rows = periods.flatMap((v, i) =>
            codes.map((bucket, b) => ({
              period: `20${String(10 + i).padStart(2, '0')}-01`,
              bucket,
              accounts: v[b]!,
              balance: v[b]! * 10,
            })),
          );
          const columns = {
            times: Float64Array.from(periods, (_, i) => Date.UTC(2010 + i, 0, 1)),
            buckets: codes,
            accounts: codes.map((_, b) => Float64Array.from(periods, (v) => v[b]!)),
            balance: codes.map((_, b) => Float64Array.from(periods, (v) => v[b]! * 10)),
          };
          for (const basis of ['count', 'balance'] as const) {
            const fromRows = overdueRates(rows, { buckets: ['M1+', 'M3'], basis });
            const fromCols = overdueRateColumns(columns, { buckets: ['M1+', 'M3'], basis });
            fromRows.forEach((r, k) => {
              const s = fromCols[k % 2]!;
              const i = Math.floor(k / 2);
              expect(s.numerators[i]).toBe(r.numerator);
              expect(s.denominators[i]).toBe(r.denominator);
              if (r.rate === null) expect(s.ys[i]).toBeNaN();
              else expect(s.ys[i]).toBeCloseTo(r.rate, 12);
            });
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
