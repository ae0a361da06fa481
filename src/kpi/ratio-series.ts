/**
 * Ratio series for drawing long series without ratio columns: series whose values are a sum of
 * columns over another sum of columns (overdue rate = a bucket's balance ÷ all buckets' balance), with
 * a summary per block of 64 points that gives their extent and their minmax reduction to any width
 * without reading every point again (DESIGN.md, "Fast at any length").
 */

import { KpiInputError } from './errors.js';
import { badX, badXError, keepColumn } from './keep-column.js';
import type { Column, Downsampled } from './downsample.js';
import { at } from '../model/at.js';

/** Points per block of the summary. */
const BLOCK = 64;

/** Most points `summarizeRatioBlock` takes at once without `last` (the zeros it adds are this long). */
const BLOCK_OF_SUMS = 4096;

/**
 * Ratio series sharing x and a denominator: the value of point `i` of series `k` is
 * `(0 + Σ numerators[k][c][i]) / (0 + Σ denominators[c][i])` (sums in column order, as adding the
 * columns to zeros one after the other gives), NaN when the denominator is not > 0 or is below
 * `minDenominator`. The summary holds, per series and block of 64 points, the smallest and largest
 * value, where each is first found, and the first NaN, so that the extent is known and a minmax
 * reduction reads only the points of the blocks a pixel column cuts. Build with `ratioSeries`, or with `createRatioSeries` +
 * `summarizeRatioBlock` while the sums are being computed (and checked) block by block.
 */
export interface RatioSeries {
  xs: Column;
  /** Per series: the columns whose sum is its numerator. */
  numerators: readonly (readonly Column[])[];
  /** The columns whose sum is the denominator of every series. */
  denominators: readonly Column[];
  /** Smallest denominator that gives a value (0: any positive one). */
  minDenominator: number;
  /** Per series, per block of 64 points: the smallest and the largest value (low > high: none). */
  blockLow: Float64Array[];
  blockHigh: Float64Array[];
  /**
   * Per series, per block: index of the first point holding its smallest (largest) value, −1 when none:
   * the reduction keeps the first of equal extremes without reading the block again.
   */
  blockLowAt: Int32Array[];
  blockHighAt: Int32Array[];
  /** Per series, per block: index of the first NaN (a gap), −1 when none. */
  blockGap: Int32Array[];
  /** Per series `k`: `[2k]` the smallest and `[2k + 1]` the largest value summarised so far. */
  extents: Float64Array;
  /** Summarised points: `[0, summarized)`. */
  summarized: number;
  /** First index whose x is bad (not finite, or below the one before), −1 when none so far. */
  unsorted: number;
}

/** A denominator `d` gives a value exactly when `d >= floorOf(minDen)`: `d > 0 && d >= minDen` as one comparison. */
function floorOf(minDen: number): number {
  return minDen > 0 || minDen !== minDen ? minDen : Number.MIN_VALUE;
}

/** `0 + Σ cols[c][i]`, in column order. */
function sumAt(cols: readonly Column[], i: number): number {
  let s = 0;
  // An index loop, not for…of: no iterator object per call while the caller is not yet optimised (long series).
  for (let c = 0; c < cols.length; c++) s += cols[c]?.[i] ?? NaN;
  return s;
}

/**
 * A `RatioSeries` whose summary is still to be filled in with `summarizeRatioBlock`. Columns of
 * another length than `xs` throw `KpiInputError` (`invalid`).
 * @example const r = createRatioSeries(times, [[m1Balance]], allBalances)
 */
export function createRatioSeries(
  xs: Column,
  numerators: readonly (readonly Column[])[],
  denominators: readonly Column[],
  minDenominator = 0,
): RatioSeries {
  const n = xs.length;
  for (const col of [...numerators.flat(), ...denominators]) {
    if (col.length !== n)
      throw new KpiInputError('invalid', `ratio series: a column has ${col.length} values, x ${n}`, null, null);
  }
  const blocks = Math.ceil(n / BLOCK);
  const extents = new Float64Array(2 * numerators.length);
  for (let k = 0; k < numerators.length; k++) {
    extents[2 * k] = Infinity;
    extents[2 * k + 1] = -Infinity;
  }
  return {
    xs,
    numerators,
    denominators,
    minDenominator,
    blockLow: numerators.map(() => new Float64Array(blocks)),
    blockHigh: numerators.map(() => new Float64Array(blocks)),
    blockLowAt: numerators.map(() => new Int32Array(blocks)),
    blockHighAt: numerators.map(() => new Int32Array(blocks)),
    blockGap: numerators.map(() => new Int32Array(blocks)),
    extents,
    summarized: 0,
    unsorted: -1,
  };
}

