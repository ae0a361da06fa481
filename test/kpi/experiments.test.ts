import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  assignmentsToExperiments,
  experimentResults,
  KpiInputError,
  newcombe,
  wilson,
  type ExperimentAssignment,
} from '../../src/kpi/index.js';
import type { ExperimentRow } from '../../src/model/rows.js';
import { mockResponse } from '../../mocks/portfolio.js';
import { EXPERIMENT_TRUTHS } from '../../mocks/simulate/experiments.js';

const row = (
  arm: string,
  period: string,
  accounts: number,
  cured: number,
  rolledForward: number,
  extra: Partial<ExperimentRow> = {},
): ExperimentRow => ({
  experiment: 'e1',
  arm,
  period,
  horizonDays: 30,
  accounts,
  cured,
  rolledForward,
  collected: accounts * 10,
  collectedSq: accounts * 100 + accounts, // values 10 ± 1 with equal counts… any Σx² ≥ (Σx)²/n
  cost: accounts * 2,
  costSq: accounts * 4,
  attempts: accounts * 3,
  complaints: 0,
  ...extra,
});

describe('experimentResults', () => {
  // Newcombe 1998b example (a) as an experiment: challenger 56/70 cured, champion 48/80.
  const rows = [
    row('champion', '2025-01', 80, 48, 10),
    row('challenger', '2025-01', 70, 56, 5),
    row('small', '2025-02', 9, 9, 0),
  ];

  it('arms: Wilson intervals of the rates, Newcombe interval of the difference (1998b, table II (a): 0.0524 to 0.3339)', () => {
    const res = experimentResults(rows, { mde: 0.25 })!;
    const ch = res.arms.find((a) => a.arm === 'challenger')!;
    expect(ch.cure).toMatchObject({ numerator: 56, denominator: 70, rate: 0.8, ...pick(wilson(56, 70)) });
    expect(Number(ch.vsChampion!.cure.low!.toFixed(4))).toBe(0.0524);
    expect(Number(ch.vsChampion!.cure.high!.toFixed(4))).toBe(0.3339);
    expect(ch.vsChampion!.rollForward).toEqual(newcombe(5, 70, 10, 80));
    expect(res.arms.map((a) => a.arm)).toEqual(['champion', 'challenger', 'small']);
    expect(res).toMatchObject({
      experiment: 'e1',
      from: '2025-01',
      to: '2025-02',
      horizonDays: 30,
      per: 10_000,
      mde: 0.25,
    });
  });

  it('sample size: arms below the MDE\'s need are "not enough data", unranked; the others are compared and ranked', () => {
    // Champion 48/80 = 0.6; MDE 0.25 → 0.85, p̄ .725: n = (1.95996·√(2·.199375) + 0.84162·√(.24 + .1275))² / .0625
    // = (1.23765 + 0.51021)² / .0625 = 48.86 → 49 (the champion's 80 and the challenger's 70 are enough, 9 is not).
    const res = experimentResults(rows, { mde: 0.25 })!;
    expect(res.neededPerArm).toBe(49);
    expect(res.arms.map((a) => [a.arm, a.verdict, a.rank, a.enoughData])).toEqual([
      ['champion', 'champion', 2, true],
      ['challenger', 'better', 1, true],
      ['small', 'not-enough-data', null, false],
    ]);
  });

  it('a champion below the needed size makes every challenger "not enough data"', () => {
    const res = experimentResults(rows, { mde: 0.05 })!;
    expect(res.neededPerArm).toBeGreaterThan(80);
    expect(res.arms.filter((a) => !a.champion).every((a) => a.verdict === 'not-enough-data' && a.rank === null)).toBe(
      true,
    );
    expect(res.arms[0]!.rank).toBeNull();
  });

  it('an interval that crosses zero is no winner (even with a higher rate)', () => {
    // 9/10 vs 3/10 is significant (1998b (b): 0.1705 to 0.8090); 6/10 vs 5/10 is not.
    const res = experimentResults([row('champion', '2025-01', 10, 5, 0), row('x', '2025-01', 10, 6, 0)], { mde: 0.9 })!;
    const x = res.arms[1]!;
    expect(x.cure.rate).toBeGreaterThan(res.arms[0]!.cure.rate!);
    expect(x.vsChampion!.cure.low!).toBeLessThan(0);
    expect(x.verdict).toBe('no-difference');
  });

  it('worse when the whole interval is below zero', () => {
    const res = experimentResults([row('champion', '2025-01', 10, 9, 0), row('x', '2025-01', 10, 3, 0)], { mde: 0.9 })!;
    expect(res.arms[1]!.verdict).toBe('worse');
  });

  it('means with normal intervals from Σ and Σ²; complaints per 10,000 with the Wilson interval scaled', () => {
    // 4 accounts collecting 1, 2, 3, 4: Σ 10, Σ² 30.
    const res = experimentResults(
      [row('champion', '2025-01', 4, 1, 0, { collected: 10, collectedSq: 30, complaints: 1 })],
      { mde: 0.5 },
    )!;
    const c = res.arms[0]!;
    expect(c.collectedPerAccount.estimate).toBe(2.5);
    expect(c.collectedPerAccount.high! - 2.5).toBeCloseTo(1.959963984540054 * Math.sqrt(5 / 12), 12);
    expect(c.complaintsPer.rate).toBe(2500);
    expect(c.complaintsPer.low).toBeCloseTo(wilson(1, 4).low! * 10_000, 9);
  });

  it('sums rows over periods (additive), per experiment; picks the experiment asked for', () => {
    const two = [
      row('champion', '2025-01', 40, 20, 4),
      row('champion', '2025-02', 60, 30, 6),
      { ...row('champion', '2025-01', 5, 1, 1), experiment: 'e2' },
    ];
    const res = experimentResults(two)!;
    expect(res.experiments).toEqual(['e1', 'e2']);
    expect(res.arms[0]!.cure).toMatchObject({ numerator: 50, denominator: 100 });
    expect(experimentResults(two, { experiment: 'e2' })!.arms[0]!.accounts).toBe(5);
  });

  it('empty rows: null; bad rows and missing champion: KpiInputError naming row and field', () => {
    expect(experimentResults([])).toBeNull();
    const bad =
      (rows: ExperimentRow[], opts = {}) =>
      () =>
        experimentResults(rows, opts);
    expect(bad([row('champion', '2025-01', 10, 11, 0)])).toThrow(/cured is 11, more than accounts 10/);
    expect(bad([row('champion', '2025-01', 10, 6, 6)])).toThrow(/cured \+ rolledForward/);
    expect(bad([row('champion', '2025-01', 10, 1, 0), row('champion', '2025-01', 10, 1, 0)])).toThrow(/second row/);
    expect(bad([row('champion', '2025-01', 10, 1, 0, { collected: 100, collectedSq: 10 })])).toThrow(
      /collectedSq 10 is below/,
    );
    expect(
      bad([row('champion', '2025-01', 10, 1, 0), row('champion', '2025-02', 10, 1, 0, { horizonDays: 60 })]),
    ).toThrow(/one fixed horizon/);
    expect(bad([row('b', '2025-01', 10, 1, 0)])).toThrow(/no champion arm "champion"/);
    expect(bad([row('champion', '2025-01', 10, 1, 0)], { experiment: 'nope' })).toThrow(
      /no rows for experiment "nope"/,
    );
    expect(bad([row('champion', '2025-01', -1, 0, 0)])).toThrow(KpiInputError);
  });

  it('property: a challenger is "better" only when its whole cure-difference interval is above zero, never ranked without enough data', () => {
    const arm = fc
      .integer({ min: 1, max: 3000 })
      .chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n })));
    fc.assert(
      fc.property(
        arm,
        fc.array(arm, { minLength: 1, maxLength: 4 }),
        fc.double({ min: 0.005, max: 0.3, noNaN: true }),
        ([cn, cc], challengers, mde) => {
          const rows = [
            row('champion', '2025-01', cn, cc, 0),
            ...challengers.map(([n, c], i) => row(`c${i}`, '2025-01', n, c, 0)),
          ];
          const res = experimentResults(rows, { mde })!;
          for (const a of res.arms) {
            if (a.verdict === 'better') expect(a.vsChampion!.cure.low!).toBeGreaterThan(0);
            if (a.verdict === 'no-difference')
              expect(a.vsChampion!.cure.low! <= 0 && a.vsChampion!.cure.high! >= 0).toBe(true);
            if (!a.enoughData) expect(a.rank).toBeNull();
            if (res.neededPerArm !== null && a.accounts < res.neededPerArm) expect(a.enoughData).toBe(false);
          }
        },
      ),
    );
  });
});

