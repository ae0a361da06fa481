import type { BucketConfig } from '../model/buckets.js';
import type { OverdueColumns } from '../model/columns.js';
import type { Basis } from '../model/metrics.js';
import { bucketIndex, DEFAULT_BUCKETS, resolveBucketSet } from './buckets.js';
import { KpiInputError } from './errors.js';
import { createRatioSeries, ratioSeriesColumn, summarizeRatioBlock, type RatioSeries } from './ratio-series.js';
import { at } from '../model/at.js';

/** One overdue-rate series as columns: x = period time, y = rate (NaN when undefined), with its parts. `xs` and `denominators` are shared by all series of one call: treat them as read-only. */
export interface OverdueRateColumns {
  bucket: string;
  xs: Float64Array;
  ys: Float64Array;
  numerators: Float64Array;
  denominators: Float64Array;
}

/**
 * Overdue rates (逾期率) of several buckets or bucket sets as a summarised `RatioSeries`, one series per
 * requested bucket (`buckets[k]` is series `k`): numerator = the set's accounts or balance columns,
 * denominator = all bucket columns; values by `ratioSeriesAt`, drawn by `downsampleRatioSeries`,
 * scaled by `ratioSeriesExtent`. No column of sums or rates is kept: the inputs are read in place.
 */
export interface OverdueRateParts extends RatioSeries {
  /** The requested buckets or bucket sets: series `k` is `buckets[k]`. */
  buckets: readonly string[];
  xs: Float64Array;
}

/** Options of `overdueRateParts` and `overdueRateColumns`. */
export interface OverdueColumnsOptions {
  /** Buckets or bucket sets, one series each, e.g. `['M1', 'M2+']`. */
  buckets: readonly string[];
  basis: Basis;
  config?: BucketConfig;
  /** Denominators below this give NaN rates. */
  minDenominator?: number;
}

/**
 * The checks in the order of the rules, column by column: unknown code, length, then every value
 * (finite, ≥ 0). Throws the first failure as a `KpiInputError`. The fast path calls it only once it
 * knows something is wrong, so that which error is reported never depends on how the work is split.
 */
function checkColumns(
  codes: readonly string[],
  source: readonly ArrayLike<number>[],
  n: number,
  field: string,
  config: BucketConfig,
): void {
  codes.forEach((code, k) => {
    if (bucketIndex(code, config) < 0)
      throw new KpiInputError('unknown-bucket', `overdue columns: unknown bucket "${code}"`, null, 'buckets');
    const col = source[k];
    if (!col || col.length !== n) {
      throw new KpiInputError(
        'missing',
        `overdue columns: ${field} of ${code} has ${col?.length ?? 0} values, expected ${n}`,
        null,
        field,
      );
    }
    for (let i = 0; i < n; i++) {
      const v = col[i] ?? NaN;
      if (!(v >= 0) || v === Infinity) {
        throw new KpiInputError(
          Number.isFinite(v) ? 'negative' : 'not-finite',
          `overdue columns: ${field} of ${code} at index ${i} is ${v}, must be a finite number ≥ 0`,
          i,
          field,
        );
      }
    }
  });
}

/** Points per block: a block of every column stays in cache while it is checked, summed and summarised. */
const BLOCK = 4096;

/**
 * Adds up to four columns over `[from, to)` to `sum[i − from]`, point by point and in column order
 * (the same floating-point sums as adding one column after the other to zeros), if every value is
 * finite and ≥ 0; false at the first value that is not. `fresh`: start from 0, not from `sum`. One
 * pass for up to four columns: reading the columns is what this costs.
 */
function addColumns(
  sum: Float64Array,
  group: readonly ArrayLike<number>[],
  fresh: boolean,
  from: number,
  to: number,
): boolean {
  const a = at(group, 0);
  const b = group[1] ?? a;
  const c = group[2] ?? a;
  const d = group[3] ?? a;
  switch (group.length) {
    case 1:
      for (let i = from; i < to; i++) {
        const u = a[i] ?? NaN;
        if (!(u >= 0 && u < Infinity)) return false;
        sum[i - from] = (fresh ? 0 : (sum[i - from] ?? NaN)) + u;
      }
      return true;
    case 2:
      for (let i = from; i < to; i++) {
        const u = a[i] ?? NaN,
          v = b[i] ?? NaN;
        if (!(u >= 0 && u < Infinity && v >= 0 && v < Infinity)) return false;
        sum[i - from] = (fresh ? 0 : (sum[i - from] ?? NaN)) + u + v;
      }
      return true;
    case 3:
      for (let i = from; i < to; i++) {
        const u = a[i] ?? NaN,
          v = b[i] ?? NaN,
          w = c[i] ?? NaN;
        if (!(u >= 0 && u < Infinity && v >= 0 && v < Infinity && w >= 0 && w < Infinity)) return false;
        sum[i - from] = (fresh ? 0 : (sum[i - from] ?? NaN)) + u + v + w;
      }
      return true;
    default:
      for (let i = from; i < to; i++) {
        const u = a[i] ?? NaN,
          v = b[i] ?? NaN,
          w = c[i] ?? NaN,
          z = d[i] ?? NaN;
        if (!(u >= 0 && u < Infinity && v >= 0 && v < Infinity && w >= 0 && w < Infinity && z >= 0 && z < Infinity))
          return false;
        sum[i - from] = (fresh ? 0 : (sum[i - from] ?? NaN)) + u + v + w + z;
      }
      return true;
  }
}

