import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KpiInputError, overdueRates } from '../../src/kpi/index.js';
import type { OverdueRow } from '../../src/model/rows.js';

const row = (period: string, bucket: string, accounts: number, balance: number): OverdueRow => ({
  period,
  bucket,
  accounts,
  balance,
});

// Two months, given out of order. 2024-02: M0 900 acc / 9,000; M1 60 / 1,200; M2 30 / 900; M7+ 10 / 400.
// Totals 2024-02: accounts 1,000, balance 11,500. 2024-01: M0 950 / 9,500; M1 50 / 1,000 → 1,000 / 10,500.
const rows: OverdueRow[] = [
  row('2024-02', 'M0', 900, 9000),
  row('2024-02', 'M1', 60, 1200),
  row('2024-02', 'M2', 30, 900),
  row('2024-02', 'M7+', 10, 400),
  row('2024-01', 'C', 950, 9500),
  row('2024-01', 'M1', 50, 1000),
];

describe('overdueRates', () => {
  it('balance basis, bucket sets, ordered by period then requested order', () => {
    const out = overdueRates(rows, { buckets: ['M1+', 'M2', 'M7+'], basis: 'balance' });
    expect(out).toEqual([
      // 2024-01: M1+ = 1,000 / 10,500 = 0.095238…; M2 = 0; M7+ = 0
      { period: '2024-01', bucket: 'M1+', numerator: 1000, denominator: 10500, rate: 1000 / 10500 },
      { period: '2024-01', bucket: 'M2', numerator: 0, denominator: 10500, rate: 0 },
      { period: '2024-01', bucket: 'M7+', numerator: 0, denominator: 10500, rate: 0 },
      // 2024-02: M1+ = 1,200 + 900 + 400 = 2,500 / 11,500 = 0.217391…; M2 = 900 / 11,500; M7+ = 400 / 11,500
      { period: '2024-02', bucket: 'M1+', numerator: 2500, denominator: 11500, rate: 2500 / 11500 },
      { period: '2024-02', bucket: 'M2', numerator: 900, denominator: 11500, rate: 900 / 11500 },
      { period: '2024-02', bucket: 'M7+', numerator: 400, denominator: 11500, rate: 400 / 11500 },
    ]);
    expect(out[3]!.rate).toBeCloseTo(0.217391, 6);
  });

  it('count basis: M2+ in 2024-02 = (30 + 10) / 1,000 = 0.04', () => {
    const out = overdueRates(rows, { buckets: ['M2+'], basis: 'count' });
    expect(out.map((r) => [r.period, r.numerator, r.denominator, r.rate])).toEqual([
      ['2024-01', 0, 1000, 0],
      ['2024-02', 40, 1000, 0.04],
    ]);
  });

  it('zero denominator gives null, small denominator is suppressed', () => {
    const out = overdueRates(
      [row('2024-03', 'M0', 0, 0), row('2024-04', 'M1', 5, 50), row('2024-05', 'M1', 500, 5000)],
      {
        buckets: ['M1'],
        basis: 'count',
        minDenominator: 100,
      },
    );
    expect(out).toEqual([
      { period: '2024-03', bucket: 'M1', numerator: 0, denominator: 0, rate: null },
      { period: '2024-04', bucket: 'M1', numerator: 5, denominator: 5, rate: null, suppressed: true },
      { period: '2024-05', bucket: 'M1', numerator: 500, denominator: 500, rate: 1 },
    ]);
  });

  it.each<[string, OverdueRow[], string, string, number, string]>([
    [
      'negative balance',
      [row('2024-05', 'M0', 1, 1), row('2024-05', 'M1', 1, 1), row('2024-05', 'M3', 1, 1), row('2024-05', 'M2', 2, -5)],
      'negative',
      'overdue row 3 (period 2024-05, bucket M2): balance is -5, must be ≥ 0',
      3,
      'balance',
    ],
    [
      'NaN accounts',
      [row('2024-05', 'M0', NaN, 1)],
      'not-finite',
      'overdue row 0 (period 2024-05, bucket M0): accounts is NaN, must be a finite number',
      0,
      'accounts',
    ],
    [
      'unknown bucket',
      [row('2024-05', 'M0', 1, 1), row('2024-05', 'M9', 1, 1)],
      'unknown-bucket',
      'overdue row 1 (period 2024-05, bucket M9): unknown bucket "M9"',
      1,
      'bucket',
    ],
    [
      'duplicate (C and M0 are the same bucket)',
      [row('2024-05', 'M0', 1, 1), row('2024-05', 'C', 1, 1)],
      'duplicate',
      'overdue row 1 (period 2024-05, bucket C): a second row for the same period and bucket',
      1,
      'bucket',
    ],
    [
      'missing period',
      [{ bucket: 'M0', accounts: 1, balance: 1 } as unknown as OverdueRow],
      'missing',
      'overdue row 0: period is undefined',
      0,
      'period',
    ],
    [
      'balance as a string',
      [row('2024-05', 'M0', 1, '7' as unknown as number)],
      'not-finite',
      'balance is 7, must be a finite number',
      0,
      'balance',
    ],
  ])('%s → KpiInputError naming the row', (_name, bad, code, message, rowIndex, field) => {
    let error: unknown;
    try {
      overdueRates(bad, { buckets: ['M1+'], basis: 'balance' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KpiInputError);
    expect((error as KpiInputError).message).toContain(message);
    expect(error).toMatchObject({ code, rowIndex, field });
  });

  it('unknown requested bucket set throws', () => {
    expect(() => overdueRates(rows, { buckets: ['M9+'], basis: 'count' })).toThrow(
      /unknown bucket or bucket set "M9\+"/,
    );
  });

  const arbRows = fc.uniqueArray(
    fc.record({
      period: fc.constantFrom('2024-01', '2024-02', '2024-03'),
      bucket: fc.constantFrom('M0', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7+'),
      accounts: fc.nat({ max: 1000 }),
      balance: fc.double({ min: 0, max: 1e9, noNaN: true }),
    }),
    { selector: (r) => `${r.period}|${r.bucket}`, maxLength: 24 },
  );

  it("property: each rate is a plain sum of the bucket set's rows ÷ the period's total (null on 0); numerators add up", () => {
    fc.assert(
      fc.property(arbRows, fc.constantFrom<'count' | 'balance'>('count', 'balance'), (rs, basis) => {
        const out = overdueRates(rs, { buckets: ['M0', 'M1+', 'M2+', 'M7+'], basis });
        // Oracle: the bucket sets by name (M1+ = every bucket but M0, M2+ = M2…M7+), summed by a plain loop.
        const inSet: Record<string, (b: string) => boolean> = {
          M0: (b) => b === 'M0',
          'M1+': (b) => b !== 'M0',
          'M2+': (b) => !['M0', 'M1'].includes(b),
          'M7+': (b) => b === 'M7+',
        };
        const value = (r: (typeof rs)[number]) => (basis === 'count' ? r.accounts : r.balance);
        const periods = [...new Set(rs.map((r) => r.period))].sort();
        expect(out.map((r) => `${r.period} ${r.bucket}`)).toEqual(
          periods.flatMap((p) => ['M0', 'M1+', 'M2+', 'M7+'].map((b) => `${p} ${b}`)),
        );
        for (const r of out) {
          const rows = rs.filter((x) => x.period === r.period);
          const denominator = rows.reduce((s, x) => s + value(x), 0);
          const numerator = rows.filter((x) => inSet[r.bucket]!(x.bucket)).reduce((s, x) => s + value(x), 0);
          expect(Math.abs(r.denominator - denominator)).toBeLessThanOrEqual(1e-9 * Math.max(1, denominator));
          expect(Math.abs(r.numerator - numerator)).toBeLessThanOrEqual(1e-9 * Math.max(1, numerator));
          if (denominator === 0) expect(r.rate).toBeNull();
          else expect(Math.abs(r.rate! - numerator / denominator)).toBeLessThanOrEqual(1e-9);
        }
        // per period: M0 + M1+ = denominator
        for (let i = 0; i < out.length; i += 4) {
          const sum = out[i]!.numerator + out[i + 1]!.numerator;
          expect(Math.abs(sum - out[i]!.denominator)).toBeLessThanOrEqual(1e-6 * Math.max(1, sum));
        }
      }),
    );
  });
});
