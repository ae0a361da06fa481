import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  customerOutcomesToRows,
  KpiInputError,
  OUTCOME_MEASURES,
  outcomeGaps,
  type CustomerOutcome,
} from '../../src/kpi/index.js';
import type { OutcomeRow } from '../../src/model/rows.js';
import { holmBonferroni } from '../../src/kpi/multiple-comparisons.js';

const row = (segment: string, period: string, counts: Partial<OutcomeRow> = {}): OutcomeRow => ({
  period,
  segment,
  accounts: 1000,
  overdue: 100,
  entered: 80,
  cured: 48,
  complained: 4,
  arrangements: 12,
  redefault3: 3,
  redefault6: 4,
  ...counts,
});

describe('outcomeGaps', () => {
  // Newcombe 1998b, table II example (a): 56/70 vs 48/80 → difference 0.2, 95 % interval 0.0524 to 0.3339.
  // Here the vulnerable segment cures 48 of 80 and the reference 56 of 70: gap −0.2 (−0.3339 to −0.0524).
  const rows = [
    row('other', '2025-01', { entered: 70, cured: 56 }),
    row('vulnerable', '2025-01', { entered: 80, cured: 48 }),
  ];

  it('flags the published worked example (the whole interval below zero on a lower-is-worse rate)', () => {
    const g = outcomeGaps(rows);
    const cure = g?.segments[1]?.measures.find((m) => m.measure === 'cure');
    expect(cure?.gap?.estimate).toBeCloseTo(-0.2, 10);
    expect(cure?.gap?.low).toBeCloseTo(-0.3339, 4);
    expect(cure?.gap?.high).toBeCloseTo(-0.0524, 4);
    expect(cure?.reading).toBe('worse');
    expect(g?.flags).toHaveLength(1);
    expect(g?.flags[0]).toMatchObject({ segment: 'vulnerable', measure: 'cure' });
  });

  it('Holm–Bonferroni: a gap whose own 95 % interval excludes zero is not flagged when it does not survive the adjustment', () => {
    // 150/400 vs 120/400 cured: Newcombe 95 % interval of −0.075 excludes zero (p ≈ 0.025), but with two
    // segments × six measures (m = 12; the equal ones p = 1) Holm needs p ≤ 0.05 / 12 for the smallest.
    const few = [
      row('other', '2025-01', { entered: 400, cured: 150 }),
      row('vulnerable', '2025-01', { entered: 400, cured: 120 }),
      row('hardship', '2025-01', { entered: 400, cured: 150 }),
    ];
    const g = outcomeGaps(few);
    const cure = g?.segments.find((s) => s.segment === 'vulnerable')?.measures.find((m) => m.measure === 'cure');
    expect(cure?.gap?.high ?? 0).toBeLessThan(0);
    expect(cure?.p ?? 1).toBeLessThan(0.05);
    expect(g?.comparisons).toBe(12);
    expect(cure?.adjustedP).toBeCloseTo(Math.min(1, 12 * (cure?.p ?? 1)), 12);
    expect(cure?.reading).toBe('no-gap');
    expect(g?.flags).toEqual([]);
  });

  it('reads equal counts as no gap, and the reference as the reference', () => {
    const g = outcomeGaps(rows);
    expect(g?.segments.map((s) => s.segment)).toEqual(['other', 'vulnerable']);
    expect(g?.segments[0]?.measures.every((m) => m.reading === 'reference' && m.gap === null)).toBe(true);
    const others = g?.segments[1]?.measures.filter((m) => m.measure !== 'cure');
    expect(others?.map((m) => m.reading)).toEqual(['no-gap', 'no-gap', 'no-gap', 'no-gap', 'no-gap']);
  });

  it.each([
    // measure, segment counts, reference counts, reading
    ['overdue', { accounts: 1000, overdue: 200 }, { accounts: 1000, overdue: 100 }, 'worse'],
    ['overdue', { accounts: 1000, overdue: 50 }, { accounts: 1000, overdue: 100 }, 'better'],
    ['complaint', { complained: 30 }, { complained: 4 }, 'worse'],
    ['arrangement', { arrangements: 2, redefault3: 0, redefault6: 0 }, { arrangements: 40 }, 'worse'],
    [
      'redefault3',
      { arrangements: 100, redefault3: 60, redefault6: 70 },
      { arrangements: 100, redefault3: 20, redefault6: 70 },
      'worse',
    ],
    ['redefault6', { arrangements: 100, redefault6: 20 }, { arrangements: 100, redefault6: 60 }, 'better'],
    ['cure', { entered: 10, cured: 4 }, { entered: 10, cured: 6 }, 'no-gap'],
    ['cure', { entered: 0, cured: 0 }, { entered: 10, cured: 6 }, 'no-data'],
  ] as const)('%s: %j against %j reads %s', (measure, mine, ref, reading) => {
    const g = outcomeGaps([row('other', '2025-01', ref), row('hardship', '2025-01', mine)]);
    const m = g?.segments[1]?.measures.find((x) => x.measure === measure);
    expect(m?.reading).toBe(reading);
    expect(g?.flags.some((f) => f.measure === measure)).toBe(reading === 'worse');
  });

  it('sums periods per segment, spans from the first to the last period, and honours another reference', () => {
    const g = outcomeGaps([row('a', '2025-02'), row('a', '2025-01', { accounts: 500 }), row('b', '2025-03')], 'b');
    expect(g).toMatchObject({ from: '2025-01', to: '2025-03', reference: 'b' });
    expect(g?.segments.map((s) => [s.segment, s.accounts])).toEqual([
      ['b', 1000],
      ['a', 1500],
    ]);
  });

  it('answers null without rows and names the problem of bad rows', () => {
    expect(outcomeGaps([])).toBeNull();
    expect(() => outcomeGaps([row('vulnerable', '2025-01')])).toThrow(/reference segment "other"/);
    expect(() => outcomeGaps([row('other', '2025-01', { cured: 90 })])).toThrow(
      /outcomes row 0 \(period 2025-01, segment other\): cured is 90, more than entered \(80\)/,
    );
    expect(() => outcomeGaps([row('other', '2025-01', { complained: -1 })])).toThrow(KpiInputError);
    expect(() => outcomeGaps([row('', '2025-01')])).toThrow(KpiInputError);
  });

  it('property: a gap is flagged exactly when Holm–Bonferroni rejects it and its whole interval is on the worse side of zero; crossing zero is never flagged', () => {
    const counts = fc
      .record({
        accounts: fc.integer({ min: 0, max: 5000 }),
        o: fc.double({ min: 0, max: 1, noNaN: true }),
        e: fc.integer({ min: 0, max: 3000 }),
        c: fc.double({ min: 0, max: 1, noNaN: true }),
        k: fc.double({ min: 0, max: 0.05, noNaN: true }),
        a: fc.double({ min: 0, max: 1, noNaN: true }),
        r3: fc.double({ min: 0, max: 1, noNaN: true }),
        r6: fc.double({ min: 0, max: 1, noNaN: true }),
      })
      .map(({ accounts, o, e, c, k, a, r3, r6 }) => {
        const overdue = Math.floor(accounts * o);
        const arrangements = Math.floor(overdue * a);
        const redefault6 = Math.floor(arrangements * r6);
        return {
          accounts,
          overdue,
          entered: e,
          cured: Math.floor(e * c),
          complained: Math.floor(accounts * k),
          arrangements,
          redefault3: Math.floor(redefault6 * r3),
          redefault6,
        };
      });
    fc.assert(
      fc.property(counts, counts, (ref, mine) => {
        const g = outcomeGaps([row('other', '2025-01', ref), row('vulnerable', '2025-01', mine)]);
        const seg = g?.segments[1];
        const tested = (seg?.measures ?? []).filter((m) => m.p !== null);
        // Holm over the compared gaps, computed apart from outcomeGaps.
        const holm = holmBonferroni(tested.map((m) => m.p ?? 1));
        tested.forEach((m, i) => expect(m.adjustedP).toBe(holm.adjusted[i]));
        expect(g?.comparisons).toBe(tested.length);
        for (const m of seg?.measures ?? []) {
          const spec = OUTCOME_MEASURES.find((s) => s.key === m.measure);
          const low = m.gap?.low ?? null;
          const high = m.gap?.high ?? null;
          const worseSide = low !== null && high !== null && (spec?.worse === 'higher' ? low > 0 : high < 0);
          const crosses = low !== null && high !== null && low <= 0 && high >= 0;
          const rejected = m.adjustedP !== null && m.adjustedP <= 0.05;
          // A rejected gap's unadjusted 95 % interval excludes zero (adjusted p ≥ p).
          if (rejected && !crosses) expect(low !== null && (low > 0 || (high ?? 0) < 0)).toBe(true);
          expect(m.reading === 'worse').toBe(worseSide && rejected);
          if (crosses || !rejected) expect(m.reading === 'no-gap' || m.reading === 'no-data').toBe(true);
          expect(g?.flags.some((f) => f.measure === m.measure)).toBe(worseSide && rejected);
          // Rates and gaps from the summed counts, independently: numerator ÷ denominator.
          if (m.denominator > 0) expect(m.rate.estimate).toBeCloseTo(m.numerator / m.denominator, 12);
        }
      }),
    );
  });
});