/** Columns in groups of up to four, for `addColumns`. */
function groups<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let g = 0; g < list.length; g += 4) out.push(list.slice(g, g + 4));
  return out;
}

/**
 * The parts of overdue rates (逾期率) for each requested bucket or bucket set from columnar data, as a
 * summarised `RatioSeries`: numerator = the set's accounts or balance, denominator = all buckets of the
 * period. One pass over the data, a block of points at a time: every column is checked and added up
 * (sums of the block only, kept in cache), then the block's rates are summarised for drawing. No
 * column is copied and no column of sums or rates is built. Negative or non-finite values throw
 * `KpiInputError` naming the bucket column and index, unknown bucket codes `unknown-bucket`, short
 * columns `missing` (the first failure in column order, as `overdueRateColumns` always did).
 * @example
 * const parts = overdueRateParts(columns, { buckets: ['M1', 'M2+'], basis: 'balance' });
 * ratioSeriesAt(parts, 0, 0) // M1 rate of the first period
 * const [m1, m2plus] = downsampleRatioSeries(parts, 800) // what 800 px can show
 */
export function overdueRateParts(columns: OverdueColumns, options: OverdueColumnsOptions): OverdueRateParts {
  const config = options.config ?? DEFAULT_BUCKETS;
  const n = columns.times.length;
  const source = options.basis === 'count' ? columns.accounts : columns.balance;
  const field = options.basis === 'count' ? 'accounts' : 'balance';
  // Which configured buckets each requested series adds up (unknown requested codes throw here, first).
  const sets = options.buckets.map(
    (bucket) => new Set(resolveBucketSet(bucket, config).map((code) => bucketIndex(code, config))),
  );
  const codes = columns.buckets;
  const index = codes.map((code) => bucketIndex(code, config));
  if (index.some((b, k) => b < 0 || source[k]?.length !== n)) checkColumns(codes, source, n, field, config);
  const cols = codes.map((_, k) => at(source, k));
  // The columns each series adds up, in column order.
  const members = sets.map((set) => cols.filter((_, k) => set.has(at(index, k))));
  const xs = columns.times instanceof Float64Array ? columns.times : new Float64Array(columns.times);
  // Object.assign, not a spread copy: the object keeps the shape createRatioSeries gave it (plus `buckets`), the
  // one every function reading it in the hot loops was optimised for; the copy's own shape deoptimised them.
  const parts: OverdueRateParts = Object.assign(createRatioSeries(xs, members, cols, options.minDenominator ?? 0), {
    buckets: options.buckets,
    xs,
  });
  const den = new Float64Array(BLOCK);
  // Sums for the sets of several buckets (zeros for none); a set of one bucket is read in place.
  const nums = members.map((m) => (m.length === 1 ? undefined : new Float64Array(BLOCK)));
  // The last two columns are checked and added in the summary's own pass (den: the others' sums, or zeros).
  const lastA = cols[cols.length - 2],
    lastB = cols[cols.length - 1];
  const last: [ArrayLike<number>, ArrayLike<number>] | undefined = lastA && lastB ? [lastA, lastB] : undefined;
  const all = groups(last ? cols.slice(0, -2) : cols);
  const sums = members.map((m) => (m.length === 1 ? [] : groups(m)));
  // Throws the first bad value in column order, once one is found.
  const fail = () => checkColumns(codes, source, n, field, config);
  for (let from = 0; from < n; from += BLOCK) {
    const to = Math.min(n, from + BLOCK);
    all.forEach((g, j) => {
      if (!addColumns(den, g, j === 0, from, to)) fail();
    });
    sums.forEach((gs, k) => {
      const out = nums[k]; // none for a set of one bucket (and then no groups either)
      if (out) gs.forEach((g, j) => addColumns(out, g, j === 0, from, to));
    });
    // (the values of sets of one bucket are checked with the denominators, before they are read)
    if (!summarizeRatioBlock(parts, from, to, den, nums, last)) fail();
  }
  return parts;
}

/**
 * Overdue rates (逾期率) for each requested bucket or bucket set from columnar data, as columns:
 * `overdueRateParts` plus the rate column. A zero (or, with `minDenominator`, too small) denominator
 * gives NaN, never Infinity. Negative or non-finite values throw `KpiInputError` naming the bucket
 * column and index.
 */
export function overdueRateColumns(columns: OverdueColumns, options: OverdueColumnsOptions): OverdueRateColumns[] {
  const parts = overdueRateParts(columns, options);
  const n = parts.xs.length;
  const sum = (cols: readonly ArrayLike<number>[]) => {
    const out = new Float64Array(n);
    for (const col of cols) for (let i = 0; i < n; i++) out[i] = (out[i] ?? NaN) + (col[i] ?? NaN);
    return out;
  };
  const denominators = sum(parts.denominators);
  return parts.buckets.map((bucket, k) => ({
    bucket,
    xs: parts.xs,
    ys: ratioSeriesColumn(parts, k),
    numerators: sum(at(parts.numerators, k)),
    denominators,
  }));
}
