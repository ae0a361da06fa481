import type { BucketConfig } from '../model/buckets.js';
import type { Basis } from '../model/metrics.js';
import type { OverdueRow } from '../model/rows.js';
import { bucketIndex, DEFAULT_BUCKETS, resolveBucketSet } from './buckets.js';
import { KpiInputError } from './errors.js';

/** A rate with the numbers it comes from. `rate` is null when the denominator is 0 or suppressed. */
export interface OverdueRate {
  period: string;
  /** The requested bucket or bucket set, e.g. `M2` or `M1+`. */
  bucket: string;
  numerator: number;
  denominator: number;
  rate: number | null;
  /** True when the denominator is below `minDenominator`: too small to trust, not shown. */
  suppressed?: boolean;
}

/** Options of `overdueRates`. */
export interface OverdueRateOptions {
  /** Buckets or bucket sets (`M1`, `M2+`) to compute, in output order. */
  buckets: readonly string[];
  basis: Basis;
  config?: BucketConfig;
  /** Rates whose denominator is below this are suppressed (rate null, `suppressed: true`). */
  minDenominator?: number;
}

/** Checks one count/amount field of a row: finite and not negative. */
export function checkAmount(what: string, rowIndex: number, key: string, field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new KpiInputError('not-finite', `${what} row ${rowIndex} (${key}): ${field} is ${String(value)}, must be a finite number`, rowIndex, field);
  }
  if (value < 0) throw new KpiInputError('negative', `${what} row ${rowIndex} (${key}): ${field} is ${value}, must be ≥ 0`, rowIndex, field);
  return value;
}

/**
 * Overdue rate per period and requested bucket (set): accounts or balance in the bucket set ÷ all
 * accounts or balance of the period (every bucket, current included) — 逾期率. Periods ascend.
 * Bad rows (negative, non-finite, unknown bucket, duplicate period × bucket) throw `KpiInputError`.
 */
export function overdueRates(rows: readonly OverdueRow[], options: OverdueRateOptions): OverdueRate[] {
  const config = options.config ?? DEFAULT_BUCKETS;
  const field = options.basis === 'count' ? 'accounts' : 'balance';
  const nb = config.length;
  const sets = options.buckets.map((b) => resolveBucketSet(b, config).map((code) => bucketIndex(code, config)));
  const periods = new Map<string, Float64Array>();
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const key = `period ${row.period}, bucket ${row.bucket}`;
    const b = bucketIndex(row.bucket, config);
    if (b < 0) throw new KpiInputError('unknown-bucket', `overdue row ${i} (${key}): unknown bucket "${row.bucket}"`, i, 'bucket');
    const dup = `${row.period}\u0000${b}`;
    if (seen.has(dup)) throw new KpiInputError('duplicate', `overdue row ${i} (${key}): a second row for the same period and bucket`, i, 'bucket');
    seen.add(dup);
    checkAmount('overdue', i, key, 'accounts', row.accounts);
    const v = checkAmount('overdue', i, key, 'balance', row.balance);
    let sums = periods.get(row.period);
    if (!sums) periods.set(row.period, (sums = new Float64Array(nb)));
    sums[b] = field === 'accounts' ? row.accounts : v;
  });
  const min = options.minDenominator ?? 0;
  const out: OverdueRate[] = [];
  for (const period of [...periods.keys()].sort()) {
    const sums = periods.get(period)!;
    let denominator = 0;
    for (let b = 0; b < nb; b++) denominator += sums[b]!;
    options.buckets.forEach((bucket, k) => {
      let numerator = 0;
      for (const b of sets[k]!) numerator += sums[b]!;
      const suppressed = denominator > 0 && denominator < min;
      out.push({
        period,
        bucket,
        numerator,
        denominator,
        rate: denominator > 0 && !suppressed ? numerator / denominator : null,
        ...(suppressed ? { suppressed } : {}),
      });
    });
  }
  return out;
}