/**
 * Summarises points `[from, to)` of a `RatioSeries`, given their sums: `den[i − from]` is the
 * denominator and `nums[k][i − from]` the numerator of series `k` at point `i` (as the columns add
 * up: the caller computes them, e.g. while checking the columns). A series whose numerator is one
 * column may have no sums (`undefined`): its column is read in place. `from` must be where the summary
 * stopped, and a multiple of 64 unless the block is empty. With `last`, the last two denominator
 * columns are not in `den` yet (`den` holds the sums of the others, zeros when there are none): they
 * are checked (finite, ≥ 0) and added in the summary's own pass; false at the first value that is
 * not (the summary is then incomplete). One pass instead of two: reading the columns is what this costs.
 * @example summarizeRatioBlock(r, 0, 4096, denominatorSums, [undefined, m2PlusSums])
 */
export function summarizeRatioBlock(
  r: RatioSeries,
  from: number,
  to: number,
  den: Float64Array,
  nums: readonly (Float64Array | undefined)[],
  last?: readonly [Column, Column],
): boolean {
  if (from !== r.summarized || (from % BLOCK && from < to) || to > r.xs.length || nums.length !== r.numerators.length) {
    throw new KpiInputError(
      'invalid',
      `ratio series: summary of [${from}, ${to}) after ${r.summarized} of ${r.xs.length} points`,
      null,
      null,
    );
  }
  const floor = floorOf(r.minDenominator);
  // The numerators of series k: its sums from `from` on, or its one column read in place.
  const column = (k: number): [Column, number] => {
    const sums = nums[k];
    if (sums) return [sums, 0];
    const cols = at(r.numerators, k);
    if (cols.length !== 1)
      throw new KpiInputError(
        'invalid',
        `ratio series: no sums for series ${k}, a sum of ${cols.length} columns`,
        null,
        null,
      );
    return [at(cols, 0), from];
  };
  // x is checked in the same pass as the first series (−1: checked already, or wrong already).
  let xs: Column | null = r.unsorted < 0 ? r.xs : null;
  // Without `last`, zeros are added (the same sums: den + 0 + 0 is den for every sum of columns from 0).
  const den2: Denominators = last
    ? { sums: den, a: last[0], b: last[1], at: from }
    : { sums: den, a: zeros(to - from), b: zeros(to - from), at: 0 };
  // Two series at a time: the denominators are read once for both (a third faster in V8 than one by one).
  for (let k = 0; k < nums.length; k += 2) {
    const [a, offset] = column(k);
    const unsorted =
      k + 1 < nums.length
        ? summarizePair(r, k, a, offset, ...column(k + 1), den2, floor, from, to)
        : summarizeOne(r, k, a, offset, den2, floor, from, to);
    if (unsorted === BAD_VALUE) return false;
    if (xs) r.unsorted = unsorted;
    xs = null;
  }
  if (xs) r.unsorted = firstUnsorted(xs, from, to);
  // No series read the last columns: they are still checked.
  if (last && !nums.length && !(allValid(last[0], from, to) && allValid(last[1], from, to))) return false;
  r.summarized = to;
  return true;
}

/** Whether every value of `col` in `[from, to)` is finite and ≥ 0. */
function allValid(col: Column, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const v = col[i] ?? NaN;
    if (!(v >= 0 && v < Infinity)) return false;
  }
  return true;
}

/**
 * The denominators of a block as the summary reads them: `sums[i − from] + a[i − from + at] +
 * b[i − from + at]`, `a` and `b` checked (finite, ≥ 0) as they are read.
 */
interface Denominators {
  sums: Float64Array;
  a: Column;
  b: Column;
  at: number;
}

/** Zeros for `Denominators` without last columns. */
const ZEROS = new Float64Array(BLOCK_OF_SUMS);

/** At least `n` zeros (the shared ones, or new ones for a longer block). */
function zeros(n: number): Float64Array {
  return n <= ZEROS.length ? ZEROS : new Float64Array(n);
}

