/**
 * Model monitoring math: AUC and KS from band counts against a direct pairwise computation on generated
 * records (every repayer–non-repayer pair compared by band rank, ties ½; KS by sweeping cut-offs over the
 * records themselves), PSI by hand, calibration intervals, and the simulator's drift month found exactly.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  calibration,
  discrimination,
  psi,
  scoreMonitor,
  scoreRecordsToRows,
  KpiInputError,
  wilson,
  type ScoredAccount,
} from '../../src/kpi/index.js';
import type { ScoreRow } from '../../src/model/rows.js';
import { mockResponse } from '../../mocks/portfolio.js';
import { SCORE_DRIFT_MONTH } from '../../mocks/simulate/scores.js';

/** AUC and KS of records directly: O(n²) pairs, and cumulative shares at every band cut-off. */
function direct(records: readonly { rank: number; repaid: boolean }[]): { auc: number; ks: number } {
  const pos = records.filter((r) => r.repaid);
  const neg = records.filter((r) => !r.repaid);
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p.rank > n.rank ? 1 : p.rank === n.rank ? 0.5 : 0;
  let ks = 0;
  for (const cut of new Set(records.map((r) => r.rank))) {
    const below = (xs: typeof records) => xs.filter((r) => r.rank <= cut).length / xs.length;
    ks = Math.max(ks, Math.abs(below(pos) - below(neg)));
  }
  return { auc: wins / (pos.length * neg.length), ks };
}

describe('discrimination (band-level AUC and KS)', () => {
  it('two bands by hand: AUC (8·8 + ½·8·2 + ½·2·8)/100 = 0.8, KS |8/10 − 2/10| = 0.6', () => {
    const d = discrimination([
      { band: 'a', accounts: 10, repaid: 2, predicted: 2 },
      { band: 'b', accounts: 10, repaid: 8, predicted: 8 },
    ]);
    expect(d.auc).toBeCloseTo(0.8, 12);
    expect(d.ks).toBeCloseTo(0.6, 12);
  });

  it('no repayers or no non-repayers: nothing to discriminate', () => {
    expect(discrimination([{ band: 'a', accounts: 5, repaid: 5, predicted: 4 }])).toEqual({ auc: null, ks: null });
  });

  it('property: equals the direct pairwise computation on generated records', () => {
    const record = fc.record({ rank: fc.integer({ min: 0, max: 6 }), repaid: fc.boolean() });
    fc.assert(
      fc.property(fc.array(record, { minLength: 2, maxLength: 120 }), (records) => {
        fc.pre(records.some((r) => r.repaid) && records.some((r) => !r.repaid));
        const bands = [...new Set(records.map((r) => r.rank))]
          .sort((a, b) => a - b)
          .map((rank) => {
            const inBand = records.filter((r) => r.rank === rank);
            return {
              band: String(rank),
              accounts: inBand.length,
              repaid: inBand.filter((r) => r.repaid).length,
              predicted: 0,
            };
          });
        const got = discrimination(bands);
        const want = direct(records);
        expect(got.auc!).toBeCloseTo(want.auc, 12);
        expect(got.ks!).toBeCloseTo(want.ks, 12);
      }),
    );
  });
});

describe('psi', () => {
  it('by hand: 50/50 against 25/75 = (.25 − .5)·ln(.5) + (.75 − .5)·ln(1.5) = 0.17329 + 0.10137 = 0.27465', () => {
    expect(
      psi(
        [
          { band: 'a', accounts: 25 },
          { band: 'b', accounts: 75 },
        ],
        [
          { band: 'a', accounts: 50 },
          { band: 'b', accounts: 50 },
        ],
      ),
    ).toBeCloseTo(0.27465, 5);
  });
  it('identical shapes: 0; an empty band counts as 0.0001 (by hand: (.0001 − .5)·ln(.0002) + (1 − .5)·ln(2) = 4.6040)', () => {
    expect(psi([{ band: 'a', accounts: 3 }], [{ band: 'a', accounts: 7 }])).toBe(0);
    expect(
      psi(
        [{ band: 'b', accounts: 10 }],
        [
          { band: 'a', accounts: 5 },
          { band: 'b', accounts: 5 },
        ],
      ),
    ).toBeCloseTo((0.0001 - 0.5) * Math.log(0.0002) + 0.5 * Math.log(2), 10);
    expect(psi([], [{ band: 'a', accounts: 1 }])).toBeNull();
  });
  it('property: never negative, symmetric', () => {
    const counts = fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(counts, counts, (a, e) => {
        const bands = (xs: number[]) => xs.map((accounts, i) => ({ band: String(i), accounts }));
        const x = psi(bands(a), bands(e))!;
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeCloseTo(psi(bands(e), bands(a))!, 12);
      }),
    );
  });
});

