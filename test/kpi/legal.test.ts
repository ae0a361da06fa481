import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  KpiInputError,
  LEGAL_FIELDS,
  legalPipeline,
  legalSteps,
  stageDayBin,
  stageTimes,
  STAGE_DAY_BINS,
} from '../../src/kpi/index.js';
import type { LegalRow } from '../../src/model/rows.js';

const row = (cohort: string, over: Partial<LegalRow> = {}): LegalRow => ({
  cohort,
  referred: 100,
  filed: 80,
  judgment: 60,
  enforced: 40,
  recovered: 20,
  balanceReferred: 1_000_000,
  balanceFiled: 800_000,
  balanceJudgment: 600_000,
  balanceEnforced: 400_000,
  amountRecovered: 120_000,
  legalCost: 40_000,
  sold: 10,
  balanceSold: 100_000,
  salePrice: 5_000,
  toFileUnder90d: 70,
  toFile90To180d: 8,
  toFileOver180d: 2,
  toJudgmentUnder90d: 10,
  toJudgment90To180d: 30,
  toJudgmentOver180d: 20,
  toEnforceUnder90d: 30,
  toEnforce90To180d: 10,
  toEnforceOver180d: 0,
  toRecoverUnder90d: 5,
  toRecover90To180d: 10,
  toRecoverOver180d: 5,
  ...over,
});

describe('legalPipeline', () => {
  it('conversions, per-case figures and sale price, hand-checked', () => {
    const p = legalPipeline([
      row('2025-02'),
      row('2025-01'),
      row('2025-02', { legalCost: 0, sold: 0, balanceSold: 0, salePrice: 0 }),
    ]);
    expect(p.cohorts.map((c) => c.cohort)).toEqual(['2025-01', '2025-02']);
    const jan = p.cohorts[0]!;
    expect(jan.conversion.filed).toEqual({ numerator: 80, denominator: 100, rate: 0.8 });
    expect(jan.conversion.judgment).toEqual({ numerator: 60, denominator: 80, rate: 0.75 });
    expect(jan.conversion.enforced.rate).toBeCloseTo(40 / 60, 12);
    expect(jan.conversion.recovered).toEqual({ numerator: 20, denominator: 40, rate: 0.5 });
    expect(jan.recoveryRate).toEqual({ numerator: 120_000, denominator: 1_000_000, rate: 0.12 });
    expect(jan.costPerCase).toEqual({ numerator: 40_000, denominator: 80, rate: 500 });
    expect(jan.recoveryPerCase).toEqual({ numerator: 120_000, denominator: 80, rate: 1500 });
    expect(jan.costRate.rate).toBeCloseTo(1 / 3, 12);
    expect(jan.salePriceRate).toEqual({ numerator: 5_000, denominator: 100_000, rate: 0.05 });
    const feb = p.cohorts[1]!;
    expect(feb.referred).toBe(200);
    expect(feb.costPerCase).toEqual({ numerator: 40_000, denominator: 160, rate: 250 });
    expect(feb.salePriceRate).toEqual({ numerator: 5_000, denominator: 100_000, rate: 0.05 });
    expect(p.total.cohort).toBe('2025-01/2025-02');
    expect(p.total.referred).toBe(300);
    expect(p.total.toJudgment90To180d).toBe(90);
  });

  it('zero denominators give null rates, no rows an empty pipeline', () => {
    const zeros = Object.fromEntries(LEGAL_FIELDS.map((f) => [f, 0])) as Omit<LegalRow, 'cohort'>;
    const p = legalPipeline([{ cohort: '2025-03', ...zeros }]);
    expect(p.cohorts[0]!.conversion.filed.rate).toBeNull();
    expect(p.cohorts[0]!.salePriceRate.rate).toBeNull();
    expect(legalPipeline([])).toMatchObject({ cohorts: [], total: { cohort: '', referred: 0 } });
  });

  it.each<[string, Partial<LegalRow>, RegExp]>([
    ['filed above referred', { filed: 101 }, /filed is 101, more than referred 100/],
    ['recovered above enforced', { recovered: 41, toRecoverOver180d: 6 }, /recovered is 41, more than enforced 40/],
    [
      'balance above the stage before',
      { balanceJudgment: 900_000 },
      /balanceJudgment is 900000, more than balanceFiled 800000/,
    ],
    [
      'recovered more than enforced balance',
      { amountRecovered: 500_000 },
      /amountRecovered is 500000, more than balanceEnforced/,
    ],
    ['bins not adding up', { toEnforceOver180d: 3 }, /days-to-enforced bins add up to 43, not enforced 40/],
    ['sold and filed above referred', { sold: 21 }, /sold 21 \+ filed 80 is more than referred 100/],
    ['sold balance too large', { balanceSold: 300_000, salePrice: 0 }, /balanceSold 300000 \+ balanceFiled 800000/],
    ['price above the balance sold', { salePrice: 100_001 }, /salePrice is 100001, more than balanceSold/],
    ['negative', { legalCost: -1 }, /legalCost is -1, must be ≥ 0/],
    ['not a number', { referred: Number.NaN }, /referred is NaN/],
    ['no cohort', { cohort: '' }, /cohort is empty/],
  ])('rejects %s', (_, over, message) => {
    expect(() => legalPipeline([row('2025-01'), row('2025-02', over)])).toThrow(KpiInputError);
    expect(() => legalPipeline([row('2025-01'), row('2025-02', over)])).toThrow(message);
  });

  it('steps and stage times of a cohort', () => {
    const c = legalPipeline([row('2025-01')]).cohorts[0]!;
    expect(legalSteps(c).map((s) => [s.stage, s.cases, s.amount, s.conversion?.rate ?? null])).toEqual([
      ['referred', 100, 1_000_000, null],
      ['filed', 80, 800_000, 0.8],
      ['judgment', 60, 600_000, 0.75],
      ['enforced', 40, 400_000, 40 / 60],
      ['recovered', 20, 120_000, 0.5],
    ]);
    expect(stageTimes(c)).toEqual([
      { stage: 'filed', bins: [70, 8, 2] },
      { stage: 'judgment', bins: [10, 30, 20] },
      { stage: 'enforced', bins: [30, 10, 0] },
      { stage: 'recovered', bins: [5, 10, 5] },
    ]);
  });

  it.each([
    [0, 'Under90d'],
    [89.9, 'Under90d'],
    [90, '90To180d'],
    [179, '90To180d'],
    [180, 'Over180d'],
    [2000, 'Over180d'],
  ] as const)('stageDayBin(%s) is %s', (days, bin) => expect(STAGE_DAY_BINS[stageDayBin(days)]).toBe(bin));

  it('stageDayBin rejects negative and non-finite days', () => {
    expect(() => stageDayBin(-1)).toThrow(RangeError);
    expect(() => stageDayBin(Number.NaN)).toThrow(/expected a finite number/);
  });
});