/** What the summary of a series returns when a `last` column of `summarizeRatioBlock` holds a value that is not finite or is < 0. */
const BAD_VALUE = -2;

/** First `i` in `[from, to)` whose x is bad (`badX`: not finite, or below the one before), −1 when none. */
function firstUnsorted(xs: Column, from: number, to: number): number {
  for (let i = from; i < to; i++) if (badX(xs, i)) return i;
  return -1;
}

/**
 * Index of a block's first extreme from the summary loop's `i` (relative to `from`, −1: none). A
 * strict comparison never passes when every value of the block is +∞ (for the minimum) or −∞ (for
 * the maximum): then its first value, which the other extreme found, is both.
 */
function firstAt(i: number, other: number, from: number): number {
  const first = i < 0 ? other : i;
  return first < 0 ? -1 : from + first;
}

/**
 * The summary of series `k` over the blocks of `[from, to)` (numerators at `num[i − from + offset]`,
 * denominators as `den` gives them), and its running extent. Also checks that x ascends there: returns
 * the first `i` whose x is bad (`badX`: not finite, or below the one before), else −1;
 * `BAD_VALUE` when a last denominator column holds a value that is not finite or is < 0.
 */
function summarizeOne(
  r: RatioSeries,
  k: number,
  num: Column,
  offset: number,
  den: Denominators,
  floor: number,
  from: number,
  to: number,
): number {
  const { sums, a: lastA, b: lastB, at: last } = den;
  const low = at(r.blockLow, k),
    high = at(r.blockHigh, k),
    lowAt = at(r.blockLowAt, k),
    highAt = at(r.blockHighAt, k),
    gaps = at(r.blockGap, k);
  let lo = r.extents[2 * k] ?? NaN,
    hi = r.extents[2 * k + 1] ?? NaN;
  let unsorted = -1;
  // x is read and checked in every pass (one loop body, no branch on whether to); the caller keeps the first pass's answer.
  const xv = r.xs;
  let px = from > 0 ? (xv[from - 1] ?? NaN) : -Infinity;
  for (let b = 0, j = from / BLOCK; b < to - from; b += BLOCK, j++) {
    const end = Math.min(to - from, b + BLOCK);
    let gap = -1,
      imin = -1,
      imax = -1;
    let vmin = Infinity,
      vmax = -Infinity;
    for (let i = b; i < end; i++) {
      const x = xv[from + i] ?? NaN;
      if (unsorted < 0 && (x - x !== 0 || (from + i > 0 && !(x >= px)))) unsorted = from + i;
      px = x;
      const u = lastA[i + last] ?? NaN,
        v = lastB[i + last] ?? NaN;
      if (!(u >= 0 && u < Infinity && v >= 0 && v < Infinity)) return BAD_VALUE;
      const d = (sums[i] ?? NaN) + u + v;
      // Branching out before dividing, not `y = … ? … / d : NaN` (twice as fast in V8); selects after.
      if (!(d >= floor)) {
        if (gap < 0) gap = from + i;
        continue;
      }
      const y = (0 + (num[i + offset] ?? NaN)) / d;
      if (y !== y) {
        if (gap < 0) gap = from + i;
        continue;
      }
      // Strict comparisons: the first of equal values stays (selects, no branch).
      imin = y < vmin ? i : imin;
      vmin = y < vmin ? y : vmin;
      imax = y > vmax ? i : imax;
      vmax = y > vmax ? y : vmax;
    }
    low[j] = vmin;
    high[j] = vmax;
    lowAt[j] = firstAt(imin, imax, from);
    highAt[j] = firstAt(imax, imin, from);
    gaps[j] = gap;
    if (vmin < lo) lo = vmin;
    if (vmax > hi) hi = vmax;
  }
  r.extents[2 * k] = lo;
  r.extents[2 * k + 1] = hi;
  return unsorted;
}

