import type { BucketConfig } from '../model/buckets.js';
import type { OverdueColumns } from '../model/columns.js';
import type { Basis } from '../model/metrics.js';
import { bucketIndex, DEFAULT_BUCKETS, resolveBucketSet } from './buckets.js';
import { KpiInputError } from './errors.js';

/** One overdue-rate series as columns: x = period time, y = rate (NaN when undefined), with its parts. */
export interface OverdueRateColumns {
  bucket: string;
  xs: Float64Array;
  ys: Float64Array;
  numerators: Float64Array;
  denominators: Float64Array;
}

/**
 * Overdue rates (逾期率) for each requested bucket or bucket set from columnar data, in one pass per
 * series: numerator = the set's accounts or balance, denominator = all buckets of the period. A zero
 * (or, with `minDenominator`, too small) denominator gives NaN, never Infinity. Negative or non-finite
 * values throw `KpiInputError` naming the bucket column and index.
 */
export function overdueRateColumns(
  columns: OverdueColumns,
  options: { buckets: readonly string[]; basis: Basis; config?: BucketConfig; minDenominator?: number },
): OverdueRateColumns[] {
  const config = options.config ?? DEFAULT_BUCKETS;
  const n = columns.times.length;
  const source = options.basis === 'count' ? columns.accounts : columns.balance;
  const field = options.basis === 'count' ? 'accounts' : 'balance';
  const byConfig: (ArrayLike<number> | null)[] = config.map(() => null);
  columns.buckets.forEach((code, k) => {
    const b = bucketIndex(code, config);
    if (b < 0) throw new KpiInputError('unknown-bucket', `overdue columns: unknown bucket "${code}"`, null, 'buckets');
    const col = source[k];
    if (!col || col.length !== n) {
      throw new KpiInputError('missing', `overdue columns: ${field} of ${code} has ${col?.length ?? 0} values, expected ${n}`, null, field);
    }
    for (let i = 0; i < n; i++) {
      const v = col[i]!;
      if (!(v >= 0) || v === Infinity) {
        throw new KpiInputError(Number.isFinite(v) ? 'negative' : 'not-finite', `overdue columns: ${field} of ${code} at index ${i} is ${v}, must be a finite number ≥ 0`, i, field);
      }
    }
    byConfig[b] = col;
  });
  const denominators = new Float64Array(n);
  for (const col of byConfig) if (col) for (let i = 0; i < n; i++) denominators[i] += col[i]!;
  const min = options.minDenominator ?? 0;
  return options.buckets.map((bucket) => {
    const numerators = new Float64Array(n);
    for (const code of resolveBucketSet(bucket, config)) {
      const col = byConfig[bucketIndex(code, config)];
      if (col) for (let i = 0; i < n; i++) numerators[i] += col[i]!;
    }
    const ys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const d = denominators[i]!;
      ys[i] = d > 0 && d >= min ? numerators[i]! / d : NaN;
    }
    return { bucket, xs: Float64Array.from(columns.times), ys, numerators, denominators: Float64Array.from(denominators) };
  });
}
