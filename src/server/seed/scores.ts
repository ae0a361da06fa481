/**
 * Repayment-model scores for the seeded warehouse (`scores` table): every delinquent account-month with a next
 * month on book is scored with a predicted probability of being current again next month (the simulator's
 * cure rate of its bucket, ± 10 points of noise), banded S01 (0–10 %) … S10 (90–100 %); `repaid` is what the
 * account then did. Own random stream (seed-derived), so the other tables' rows are unchanged.
 */
import { mulberry32 } from './random.js';
import type { AccountPeriodRow, ScoreTableRow } from './tables.js';

const bucketOf = (dpd: number) => (dpd === 0 ? 0 : Math.min(7, Math.ceil(dpd / 30)));

/** Scores of the delinquent `active` rows of `accountPeriod` (rows of one account in month order, as the simulator writes them). */
export function simulateScores(
  accountPeriod: readonly AccountPeriodRow[],
  seed: number,
  cure: readonly number[],
): ScoreTableRow[] {
  const rnd = mulberry32((seed ^ 0x5c0 ^ 0x9e3779b9) >>> 0);
  const out: ScoreTableRow[] = [];
  for (let i = 0; i + 1 < accountPeriod.length; i++) {
    const r = accountPeriod[i];
    const next = accountPeriod[i + 1];
    if (!r || !next || r.status !== 'active' || r.dpd < 1 || next.account_id !== r.account_id) continue;
    const base = cure[bucketOf(r.dpd)] ?? 0;
    const predicted = Math.round(Math.min(0.999, Math.max(0.001, base + (rnd() - 0.5) * 0.2)) * 10_000) / 10_000;
    out.push({
      account_id: r.account_id,
      scored_on: r.period,
      band: `S${String(Math.min(10, Math.floor(predicted * 10) + 1)).padStart(2, '0')}`,
      predicted,
      repaid: next.status === 'active' ? next.dpd === 0 : next.status === 'closed',
      product: r.product,
      region: r.region,
    });
  }
  return out;
}