/** `summarizeOne` of series `k` (numerators `a`, from `offset`) and `k + 1` (`b`, from `bt`) in one pass over the denominators. */
function summarizePair(
  r: RatioSeries,
  k: number,
  a: Column,
  offset: number,
  b: Column,
  bt: number,
  den: Denominators,
  floor: number,
  from: number,
  to: number,
): number {
  const { sums, a: lastA, b: lastB, at: last } = den;
  const lowA = at(r.blockLow, k),
    highA = at(r.blockHigh, k),
    lowAtA = at(r.blockLowAt, k),
    highAtA = at(r.blockHighAt, k),
    gapsA = at(r.blockGap, k);
  const lowB = at(r.blockLow, k + 1),
    highB = at(r.blockHigh, k + 1),
    lowAtB = at(r.blockLowAt, k + 1),
    highAtB = at(r.blockHighAt, k + 1),
    gapsB = at(r.blockGap, k + 1);
  let loA = r.extents[2 * k] ?? NaN,
    hiA = r.extents[2 * k + 1] ?? NaN,
    loB = r.extents[2 * k + 2] ?? NaN,
    hiB = r.extents[2 * k + 3] ?? NaN;
  let unsorted = -1;
  // x is read and checked in every pass (one loop body, no branch on whether to); the caller keeps the first pass's answer.
  const xv = r.xs;
  let px = from > 0 ? (xv[from - 1] ?? NaN) : -Infinity;
  for (let s = 0, j = from / BLOCK; s < to - from; s += BLOCK, j++) {
    const end = Math.min(to - from, s + BLOCK);
    let gapA = -1,
      gapB = -1,
      iminA = -1,
      imaxA = -1,
      iminB = -1,
      imaxB = -1;
    let minA = Infinity,
      maxA = -Infinity,
      minB = Infinity,
      maxB = -Infinity;
    for (let i = s; i < end; i++) {
      const x = xv[from + i] ?? NaN;
      if (unsorted < 0 && (x - x !== 0 || (from + i > 0 && !(x >= px)))) unsorted = from + i;
      px = x;
      const u = lastA[i + last] ?? NaN,
        v = lastB[i + last] ?? NaN;
      if (!(u >= 0 && u < Infinity && v >= 0 && v < Infinity)) return BAD_VALUE;
      const d = (sums[i] ?? NaN) + u + v;
      if (!(d >= floor)) {
        if (gapA < 0) gapA = from + i;
        if (gapB < 0) gapB = from + i;
        continue;
      }
      const y = (0 + (a[i + offset] ?? NaN)) / d;
      const z = (0 + (b[i + bt] ?? NaN)) / d;
      if (y !== y) {
        if (gapA < 0) gapA = from + i;
      } else {
        iminA = y < minA ? i : iminA;
        minA = y < minA ? y : minA;
        imaxA = y > maxA ? i : imaxA;
        maxA = y > maxA ? y : maxA;
      }
      if (z !== z) {
        if (gapB < 0) gapB = from + i;
      } else {
        iminB = z < minB ? i : iminB;
        minB = z < minB ? z : minB;
        imaxB = z > maxB ? i : imaxB;
        maxB = z > maxB ? z : maxB;
      }
    }
    lowA[j] = minA;
    highA[j] = maxA;
    lowAtA[j] = firstAt(iminA, imaxA, from);
    highAtA[j] = firstAt(imaxA, iminA, from);
    gapsA[j] = gapA;
    lowB[j] = minB;
    highB[j] = maxB;
    lowAtB[j] = firstAt(iminB, imaxB, from);
    highAtB[j] = firstAt(imaxB, iminB, from);
    gapsB[j] = gapB;
    if (minA < loA) loA = minA;
    if (maxA > hiA) hiA = maxA;
    if (minB < loB) loB = minB;
    if (maxB > hiB) hiB = maxB;
  }
  r.extents[2 * k] = loA;
  r.extents[2 * k + 1] = hiA;
  r.extents[2 * k + 2] = loB;
  r.extents[2 * k + 3] = hiB;
  return unsorted;
}

/** `0 + Σ cols[c][i]` for `i` in `[from, to)` into `out[i − from]`, column after column. */
function sumBlock(cols: readonly Column[], from: number, to: number, out: Float64Array): void {
  out.fill(0);
  for (const col of cols) for (let i = from, k = 0; i < to; i++, k++) out[k] = (out[k] ?? NaN) + (col[i] ?? NaN);
}

/**
 * A `RatioSeries` over whole columns, summarised (the sums computed here, unchecked: see
 * `overdueRateParts` for checked columns).
 * @example const rates = ratioSeries(times, [[m1Balance], [m2Balance, m3Balance]], [m0Balance, m1Balance, m2Balance, m3Balance])
 */
