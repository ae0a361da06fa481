import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KpiInputError, projectRecovery, recoveryCurves, vintageCurves } from '../../src/kpi/index.js';
import type { RecoveryRow, VintageRow } from '../../src/model/rows.js';

const v = (cohort: string, mob: number, oa: number, om: number, da: number, db: number): VintageRow => ({
  cohort,
  mob,
  originatedAccounts: oa,
  originatedAmount: om,
  delinquentAccounts: da,
  delinquentBalance: db,
});

describe('vintageCurves', () => {
  const rows = [
    v('2024-01', 2, 100, 1_000_000, 3, 20_000),
    v('2024-01', 1, 100, 1_000_000, 1, 5_000),
    v('2023-12', 1, 0, 0, 0, 0),
  ];
  it('balance basis: delinquent balance ÷ originated amount, cohorts and mobs ascending', () => {
    expect(vintageCurves(rows, { basis: 'balance' })).toEqual([
      { cohort: '2023-12', points: [{ mob: 1, numerator: 0, denominator: 0, rate: null }] },
      {
        cohort: '2024-01',
        points: [
          { mob: 1, numerator: 5_000, denominator: 1_000_000, rate: 0.005 }, // 5,000 / 1,000,000
          { mob: 2, numerator: 20_000, denominator: 1_000_000, rate: 0.02 }, // 20,000 / 1,000,000
        ],
      },
    ]);
  });
  it('count basis: 3 / 100 = 0.03 at mob 2', () => {
    expect(vintageCurves(rows, { basis: 'count' })[1]!.points[1]).toEqual({
      mob: 2,
      numerator: 3,
      denominator: 100,
      rate: 0.03,
    });
  });
  it.each<[string, VintageRow[], string, number, string]>([
    ['duplicate cohort × mob', [v('a', 1, 1, 1, 0, 0), v('a', 1, 1, 1, 0, 0)], 'duplicate', 1, 'mob'],
    ['more delinquent than originated', [v('a', 1, 1, 1, 2, 0)], 'inconsistent', 0, 'delinquentAccounts'],
    ['fractional mob', [v('a', 1.5, 1, 1, 0, 0)], 'invalid', 0, 'mob'],
    ['negative amount', [v('a', 1, 1, -1, 0, 0)], 'negative', 0, 'originatedAmount'],
    ['NaN balance', [v('a', 1, 1, 1, 0, NaN)], 'not-finite', 0, 'delinquentBalance'],
  ])('%s → KpiInputError', (_n, bad, code, rowIndex, field) => {
    expect(() => vintageCurves(bad, { basis: 'balance' })).toThrow(KpiInputError);
    expect(() => vintageCurves(bad, { basis: 'balance' })).toThrow(expect.objectContaining({ code, rowIndex, field }));
  });
  it('property: each count rate is delinquent ÷ originated accounts of its row, null on zero originations', () => {
    const arb = fc.array(fc.tuple(fc.nat({ max: 50 }), fc.nat({ max: 50 })), { maxLength: 20 });
    fc.assert(
      fc.property(arb, (pairs) => {
        const rows = pairs.map(([a, b], i) => v('c', i, Math.max(a, b), a * 10, Math.min(a, b), 0));
        const points = vintageCurves(rows, { basis: 'count' })[0]?.points ?? [];
        expect(points).toEqual(
          rows.map((r) => ({
            mob: r.mob,
            numerator: r.delinquentAccounts,
            denominator: r.originatedAccounts,
            rate: r.originatedAccounts ? r.delinquentAccounts / r.originatedAccounts : null,
          })),
        );
      }),
    );
  });
});

const r = (cohort: string, month: number, chargedOff: number, recovered: number, fees: number): RecoveryRow => ({
  cohort,
  month,
  chargedOff,
  recovered,
  fees,
});

// A (charged off 1,000): months 1–3 recover 100, 50, 50 (fees 10, 5, 0) → gross 100, 150, 200; net 90, 135, 185.
// B (2,000): months 1–2 recover 300, 100 (fees 30, 10) → gross 300, 400.  C (500): month 1 recovers 50.
const rec: RecoveryRow[] = [
  r('B', 2, 2000, 100, 10),
  r('A', 1, 1000, 100, 10),
  r('A', 2, 1000, 50, 5),
  r('A', 3, 1000, 50, 0),
  r('B', 1, 2000, 300, 30),
  r('C', 1, 500, 50, 0),
];