/** A consistent row drawn from case counts: each stage a subset of the one before, bins adding up. */
const arbRow = fc
  .record({
    cohort: fc.constantFrom('2024-01', '2024-02', '2024-03'),
    referred: fc.integer({ min: 0, max: 500 }),
    keep: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 9, maxLength: 9 }),
    ticket: fc.integer({ min: 1, max: 50_000 }),
  })
  .map(({ cohort, referred, keep, ticket }): LegalRow => {
    const k = (i: number) => keep[i] ?? 0;
    const filed = Math.floor(referred * k(0));
    const judgment = Math.floor(filed * k(1));
    const enforced = Math.floor(judgment * k(2));
    const recovered = Math.floor(enforced * k(3));
    const sold = Math.floor((referred - filed) * k(4));
    const split = (n: number, a: number): [number, number, number] => {
      const x = Math.floor(n * a);
      const y = Math.floor((n - x) * k(5));
      return [x, y, n - x - y];
    };
    const [f0, f1, f2] = split(filed, k(6));
    const [j0, j1, j2] = split(judgment, k(7));
    const [e0, e1, e2] = split(enforced, k(8));
    const [r0, r1, r2] = split(recovered, k(6));
    return {
      cohort,
      referred,
      filed,
      judgment,
      enforced,
      recovered,
      balanceReferred: referred * ticket,
      balanceFiled: filed * ticket,
      balanceJudgment: judgment * ticket,
      balanceEnforced: enforced * ticket,
      amountRecovered: Math.floor(enforced * ticket * k(3)),
      legalCost: filed * 300,
      sold,
      balanceSold: sold * ticket,
      salePrice: Math.floor(sold * ticket * k(4) * 0.2),
      toFileUnder90d: f0,
      toFile90To180d: f1,
      toFileOver180d: f2,
      toJudgmentUnder90d: j0,
      toJudgment90To180d: j1,
      toJudgmentOver180d: j2,
      toEnforceUnder90d: e0,
      toEnforce90To180d: e1,
      toEnforceOver180d: e2,
      toRecoverUnder90d: r0,
      toRecover90To180d: r1,
      toRecoverOver180d: r2,
    };
  });

describe('legalPipeline properties', () => {
  it('sums are additive: the total equals the sum of the cohorts, in any row order', () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 12 }), (rows) => {
        const p = legalPipeline(rows);
        const reversed = legalPipeline([...rows].reverse());
        expect(reversed).toEqual(p);
        for (const f of LEGAL_FIELDS) {
          expect(p.cohorts.reduce((a, c) => a + c[f], 0)).toBe(p.total[f]);
          expect(rows.reduce((a, r) => a + r[f], 0)).toBe(p.total[f]);
        }
      }),
    );
  });

  it('conversions lie in [0, 1], cases never grow down the stages, bins sum to the next stage', () => {
    fc.assert(
      fc.property(fc.array(arbRow, { minLength: 1, maxLength: 8 }), (rows) => {
        for (const c of [...legalPipeline(rows).cohorts, legalPipeline(rows).total]) {
          const steps = legalSteps(c);
          steps.forEach((s, i) => {
            if (i > 0) expect(s.cases).toBeLessThanOrEqual(steps[i - 1]!.cases);
            const rate = s.conversion?.rate;
            if (rate !== undefined && rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
          });
          for (const t of stageTimes(c)) expect(t.bins.reduce((a, b) => a + b, 0)).toBe(c[t.stage]);
          const price = c.salePriceRate.rate;
          if (price !== null) expect(price).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