export function ratioSeries(
  xs: Column,
  numerators: readonly (readonly Column[])[],
  denominators: readonly Column[],
  minDenominator = 0,
): RatioSeries {
  const r = createRatioSeries(xs, numerators, denominators, minDenominator);
  const den = new Float64Array(4096);
  const nums = numerators.map((cols) => (cols.length === 1 ? undefined : new Float64Array(4096)));
  for (let from = 0; from < xs.length; from += 4096) {
    const to = Math.min(xs.length, from + 4096);
    sumBlock(denominators, from, to, den);
    numerators.forEach((cols, k) => nums[k] && sumBlock(cols, from, to, nums[k]));
    summarizeRatioBlock(r, from, to, den, nums);
  }
  return r;
}

/**
 * Numerator of point `i` of series `k`: the sum of its columns there.
 * @example ratioSeriesNumerator(ratioSeries([0], [[[2], [3]]], [[10]]), 0, 0) // 5
 */
export function ratioSeriesNumerator(r: RatioSeries, k: number, i: number): number {
  return sumAt(at(r.numerators, k), i);
}

/**
 * Denominator of point `i`: the sum of the denominator columns there.
 * @example ratioSeriesDenominator(ratioSeries([0], [[[2]]], [[4], [6]]), 0) // 10
 */
export function ratioSeriesDenominator(r: RatioSeries, i: number): number {
  return sumAt(r.denominators, i);
}

/**
 * Value of point `i` of series `k`: numerator ÷ denominator, NaN when the denominator is not > 0 or
 * is below `minDenominator`.
 * @example ratioSeriesAt(ratioSeries([0, 1], [[[1, 2]]], [[4, 0]]), 0, 1) // NaN
 */
export function ratioSeriesAt(r: RatioSeries, k: number, i: number): number {
  const d = sumAt(r.denominators, i);
  return d >= floorOf(r.minDenominator) ? sumAt(at(r.numerators, k), i) / d : NaN;
}

/**
 * Every value of series `k` as a new column (for a table of all points; drawing never needs it).
 * @example ratioSeriesColumn(ratioSeries([0, 1], [[[1, 2]]], [[4, 0]]), 0) // Float64Array [0.25, NaN]
 */
export function ratioSeriesColumn(r: RatioSeries, k: number): Float64Array {
  const n = r.xs.length;
  const out = new Float64Array(n);
  const den = new Float64Array(4096);
  const num = new Float64Array(4096);
  const floor = floorOf(r.minDenominator);
  for (let from = 0; from < n; from += 4096) {
    const to = Math.min(n, from + 4096);
    sumBlock(r.denominators, from, to, den);
    sumBlock(at(r.numerators, k), from, to, num);
    ratiosInto(den, num, floor, to - from, out, from);
  }
  return out;
}

/**
 * `out[at + i] = num[i] / den[i]` for `i` in `[0, n)`, NaN where the denominator is below `floor`: the
 * ratios of a block of sums (one loop for the table column and the pixel columns: the long series' first
 * reduction runs it already optimised by the short series drawn before).
 */
function ratiosInto(
  den: Float64Array,
  num: Float64Array,
  floor: number,
  n: number,
  out: Float64Array,
  at: number,
): void {
  for (let i = 0; i < n; i++) {
    const d = den[i] ?? NaN;
    out[at + i] = d >= floor ? (num[i] ?? NaN) / d : NaN;
  }
}

/** Scratch sums of at most one block, for `valuesInto` (used synchronously, never kept). */
const scratchDen = new Float64Array(BLOCK);
const scratchValues = new Float64Array(BLOCK);

/**
 * Values of series `k` at the points `[from, to)` (at most one block) into `scratchValues[0 … to − from)`:
 * the sums column by column (the same sums as `sumAt`), then the ratios, NaN where the denominator is
 * below `floor`. Tight loops over the columns, no call per point: this runs once per pixel column, long
 * before the engine has optimised its callers.
 */
function valuesInto(r: RatioSeries, k: number, floor: number, from: number, to: number): Float64Array {
  sumBlock(r.denominators, from, to, scratchDen);
  sumBlock(at(r.numerators, k), from, to, scratchValues);
  ratiosInto(scratchDen, scratchValues, floor, to - from, scratchValues, 0);
  return scratchValues;
}