describe('customerOutcomesToRows', () => {
  const rec = (period: string, segment: string, flags: Partial<CustomerOutcome> = {}): CustomerOutcome => ({
    period,
    segment,
    overdue: false,
    entered: false,
    cured: false,
    complained: false,
    arrangement: false,
    redefault3: false,
    redefault6: false,
    ...flags,
  });

  it('counts account-months per period and segment (hand-counted), sorted', () => {
    const rows = customerOutcomesToRows([
      rec('2025-02', 'other'),
      rec('2025-01', 'vulnerable', { overdue: true, arrangement: true, redefault3: true, redefault6: true }),
      rec('2025-01', 'vulnerable', { entered: true, cured: true, overdue: true, complained: true }),
      rec('2025-01', 'vulnerable', { entered: true, overdue: true }),
      // A cure without an entry and a re-default without an arrangement are not counted.
      rec('2025-01', 'other', { cured: true, redefault6: true }),
    ]);
    expect(rows).toEqual([
      {
        period: '2025-01',
        segment: 'other',
        accounts: 1,
        overdue: 0,
        entered: 0,
        cured: 0,
        complained: 0,
        arrangements: 0,
        redefault3: 0,
        redefault6: 0,
      },
      {
        period: '2025-01',
        segment: 'vulnerable',
        accounts: 3,
        overdue: 3,
        entered: 2,
        cured: 1,
        complained: 1,
        arrangements: 1,
        redefault3: 1,
        redefault6: 1,
      },
      {
        period: '2025-02',
        segment: 'other',
        accounts: 1,
        overdue: 0,
        entered: 0,
        cured: 0,
        complained: 0,
        arrangements: 0,
        redefault3: 0,
        redefault6: 0,
      },
    ]);
  });
});

