import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { averageMatrix, forecastBuckets, KpiInputError } from '../../src/kpi/index.js';
import type { TransitionMatrix } from '../../src/kpi/index.js';

const m = (rates: (number | null)[][], states = ['M0', 'M1', 'CO']): TransitionMatrix => ({
  states,
  counts: rates.map((r) => r.map((v) => (v ?? 0) * 100)),
  rates,
});

// Older matrix: M0 → [0.7, 0.3, 0]; M1 unobserved. Newer: M0 → [0.9, 0.1, 0], M1 → [0.5, 0.3, 0.2].
const older = m([
  [0.7, 0.3, 0],
  [null, null, null],
  [null, null, null],
]);
const newer = m([
  [0.9, 0.1, 0],
  [0.5, 0.3, 0.2],
  [null, null, null],
]);

describe('averageMatrix', () => {
  it('averages rows over the matrices that observed them', () => {
    const avg = averageMatrix([older, newer]);
    expect(avg.matrix[0]![0]).toBeCloseTo(0.8, 12); // (0.7 + 0.9) / 2
    expect(avg.matrix[0]![1]).toBeCloseTo(0.2, 12); // (0.3 + 0.1) / 2
    expect(avg.matrix[1]).toEqual([0.5, 0.3, 0.2]); // only the newer matrix saw M1
    expect(avg.matrix[2]).toEqual([0, 0, 1]); // never observed: identity
    expect(avg.unobserved).toEqual(['CO']);
  });
  it('aligns matrices with different states by name', () => {
    const a = m(
      [
        [1, 0],
        [0, 1],
      ],
      ['M0', 'M1'],
    );
    const b = m(
      [
        [0, 1],
        [1, 0],
      ],
      ['M1', 'M0'],
    ); // M1 → M0 and M0 → M1
    const avg = averageMatrix([a, b]);
    expect(avg.states).toEqual(['M0', 'M1']);
    expect(avg.matrix).toEqual([
      [0.5, 0.5],
      [0.5, 0.5],
    ]);
  });
});

describe('forecastBuckets', () => {
  it('rolls the current balances forward with the last matrix (window 1), CO absorbing', () => {
    const f = forecastBuckets([older, newer], { M0: 1000, M1: 100 }, { months: 2, window: 1 });
    expect(f.chargeOff).toBe('CO'); // default when present
    expect(f.states).toEqual(['M0', 'M1', 'CO']);
    // Month 1: M0 = 1000·0.9 + 100·0.5 = 950; M1 = 1000·0.1 + 100·0.3 = 130; CO = 100·0.2 = 20.
    expect(f.months[0]!.month).toBe(1);
    expect(f.months[0]!.balances[0]).toBeCloseTo(950, 9);
    expect(f.months[0]!.balances[1]).toBeCloseTo(130, 9);
    expect(f.months[0]!.balances[2]).toBeCloseTo(20, 9);
    expect(f.months[0]!.chargedOff).toBeCloseTo(20, 9);
    // Month 2: M0 = 950·0.9 + 130·0.5 = 920; M1 = 95 + 39 = 134; CO = 20 + 130·0.2 = 46, of which 26 new.
    expect(f.months[1]!.balances[0]).toBeCloseTo(920, 9);
    expect(f.months[1]!.balances[1]).toBeCloseTo(134, 9);
    expect(f.months[1]!.balances[2]).toBeCloseTo(46, 9);
    expect(f.months[1]!.chargedOff).toBeCloseTo(26, 9);
    expect(f.unobserved).toEqual([]); // CO is absorbing by definition
  });

  it('averages both matrices by default; array input; last bucket as default charge-off without CO', () => {
    // M0 row averaged: [0.8, 0.2, 0]. current [1000, 0, 0] → month 1: 800, 200, 0.
    const f = forecastBuckets([older, newer], [1000, 0, 0], { months: 1 });
    expect(f.months[0]!.balances.map((v) => Math.round(v * 1e9) / 1e9)).toEqual([800, 200, 0]);
    const two = [
      m(
        [
          [0.9, 0.1],
          [0.6, 0.4],
        ],
        ['M0', 'M7+'],
      ),
    ];
    const g = forecastBuckets(two, { C: 100, 'M7+': 10 }, { months: 1 });
    expect(g.chargeOff).toBe('M7+');
    // M7+ absorbing: M0 = 100·0.9 = 90, M7+ = 10 + 100·0.1 = 20; charged off 10
    expect(g.months[0]!.balances[0]).toBeCloseTo(90, 9);
    expect(g.months[0]!.balances[1]).toBeCloseTo(20, 9);
    expect(g.months[0]!.chargedOff).toBeCloseTo(10, 9);
  });

  it.each<[string, () => unknown, string]>([
    ['no matrices', () => forecastBuckets([], [1], { months: 1 }), 'missing'],
    ['unknown state in current', () => forecastBuckets([newer], { M9: 1 }, { months: 1 }), 'unknown-bucket'],
    ['negative current', () => forecastBuckets([newer], { M1: -1 }, { months: 1 }), 'negative'],
    ['NaN current', () => forecastBuckets([newer], [NaN, 0, 0], { months: 1 }), 'not-finite'],
    ['wrong length', () => forecastBuckets([newer], [1, 2], { months: 1 }), 'invalid'],
    ['bad months', () => forecastBuckets([newer], [1, 2, 3], { months: 1.5 }), 'invalid'],
    ['unknown charge-off', () => forecastBuckets([newer], [1, 2, 3], { months: 1, chargeOff: 'X' }), 'unknown-bucket'],
  ])('%s → KpiInputError', (_name, call, code) => {
    expect(call).toThrow(KpiInputError);
    expect(call).toThrow(expect.objectContaining({ code }));
  });

  it('property: total balance is conserved and charge-off never decreases', () => {
    const row = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }).map((r) => {
      const s = r.reduce((a, b) => a + b, 0);
      return s > 0 ? r.map((v) => v / s) : [1, 0, 0];
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(row, row), { minLength: 1, maxLength: 4 }),
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 3, maxLength: 3 }),
        (ms, current) => {
          const matrices = ms.map(([a, b]) => m([a, b, [null, null, null]]));
          const f = forecastBuckets(matrices, current, { months: 6 });
          const total = current.reduce((a, b) => a + b, 0);
          let co = current[2]!;
          for (const month of f.months) {
            expect(month.balances.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 3);
            expect(month.chargedOff).toBeGreaterThanOrEqual(0);
            expect(month.balances[2]! - co).toBeCloseTo(month.chargedOff, 3);
            co = month.balances[2]!;
          }
        },
      ),
    );
  });
});