function summarized(r: RatioSeries): void {
  if (r.summarized !== r.xs.length)
    throw new KpiInputError('invalid', `ratio series: ${r.summarized} of ${r.xs.length} points summarised`, null, null);
}

/**
 * `[min, max]` of the values of series `k` that are not NaN, `null` when there is none: the running
 * minimum and maximum of all its points, read from the summary.
 * @example ratioSeriesExtent(ratioSeries([0, 1, 2], [[[1, 3, 5]]], [[4, 4, 0]]), 0) // [0.25, 0.75]
 */
export function ratioSeriesExtent(r: RatioSeries, k: number): [number, number] | null {
  summarized(r);
  const lo = r.extents[2 * k] ?? NaN;
  const hi = r.extents[2 * k + 1] ?? NaN;
  return lo <= hi ? [lo, hi] : null;
}

/** Pixel column of `x`: `floor((x − x0) × scale)`, the last column holding the right edge (as `downsample`). */
function pixel(x: number, x0: number, scale: number, width: number): number {
  const c = Math.floor((x - x0) * scale);
  return c >= width ? width - 1 : c;
}

/**
 * End of the pixel column that starts at `start`: the first later point whose pixel differs, by binary
 * search (pixels never decrease while x ascends), or the length. A pixel that is NaN (x infinite) never
 * equals another, so such a point is a column of its own, as in `downsample`.
 */
function columnEnd(xs: Column, start: number, x0: number, scale: number, width: number): number {
  const c = pixel(xs[start] ?? NaN, x0, scale, width);
  if (c !== c) return start + 1;
  let end = start + 1;
  let hi = xs.length;
  while (end < hi) {
    const mid = (end + hi) >>> 1;
    if (!(pixel(xs[mid] ?? NaN, x0, scale, width) <= c)) hi = mid;
    else end = mid + 1;
  }
  return end;
}

/**
 * One pixel column `[start, end)` of series `k` into `out` = [first minimum, first maximum, first NaN]
 * (−1: none), and their values into `value` = [minimum, maximum, first point, last point]; `out[3]`,
 * `out[4]`: 1 when the first (last) point was read (0: in a whole block, not read). The points of the
 * blocks the column cuts are read; whole blocks count by their summary (extremes and where each is
 * first found). Candidates come in index order and only a strictly smaller
 * (larger) one replaces the current, as a running comparison of the points does.
 */
function columnExtremes(
  r: RatioSeries,
  k: number,
  floor: number,
  start: number,
  end: number,
  out: Int32Array,
  value: Float64Array,
): void {
  const low = at(r.blockLow, k),
    high = at(r.blockHigh, k),
    lowAt = at(r.blockLowAt, k),
    highAt = at(r.blockHighAt, k),
    gaps = at(r.blockGap, k);
  const b0 = Math.ceil(start / BLOCK);
  const b1 = Math.max(b0, Math.floor(end / BLOCK));
  const head = Math.min(end, b0 * BLOCK);
  const tail = Math.max(head, b1 * BLOCK);
  // min, max: a point index, −1 none (a whole block's comes from its summary).
  let min = -1,
    max = -1,
    gap = -1;
  let vmin = 0,
    vmax = 0;
  out[3] = out[4] = 0;
  for (let part = 0; part < 2; part++) {
    // The points before the whole blocks, the whole blocks, then the points after them.
    const from = part ? tail : start,
      to = part ? end : head;
    const values = from < to ? valuesInto(r, k, floor, from, to) : scratchValues;
    if (from < to && from === start) {
      value[2] = values[0] ?? NaN;
      out[3] = 1;
    }
    if (from < to && to === end) {
      value[3] = values[to - 1 - from] ?? NaN;
      out[4] = 1;
    }
    for (let i = from; i < to; i++) {
      const y = values[i - from] ?? NaN;
      if (y !== y) {
        if (gap < 0) gap = i;
        continue;
      }
      if (min === -1 || y < vmin) {
        min = i;
        vmin = y;
      }
      if (max === -1 || y > vmax) {
        max = i;
        vmax = y;
      }
    }
    if (part) break;
    for (let j = b0; j < b1; j++) {
      if (gap < 0) gap = gaps[j] ?? NaN;
      if (!((low[j] ?? NaN) <= (high[j] ?? NaN))) continue;
      if (min === -1 || (low[j] ?? NaN) < vmin) {
        min = lowAt[j] ?? NaN;
        vmin = low[j] ?? NaN;
      }
      if (max === -1 || (high[j] ?? NaN) > vmax) {
        max = highAt[j] ?? NaN;
        vmax = high[j] ?? NaN;
      }
    }
  }
  out[0] = min;
  out[1] = max;
  out[2] = gap;
  value[0] = vmin;
  value[1] = vmax;
}