describe('recoveryCurves', () => {
  it('gross cumulative and rate per cohort', () => {
    const [a, b, c] = recoveryCurves(rec, { net: false });
    expect(a).toEqual({
      cohort: 'A',
      chargedOff: 1000,
      points: [
        { month: 1, cumulative: 100, rate: 0.1, projected: false },
        { month: 2, cumulative: 150, rate: 0.15, projected: false },
        { month: 3, cumulative: 200, rate: 0.2, projected: false },
      ],
    });
    expect(b!.points.map((p) => p.rate)).toEqual([0.15, 0.2]); // 300/2000, 400/2000
    expect(c!.points).toHaveLength(1);
  });
  it('net of fees: A → 90, 135, 185', () => {
    expect(recoveryCurves(rec, { net: true })[0]!.points.map((p) => p.cumulative)).toEqual([90, 135, 185]);
  });
  it('fills a missing month with no recovery', () => {
    const out = recoveryCurves([r('D', 1, 100, 10, 0), r('D', 3, 100, 5, 0)], { net: false });
    expect(out[0]!.points.map((p) => [p.month, p.cumulative])).toEqual([
      [1, 10],
      [2, 10],
      [3, 15],
    ]);
  });
  it('zero charged-off gives null rates', () => {
    expect(recoveryCurves([r('Z', 0, 0, 0, 0)], { net: false })[0]!.points[0]!.rate).toBeNull();
  });
  it.each<[string, RecoveryRow[], string, number, string]>([
    [
      'charged-off differs within a cohort',
      [r('A', 1, 1000, 1, 0), r('A', 2, 999, 1, 0)],
      'inconsistent',
      1,
      'chargedOff',
    ],
    ['duplicate cohort × month', [r('A', 1, 1, 1, 0), r('A', 1, 1, 1, 0)], 'duplicate', 1, 'month'],
    ['negative recovery', [r('A', 1, 1, -1, 0)], 'negative', 0, 'recovered'],
    ['NaN fees', [r('A', 1, 1, 1, NaN)], 'not-finite', 0, 'fees'],
    ['fractional month', [r('A', 0.5, 1, 1, 0)], 'invalid', 0, 'month'],
    ['month beyond 1200 (would fill 10²¹ months)', [r('A', 0, 1, 1, 0), r('A', 1e21, 1, 1, 0)], 'invalid', 1, 'month'],
  ])('%s → KpiInputError', (_n, bad, code, rowIndex, field) => {
    expect(() => recoveryCurves(bad, { net: true })).toThrow(KpiInputError);
    expect(() => recoveryCurves(bad, { net: true })).toThrow(expect.objectContaining({ code, rowIndex, field }));
  });
  it('property: gross cumulative never decreases, rates finite or null', () => {
    const arb = fc.array(
      fc.record({
        cohort: fc.constantFrom('a', 'b', 'c'),
        month: fc.nat({ max: 24 }),
        recovered: fc.double({ min: 0, max: 1e6, noNaN: true }),
        fees: fc.double({ min: 0, max: 1e5, noNaN: true }),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, fc.constantFrom(0, 1e6), (rows, chargedOff) => {
        const seen = new Set<string>();
        const unique = rows
          .filter((x) => !seen.has(x.cohort + x.month) && seen.add(x.cohort + x.month))
          .map((x) => ({ ...x, chargedOff }));
        for (const curve of recoveryCurves(unique, { net: false })) {
          curve.points.forEach((p, k) => {
            if (k) expect(p.cumulative).toBeGreaterThanOrEqual(curve.points[k - 1]!.cumulative);
            if (chargedOff === 0) expect(p.rate).toBeNull();
            else expect(Number.isFinite(p.rate)).toBe(true);
          });
        }
      }),
    );
  });
});

describe('projectRecovery (chain ladder)', () => {
  const curves = recoveryCurves(rec, { net: false });
  it('volume-weighted factors and projected points', () => {
    const { curves: out, factors } = projectRecovery(curves, { horizon: 4 });
    // f1 = (A 150 + B 400) / (A 100 + B 300) = 550 / 400 = 1.375 (C has no month 2)
    // f2 = A 200 / A 150 = 1.3333…; f3: no cohort observed at 3 and 4 → null
    expect(factors).toEqual([
      { from: 1, to: 2, factor: 1.375, cohorts: 2 },
      { from: 2, to: 3, factor: 200 / 150, cohorts: 1 },
      { from: 3, to: 4, factor: null, cohorts: 0 },
    ]);
    const [a, b, c] = out;
    expect(a!.points.every((p) => !p.projected)).toBe(true); // nothing to add before the missing f3
    // B: month 3 = 400 × 4/3 = 533.33…, rate 533.33 / 2000 = 0.26667; stops at month 3 (no f3)
    expect(b!.points.map((p) => [p.month, p.projected])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    expect(b!.points[2]!.cumulative).toBeCloseTo(533.3333, 4);
    expect(b!.points[2]!.rate).toBeCloseTo(0.266667, 6);
    // C: month 2 = 50 × 1.375 = 68.75; month 3 = 68.75 × 4/3 = 91.6667
    expect(c!.points.map((p) => Math.round(p.cumulative * 1e4) / 1e4)).toEqual([50, 68.75, 91.6667]);
    expect(c!.points.slice(1).every((p) => p.projected)).toBe(true);
    // input untouched
    expect(curves[1]!.points).toHaveLength(2);
  });
  it('re-projecting projected curves ignores earlier projections', () => {
    const once = projectRecovery(curves, { horizon: 3 });
    expect(projectRecovery(once.curves, { horizon: 3 })).toEqual(once);
  });
  it('rejects a bad horizon', () => {
    expect(() => projectRecovery(curves, { horizon: -1 })).toThrow(expect.objectContaining({ code: 'invalid' }));
  });
});
