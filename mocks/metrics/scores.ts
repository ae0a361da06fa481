/**
 * `scores` rows: per period × score band, the accounts scored in the books the query selects, the sum of
 * their predicted repayment probabilities (to the cent of a probability sum: 2 decimals) and the repayments
 * observed (mocks/simulate/scores.ts, with its drift month). Quarters and years sum their months.
 */
import type { ScoreRow } from '../../src/model/rows.js';
import { monthIndex } from '../calendar.js';
import { periodGroups, type ResolvedQuery } from '../query.js';
import type { MetricResult, Portfolio } from '../portfolio-types.js';
import { selectSegments } from '../select.js';
import { SCORE_BANDS, SCORE_DRIFT_MONTH, scoreBookMonth } from '../simulate/scores.js';

/** Builds `scores` rows. */
export function scoreRows(p: Portfolio, q: ResolvedQuery): MetricResult<'scores'> {
  const segments = selectSegments(p, q);
  const drift = monthIndex(SCORE_DRIFT_MONTH);
  const rows: ScoreRow[] = [];
  for (const group of periodGroups(q, p.start)) {
    const sums = SCORE_BANDS.map(() => ({ accounts: 0, predicted: 0, repaid: 0 }));
    for (const s of segments) {
      for (const r of group.months) {
        const month = p.start + r;
        scoreBookMonth(p.options.seed, s.product, s.region, month, month >= drift).forEach((b, k) => {
          const sum = sums[k];
          if (!sum) return;
          sum.accounts += b.accounts;
          sum.predicted += b.predicted;
          sum.repaid += b.repaid;
        });
      }
    }
    SCORE_BANDS.forEach((band, k) => {
      const sum = sums[k];
      if (sum && sum.accounts > 0)
        rows.push({
          period: group.label,
          band,
          accounts: sum.accounts,
          predicted: Math.round(sum.predicted * 100) / 100,
          repaid: sum.repaid,
        });
    });
  }
  return { rows };
}