describe('assignmentsToExperiments (records → rows)', () => {
  it('groups by experiment × arm × month of assignment with Σ and Σ² of the amounts', () => {
    const a = (arm: string, assigned: string, cured: boolean, collected: number): ExperimentAssignment => ({
      experiment: 'e',
      arm,
      assigned,
      horizonDays: 30,
      cured,
      rolledForward: false,
      collected,
      cost: 3,
      attempts: 1,
      complaints: 0,
    });
    const rows = assignmentsToExperiments([
      a('champion', '2025-01-03', true, 100),
      a('champion', '2025-01-30', false, 20),
      a('x', '2025-02-01', true, 5),
    ]);
    expect(rows).toEqual([
      {
        experiment: 'e',
        arm: 'champion',
        period: '2025-01',
        horizonDays: 30,
        accounts: 2,
        cured: 1,
        rolledForward: 0,
        collected: 120,
        collectedSq: 10_400,
        cost: 6,
        costSq: 18,
        attempts: 2,
        complaints: 0,
      },
      {
        experiment: 'e',
        arm: 'x',
        period: '2025-02',
        horizonDays: 30,
        accounts: 1,
        cured: 1,
        rolledForward: 0,
        collected: 5,
        collectedSq: 25,
        cost: 3,
        costSq: 9,
        attempts: 1,
        complaints: 0,
      },
    ]);
  });
});

