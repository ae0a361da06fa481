/** Overdue rate (逾期率) per period and bucket set, from `overdue` rows. */
import type { Basis } from '../model/metrics.js';
import type { OverdueRow } from '../model/rows.js';
import { bucketIndex, DEFAULT_BUCKETS, resolveBucketSet, validateBucketConfig } from './buckets.js';
import { KpiInputError } from './errors.js';
import type { OverdueRate, OverdueRateOptions } from './types.js';
import { checkAmount, checkLabel } from './validate.js';
import { at, sortedEntries } from '../model/at.js';

export type { OverdueRate, OverdueRateOptions } from './types.js';

/**
 * Sums `overdue` rows per period into one column per bucket (`accounts` or `balance`), checking every
 * row: known bucket (`C` = first bucket), finite and ≥ 0 amounts, one row per period × bucket.
 * Returns the periods in ascending order with their sums (aligned with `config`).
 */
export function overdueByPeriod(
  rows: readonly OverdueRow[],
  basis: Basis,
  config = DEFAULT_BUCKETS,
): Map<string, Float64Array> {
  validateBucketConfig(config);
  const nb = config.length;
  const periods = new Map<string, Float64Array>();
  rows.forEach((row, i) => {
    const period = checkLabel('overdue', i, 'period', row.period);
    const key = `period ${period}, bucket ${row.bucket}`;
    const b = bucketIndex(row.bucket, config);
    if (b < 0)
      throw new KpiInputError(
        'unknown-bucket',
        `overdue row ${i} (${key}): unknown bucket "${row.bucket}"`,
        i,
        'bucket',
      );
    const accounts = checkAmount('overdue', i, key, 'accounts', row.accounts);
    const balance = checkAmount('overdue', i, key, 'balance', row.balance);
    let sums = periods.get(period);
    if (!sums) {
      sums = new Float64Array(nb).fill(NaN);
      periods.set(period, sums);
    }
    if (!Number.isNaN(at(sums, b)))
      throw new KpiInputError(
        'duplicate',
        `overdue row ${i} (${key}): a second row for the same period and bucket`,
        i,
        'bucket',
      );
    sums[b] = basis === 'count' ? accounts : balance;
  });
  const sorted = new Map<string, Float64Array>();
  for (const [period, sums] of sortedEntries(periods)) {
    for (let b = 0; b < nb; b++) if (Number.isNaN(at(sums, b))) sums[b] = 0;
    sorted.set(period, sums);
  }
  return sorted;
}

/**
 * Overdue rate per period and requested bucket (set): accounts or balance in the bucket set ÷ all
 * accounts or balance of the period (every bucket, current included) — 逾期率. Output is ordered by
 * period ascending (rows may come in any order), then by the order of `buckets`. A period without a
 * row for a bucket counts 0 there. `rate` is null when the denominator is 0; a denominator above 0
 * but below `minDenominator` gives `suppressed: true` and a null rate.
 * Bad rows (negative, non-finite, unknown bucket, duplicate period × bucket) throw `KpiInputError`.
 * @example overdueRates(rows, { buckets: ['M1+', 'M2'], basis: 'balance' })
 */
export function overdueRates(rows: readonly OverdueRow[], options: OverdueRateOptions): OverdueRate[] {
  const config = options.config ?? DEFAULT_BUCKETS;
  const sets = options.buckets.map((b) => resolveBucketSet(b, config).map((code) => bucketIndex(code, config)));
  const min = options.minDenominator ?? 0;
  const out: OverdueRate[] = [];
  for (const [period, sums] of overdueByPeriod(rows, options.basis, config)) {
    let denominator = 0;
    for (let b = 0; b < sums.length; b++) denominator += at(sums, b);
    options.buckets.forEach((bucket, k) => {
      let numerator = 0;
      for (const b of at(sets, k)) numerator += at(sums, b);
      const suppressed = denominator > 0 && denominator < min;
      const r: OverdueRate = {
        period,
        bucket,
        numerator,
        denominator,
        rate: denominator > 0 && !suppressed ? numerator / denominator : null,
      };
      if (suppressed) r.suppressed = true;
      out.push(r);
    });
  }
  return out;
}