/**
 * Values of the points one pixel column kept (`keep[from … to)`, see `columnExtremes` for `found` and
 * `value`) into `ys`: its extremes' and end points' values as read, NaN at its first gap, and a point
 * not read computed (`ratioSeriesAt`): no second pass over the kept points.
 */
function keptValues(
  r: RatioSeries,
  k: number,
  keep: Uint32Array,
  ys: Float64Array,
  from: number,
  to: number,
  start: number,
  end: number,
  found: Int32Array,
  value: Float64Array,
): void {
  for (let q = from; q < to; q++) {
    const i = keep[q] ?? NaN;
    ys[q] =
      i === found[2]
        ? NaN
        : i === found[0]
          ? (value[0] ?? NaN)
          : i === found[1]
            ? (value[1] ?? NaN)
            : i === start && found[3]
              ? (value[2] ?? NaN)
              : i === end - 1 && found[4]
                ? (value[3] ?? NaN)
                : ratioSeriesAt(r, k, i);
  }
}

/**
 * `downsample(xs, ratioSeriesColumn(r, k), width)` (minmax: first, min, max, first gap and last of
 * every pixel column) for every series `k`, without building the columns: the same kept points, values
 * and errors. Whole blocks inside a pixel column count by their summary; only the points of the (at
 * most two) blocks a pixel column cuts are read, so the work grows with the width, not the length. Series of at most `2 × width` points come back whole.
 * @example const [m1, m2] = downsampleRatioSeries(overdueRateParts(columns, { buckets: ['M1', 'M2'], basis: 'balance' }), 800)
 */
export function downsampleRatioSeries(r: RatioSeries, width: number): Downsampled[] {
  summarized(r);
  const { xs, numerators } = r;
  const n = xs.length;
  const w = Math.max(1, Math.floor(width) || 1);
  if (n <= 2 * w || n < 3) {
    return numerators.map((_, k) => {
      const out: Downsampled = { xs: Float64Array.from(xs), ys: ratioSeriesColumn(r, k), index: new Uint32Array(n) };
      for (let i = 0; i < n; i++) out.index[i] = i;
      return out;
    });
  }
  if (r.unsorted >= 0) throw badXError(xs, r.unsorted);
  const floor = floorOf(r.minDenominator);
  const x0 = xs[0] ?? NaN;
  const scale = w / ((xs[n - 1] ?? NaN) - x0 || 1);
  const keeps = numerators.map(() => new Uint32Array(Math.min(n, 5 * w)));
  const values = numerators.map(() => new Float64Array(Math.min(n, 5 * w)));
  const kept = new Int32Array(numerators.length);
  const set = new Int32Array(5);
  const found = new Int32Array(5);
  const value = new Float64Array(4);
  for (let start = 0; start < n;) {
    const end = columnEnd(xs, start, x0, scale, w);
    for (let k = 0; k < numerators.length; k++) {
      columnExtremes(r, k, floor, start, end, found, value);
      const keep = at(keeps, k);
      const before = kept[k] ?? NaN;
      const after = keepColumn(keep, before, set, start, found[0] ?? NaN, found[1] ?? NaN, found[2] ?? NaN, end - 1);
      keptValues(r, k, keep, at(values, k), before, after, start, end, found, value);
      kept[k] = after;
    }
    start = end;
  }
  return numerators.map((_, k) => {
    const idx = at(keeps, k);
    const m = kept[k] ?? NaN;
    const out: Downsampled = { xs: new Float64Array(m), ys: at(values, k).slice(0, m), index: idx.slice(0, m) };
    for (let q = 0; q < m; q++) out.xs[q] = xs[idx[q] ?? NaN] ?? NaN;
    return out;
  });
}