describe('calibration', () => {
  it('observed with its Wilson interval; the score-test interval around the prediction; outside when beyond it', () => {
    // 100 accounts predicted 0.30 on average: interval .30 ± 1.95996·√(.21/100) = [.21018, .38982]; 45 repaid is outside, 35 inside.
    const [out, inside] = calibration([
      { band: 'x', accounts: 100, repaid: 45, predicted: 30 },
      { band: 'y', accounts: 100, repaid: 35, predicted: 30 },
    ]);
    expect(out!.expectedLow).toBeCloseTo(0.21018, 5);
    expect(out!.expectedHigh).toBeCloseTo(0.38982, 5);
    expect(out!).toMatchObject({ observed: 0.45, low: wilson(45, 100).low, high: wilson(45, 100).high, outside: true });
    expect(inside!.outside).toBe(false);
  });
});

describe('scoreMonitor', () => {
  const row = (period: string, band: string, accounts: number, predicted: number, repaid: number): ScoreRow => ({
    period,
    band,
    accounts,
    predicted,
    repaid,
  });
  const rows = [
    row('2025-01', 'hi', 10, 8, 8),
    row('2025-01', 'lo', 10, 2, 2),
    row('2025-02', 'hi', 5, 4, 3),
    row('2025-02', 'lo', 15, 3, 6),
  ];
  it('orders bands by mean prediction, compares every period with the baseline, flags PSI and AUC', () => {
    const m = scoreMonitor(rows)!;
    expect(m.bandOrder).toEqual(['lo', 'hi']);
    expect(m.baseline.period).toBe('2025-01');
    expect(m.periods[0]!.psi).toBe(0);
    // 2025-02 shares .75/.25 vs .5/.5: PSI = .25·ln(1.5) + (−.25)·ln(.5) = 0.27465 > 0.25.
    expect(m.periods[1]!.psi).toBeCloseTo(0.27465, 5);
    expect(m.periods[1]!.flags.psi).toBe(true);
    // AUC 2025-02: pos lo 6, hi 3; neg lo 9, hi 2: (3·9 + ½·3·2 + ½·6·9)/(9·11) = 57/99.
    expect(m.periods[1]!.auc).toBeCloseTo(57 / 99, 12);
    expect(m.periods[1]!.aucDrop).toBeCloseTo(0.8 - 57 / 99, 12);
    expect(m.periods[1]!.flags.auc).toBe(true);
    expect(scoreMonitor(rows, { baseline: '2025-02' })!.periods[0]!.flags.auc).toBe(false);
  });

  it('bad rows and an unknown baseline throw KpiInputError naming them', () => {
    expect(scoreMonitor([])).toBeNull();
    expect(() => scoreMonitor([row('2025-01', 'a', 5, 3, 6)])).toThrow(/repaid is 6, more than accounts 5/);
    expect(() => scoreMonitor([row('2025-01', 'a', 5, 6, 1)])).toThrow(/predicted is 6, more than accounts 5/);
    expect(() => scoreMonitor([row('2025-01', 'a', 5, 1, 1), row('2025-01', 'a', 5, 1, 1)])).toThrow(/second row/);
    expect(() => scoreMonitor(rows, { baseline: '2024-12' })).toThrow(KpiInputError);
  });

  it('records → rows: count, Σ predicted and repayments per month × band', () => {
    const recs: ScoredAccount[] = [
      { period: '2025-01-03', band: 'a', predicted: 0.25, repaid: true },
      { period: '2025-01-20', band: 'a', predicted: 0.5, repaid: false },
      { period: '2025-02-01', band: 'b', predicted: 0.75, repaid: true },
    ];
    expect(scoreRecordsToRows(recs)).toEqual([row('2025-01', 'a', 2, 0.75, 1), row('2025-02', 'b', 1, 0.75, 1)]);
  });

  it(`the simulator's drift is found exactly at ${SCORE_DRIFT_MONTH}: PSI and AUC flags from that month on and never before`, () => {
    const { rows: mock } = mockResponse('scores', { from: '2024-01', to: '2025-12' });
    const m = scoreMonitor(mock)!;
    const first = (flag: (p: (typeof m.periods)[number]) => boolean) => m.periods.find(flag)?.period;
    expect(first((p) => p.flags.psi)).toBe(SCORE_DRIFT_MONTH);
    expect(first((p) => p.flags.auc)).toBe(SCORE_DRIFT_MONTH);
    const after = m.periods.filter((p) => p.period >= SCORE_DRIFT_MONTH);
    expect(
      after.every((p) => p.flags.psi && p.flags.auc && p.flags.bands.includes('S01') && p.flags.bands.includes('S10')),
    ).toBe(true);
    // Before the drift the model is calibrated: band flags only at about the 5 % a 95 % interval lets through.
    const before = m.periods.filter((p) => p.period < SCORE_DRIFT_MONTH);
    const flagged = before.reduce((s, p) => s + p.flags.bands.length, 0);
    expect(flagged / (before.length * 10)).toBeLessThan(0.1);
  });
});
