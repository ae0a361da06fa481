/**
 * `vintage` rows: per origination cohort (month in [from, to]) × months on book (1 … observed up to
 * `to`): originated accounts and amount, and accounts and balance at or beyond the threshold bucket
 * (default `M2`, i.e. more than 30 days past due). Always monthly cohorts, whatever the interval.
 */
import type { VintageRow } from '../../src/model/rows.js';
import { MockQueryError, type MockQuery, type ResolvedQuery } from '../query.js';
import type { MetricResult, Portfolio } from '../portfolio-types.js';
import { reportedMonth, selectSegments } from '../select.js';
import { BUCKETS } from '../catalog.js';

/** Index of the first delinquent bucket for a `threshold` parameter: bucket code or days past due. */
export function thresholdBucket(threshold: string | undefined): number {
  if (threshold === undefined || threshold === '') return 2;
  if (/^\d+$/.test(threshold)) {
    // "more than d days past due": the bucket holding day d + 1 (M0 0, M1 1–30, M2 31–60, …).
    const d = Number(threshold);
    return d === 0 ? 1 : Math.min(BUCKETS.length - 1, Math.floor(d / 30) + 1);
  }
  const index = BUCKETS.indexOf(threshold.replace(/\+$/, '') as (typeof BUCKETS)[number]);
  const open = BUCKETS.indexOf(threshold as (typeof BUCKETS)[number]);
  const b = open >= 0 ? open : index;
  if (b < 1)
    throw new MockQueryError(
      `Bad "threshold" ${JSON.stringify(threshold)}: expected a bucket code (M1…M7+) or days past due.`,
    );
  return b;
}

/** Builds `vintage` rows. */
export function vintageRows(p: Portfolio, q: ResolvedQuery, raw: MockQuery): MetricResult<'vintage'> {
  const from = thresholdBucket(raw.threshold);
  const B = p.buckets.length;
  const segments = selectSegments(p, q);
  const rows: VintageRow[] = [];
  for (let c = q.first; c <= q.last; c++) {
    let originatedAccounts = 0;
    let originatedAmount = 0;
    const maxMob = q.last - c;
    const delinquentAccounts = new Float64Array(maxMob + 1);
    const delinquentBalance = new Float64Array(maxMob + 1);
    for (const s of segments) {
      const cohort = s.cohorts[c];
      if (!cohort || cohort.month !== c) continue;
      originatedAccounts += cohort.accounts;
      originatedAmount += cohort.amount;
      for (let mob = 1; mob <= maxMob; mob++) {
        for (let b = from; b < B; b++) {
          delinquentAccounts[mob]! += cohort.accountsByMob[mob * B + b]!;
          delinquentBalance[mob]! += cohort.balanceByMob[mob * B + b]!;
        }
      }
    }
    for (let mob = 1; mob <= maxMob; mob++) {
      rows.push({
        cohort: reportedMonth(p, c),
        mob,
        originatedAccounts,
        originatedAmount,
        delinquentAccounts: delinquentAccounts[mob]!,
        delinquentBalance: delinquentBalance[mob]!,
      });
    }
  }
  return { rows };
}
