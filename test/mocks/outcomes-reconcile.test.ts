/**
 * The fair-outcomes simulator: each segment's `outcomes` rows equal the `overdue`, `roll-rates` and
 * `complaints` metrics filtered by that segment, the segments' answers add up to the whole book, rates stay
 * in plausible ranges, and `outcomeGaps` finds the known gap (vulnerable customers cure 10 points less, and
 * as its consequence are more often overdue) and flags none of the truly equal measures, for several seeds.
 */
import { describe, expect, it } from 'vitest';
import { mockResponse, type MockQuery } from '../../mocks/portfolio.js';
import { KNOWN_GAP, OUTCOME_TRUTHS } from '../../mocks/simulate/outcomes.js';
import { SEGMENT_METRICS } from '../../src/model/metrics.js';
import { mergeResponses, type MetricResponse } from '../../src/server/merge.js';
import { nonZero, outcomeCounts, segmentCounts } from '../support/segment-counts.js';
import { normalise } from '../server/records-expected.js';
import { validateResponse } from '../../src/data/validate.js';
import { outcomeGaps } from '../../src/kpi/outcomes.js';

const sum = <T>(rows: readonly T[], f: (r: T) => number) => rows.reduce((a, r) => a + f(r), 0);

describe('mock outcomes reconcile with overdue, roll-rates and complaints per segment', () => {
  const queries: MockQuery[] = [
    { from: '2024-03', to: '2024-09' },
    { region: 'west' },
    { product: 'auto', to: '2023-06' },
    { from: '2025-01', to: '2025-12', region: 'north,south' },
  ];
  const segments = OUTCOME_TRUTHS.map((t) => t.segment);

  it.each(queries)("each segment's outcomes equal the metrics filtered by it, month by month, for %j", (query) => {
    for (const segment of segments) {
      const q = { ...query, segment };
      const outcomes = validateResponse('outcomes', mockResponse('outcomes', q)).rows;
      expect(outcomes.map((r) => r.segment)).toEqual(outcomes.map(() => segment));
      const mine = outcomeCounts(outcomes);
      expect(mine.size).toBeGreaterThan(0);
      const implied = segmentCounts(
        mockResponse('overdue', q).rows,
        mockResponse('roll-rates', q).rows,
        mockResponse('complaints', q).rows,
      );
      expect(mine).toEqual(nonZero(implied));
    }
  });

  it.each(queries)(
    'overdue, roll-rates, complaints and outcomes of the segments add up to the whole book for %j',
    (query) => {
      for (const metric of SEGMENT_METRICS) {
        const all = mockResponse(metric, query) as unknown as MetricResponse;
        const parts = segments.map(
          (segment) => mockResponse(metric, { ...query, segment }) as unknown as MetricResponse,
        );
        const merged = mergeResponses(metric, parts);
        expect(all.rows.length).toBeGreaterThan(0);
        expect(normalise(merged.rows), metric).toEqual(normalise(all.rows));
        if (all.exposure)
          expect(normalise(merged.exposure ?? []), `${metric} exposure`).toEqual(normalise(all.exposure));
      }
    },
  );

  it("a segment's roll-rates conserve its accounts: the M1 row of month t adds up to its M1 stock at t − 1", () => {
    const q = { from: '2024-01', to: '2024-12', segment: 'vulnerable' };
    const overdue = mockResponse('overdue', q).rows;
    const rolls = mockResponse('roll-rates', q).rows;
    for (const [i, period] of ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05'].entries()) {
      if (i === 0) continue;
      const stock = overdue.find(
        (r) => r.period === ['2024-01', '2024-02', '2024-03', '2024-04'][i - 1] && r.bucket === 'M1',
      );
      const out = sum(
        rolls.filter((r) => r.period === period && r.from === 'M1'),
        (r) => r.accounts,
      );
      expect(out).toBe(stock?.accounts);
    }
  });

  it('other metrics refuse the segment filter with a clear message', () => {
    expect(() => mockResponse('agents', { segment: 'vulnerable' })).toThrow(
      'Query parameter segment: the agents metric has no customer segment (only overdue, roll-rates, complaints, outcomes).',
    );
    expect(() => mockResponse('overdue', { segment: 'rich' })).toThrow(
      'Unknown segment "rich"; known: vulnerable, hardship, other.',
    );
  });

  it('rates stay in plausible ranges and segment shares are as declared', () => {
    const rows = mockResponse('outcomes', { from: '2024-01', to: '2025-12' }).rows;
    const all = sum(rows, (r) => r.accounts);
    for (const t of OUTCOME_TRUTHS.filter((x) => x.share < 1)) {
      const share =
        sum(
          rows.filter((r) => r.segment === t.segment),
          (r) => r.accounts,
        ) / all;
      expect(share).toBeGreaterThan(t.share * 0.9);
      expect(share).toBeLessThan(t.share * 1.1);
    }
    const g = outcomeGaps(rows);
    for (const s of g?.segments ?? []) {
      const rate = (k: string) => s.measures.find((m) => m.measure === k)?.rate.estimate ?? NaN;
      expect(rate('overdue')).toBeGreaterThan(0.02);
      expect(rate('overdue')).toBeLessThan(0.3);
      expect(rate('cure')).toBeGreaterThan(0.35);
      expect(rate('cure')).toBeLessThan(0.65);
      expect(rate('complaint')).toBeLessThan(0.01);
      expect(rate('redefault3')).toBeLessThanOrEqual(rate('redefault6'));
    }
  });
});

/** The flags the truths imply: the injected cure gap and the higher overdue rate it causes. */
const KNOWN_FLAGS = [`${KNOWN_GAP.segment} ${KNOWN_GAP.measure}`, `${KNOWN_GAP.segment} overdue`].sort();

describe("the simulator's known gap is found exactly", () => {
  it('the demo (default seed, 2024–2025) flags only vulnerable × cure (the true gap inside its interval) and its consequence, vulnerable × overdue', () => {
    const g = outcomeGaps(mockResponse('outcomes', { from: '2024-01', to: '2025-12' }).rows);
    expect(g?.flags.map((f) => `${f.segment} ${f.measure}`).sort()).toEqual(KNOWN_FLAGS);
    const flag = g?.flags.find((f) => f.measure === KNOWN_GAP.measure);
    expect(flag?.gap.low).toBeLessThan(KNOWN_GAP.difference);
    expect(flag?.gap.high).toBeGreaterThan(KNOWN_GAP.difference);
    // The truly equal measures read "no gap shown", never worse.
    const hardship = g?.segments.find((s) => s.segment === 'hardship');
    expect(hardship?.measures.map((m) => m.reading)).toEqual(Array(6).fill('no-gap'));
  });

  it('over 20 seeds the gap is always found, and the equal measures are flagged no more often than the 2.5 % one side of a 95 % interval allows', () => {
    let nulls = 0;
    let falseFlags = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const g = outcomeGaps(mockResponse('outcomes', { from: '2024-01', to: '2025-12' }, { seed }).rows);
      const flags = (g?.flags ?? []).map((f) => `${f.segment} ${f.measure}`);
      expect(flags).toContain(`${KNOWN_GAP.segment} ${KNOWN_GAP.measure}`);
      nulls += 2 * 6 - KNOWN_FLAGS.length;
      falseFlags += flags.filter((f) => !KNOWN_FLAGS.includes(f)).length;
    }
    // Binomial(200, 0.025): mean 5, P(≥ 11) < 1 %.
    expect(falseFlags).toBeLessThan(11);
    expect(nulls).toBe(200);
  });
});