describe('outcomeGaps over many months: account-month measures count each account once', () => {
  // 24 months of the same accounts: the reference 20,000 a month, 5.0 % past due; hardship 1,000 a month,
  // 5.7 % past due. Counted as 480,000 and 24,000 independent account-months the gap (+0.7 pp) would look
  // certain (≈ [+0.4, +1.0] pp); counted as 20,000 and 1,000 accounts it is not (≈ [−0.8, +2.2] pp): one
  // account's months are not independent, so a flag here would be false.
  const months = Array.from(
    { length: 24 },
    (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
  );
  const rows = months.flatMap((p) => [
    row('other', p, { accounts: 20_000, overdue: 1000, complained: 80, arrangements: 120 }),
    row('hardship', p, { accounts: 1000, overdue: 57, complained: 4, arrangements: 6 }),
  ]);
  const result = outcomeGaps(rows);
  const overdue = result?.segments[1]?.measures.find((m) => m.measure === 'overdue');

  it('keeps the pooled rate and counts, but the interval of 24 months equals that of one month of the same rates', () => {
    expect(overdue?.numerator).toBe(57 * 24);
    expect(overdue?.denominator).toBe(1000 * 24);
    const one = outcomeGaps(rows.filter((r) => r.period === '2024-01'))?.segments[1]?.measures[0];
    expect(overdue?.rate).toEqual(one?.rate);
    expect(overdue?.gap).toEqual(one?.gap);
    expect(overdue?.gap?.low).toBeLessThan(0);
    expect(overdue?.reading).toBe('no-gap');
    expect(result?.flags.filter((f) => ['overdue', 'complaint', 'arrangement'].includes(f.measure))).toEqual([]);
  });

  it('does not scale events that happen once per account (cure among those entering arrears)', () => {
    const cure = result?.segments[1]?.measures.find((m) => m.measure === 'cure');
    const one = outcomeGaps(rows.filter((r) => r.period === '2024-01'))?.segments[1]?.measures[1];
    expect(cure?.gap?.high ?? 0).toBeLessThan(one?.gap?.high ?? 0);
  });

  it('reads quarters as three months and years as twelve', () => {
    const quarters = ['2024-Q1', '2024-Q2'].flatMap((p) => [
      row('other', p, { accounts: 60_000, overdue: 3000, complained: 240, arrangements: 360 }),
      row('hardship', p, { accounts: 3000, overdue: 171, complained: 12, arrangements: 18 }),
    ]);
    const q = outcomeGaps(quarters)?.segments[1]?.measures[0];
    const m = outcomeGaps(rows.filter((r) => r.period === '2024-01'))?.segments[1]?.measures[0];
    expect(q?.gap?.low).toBeCloseTo(m?.gap?.low ?? NaN, 12);
  });
});