describe("the simulator's known effects are found exactly", () => {
  const truth = EXPERIMENT_TRUTHS.find((e) => e.experiment === 'm1-strategy')!;
  it('declares one truly better, one truly equal and one tiny arm', () => {
    const champion = truth.arms.find((a) => a.arm === 'champion')!;
    expect(truth.arms.find((a) => a.arm === 'challenger-a')!.cure).toBeGreaterThan(champion.cure);
    expect(truth.arms.find((a) => a.arm === 'challenger-b')!.cure).toBe(champion.cure);
  });

  it.each([42, 1, 2, 3, 4, 5])(
    'seed %i, 2024–2025: challenger-a better, challenger-b no difference (not a winner), challenger-c not enough data; agency worse',
    (seed) => {
      const { rows } = mockResponse('experiments', { from: '2024-01', to: '2025-12' }, { seed });
      const m1 = experimentResults(rows, { experiment: 'm1-strategy', mde: 0.02 })!;
      expect(Object.fromEntries(m1.arms.map((a) => [a.arm, a.verdict]))).toEqual({
        champion: 'champion',
        'challenger-a': 'better',
        'challenger-b': 'no-difference',
        'challenger-c': 'not-enough-data',
      });
      // The interval of the better arm holds the true effect (+3 points).
      const a = m1.arms.find((x) => x.arm === 'challenger-a')!.vsChampion!.cure;
      expect(a.low!).toBeLessThan(0.03);
      expect(a.high!).toBeGreaterThan(0.03);
      const m3 = experimentResults(rows, { experiment: 'm3-field-visit', mde: 0.02 })!;
      expect(m3.arms.map((x) => x.verdict)).toEqual(['champion', 'worse']);
    },
  );
});

function pick(i: { low: number | null; high: number | null }) {
  return { low: i.low, high: i.high };
}
