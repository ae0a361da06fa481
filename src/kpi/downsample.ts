/**
 * Series reduction for drawing: long typed-array columns → what the drawing width can show, without
 * per-point objects; and binary search on x for tooltips (DESIGN.md, "Fast at any length").
 */

import { KpiInputError } from './errors.js';
import { badX, badXError, keepColumn } from './keep-column.js';

/** A numeric column: a typed array or a plain array. */
export type Column = ArrayLike<number>;

/** Result of `downsample`: the kept points as columns, and their indexes in the input. */
export interface Downsampled {
  xs: Float64Array;
  ys: Float64Array;
  /** Source index of every kept point, ascending. */
  index: Uint32Array;
}

/** Reduction method: first/min/max/last per pixel column (default), or largest-triangle-three-buckets. */
export type DownsampleMethod = 'minmax' | 'lttb';

/** Options of `downsample`. */
export interface DownsampleOptions {
  method?: DownsampleMethod;
}

function pick(xs: Column, ys: Column, idx: Uint32Array, n: number): Downsampled {
  const out: Downsampled = { xs: new Float64Array(n), ys: new Float64Array(n), index: idx.slice(0, n) };
  for (let k = 0; k < n; k++) {
    const i = idx[k] ?? NaN;
    out.xs[k] = xs[i] ?? NaN;
    out.ys[k] = ys[i] ?? NaN;
  }
  return out;
}

function all(xs: Column, ys: Column): Downsampled {
  const n = xs.length;
  const index = new Uint32Array(n);
  for (let i = 0; i < n; i++) index[i] = i;
  return { xs: Float64Array.from(xs), ys: Float64Array.from(ys), index };
}

function minmax(xs: Column, ys: Column, width: number): Downsampled {
  const n = xs.length;
  const x0 = xs[0] ?? NaN;
  const span = (xs[n - 1] ?? NaN) - x0 || 1;
  const keep = new Uint32Array(Math.min(n, 5 * width));
  const set = new Int32Array(5);
  let kept = 0;
  let col = -1;
  let first = 0,
    min = -1,
    max = -1,
    last = 0,
    gap = -1;
  const flush = () => {
    kept = keepColumn(keep, kept, set, first, min, max, gap, last);
  };
  const scale = width / span;
  for (let i = 0; i < n; i++) {
    let c = Math.floor(((xs[i] ?? NaN) - x0) * scale);
    if (c >= width) c = width - 1;
    if (c !== col) {
      if (col >= 0) flush();
      col = c;
      first = i;
      min = max = gap = -1;
    }
    last = i;
    const y = ys[i] ?? NaN;
    if (Number.isNaN(y)) {
      if (gap < 0) gap = i;
      continue;
    }
    if (min < 0 || y < (ys[min] ?? NaN)) min = i;
    if (max < 0 || y > (ys[max] ?? NaN)) max = i;
  }
  flush();
  return pick(xs, ys, keep, kept);
}

function lttb(xs: Column, ys: Column, threshold: number): Downsampled {
  const n = xs.length;
  const keep = new Uint32Array(2 * threshold);
  let kept = 0;
  keep[kept++] = 0;
  const every = (n - 2) / (threshold - 2);
  let a = 0; // last kept point with a value (the triangle's first corner)
  for (let b = 0; b < threshold - 2; b++) {
    const start = Math.floor(b * every) + 1;
    const end = Math.min(n - 1, Math.floor((b + 1) * every) + 1);
    const nextEnd = Math.min(n, Math.floor((b + 2) * every) + 1);
    let avgX = 0,
      avgY = 0,
      count = 0;
    for (let i = end; i < nextEnd; i++) {
      const y = ys[i] ?? NaN;
      if (Number.isNaN(y)) continue;
      avgX += xs[i] ?? NaN;
      avgY += y;
      count++;
    }
    const ay = Number.isNaN(ys[a] ?? NaN) ? 0 : (ys[a] ?? NaN);
    if (count) {
      avgX /= count;
      avgY /= count;
    } else {
      avgX = xs[Math.min(n - 1, end)] ?? NaN;
      avgY = ay;
    }
    let best = -1,
      bestArea = -1,
      nan = -1;
    for (let i = start; i < end; i++) {
      const y = ys[i] ?? NaN;
      if (Number.isNaN(y)) {
        if (nan < 0) nan = i;
        continue;
      }
      const area = Math.abs(((xs[a] ?? NaN) - avgX) * (y - ay) - ((xs[a] ?? NaN) - (xs[i] ?? NaN)) * (avgY - ay));
      if (area > bestArea) {
        bestArea = area;
        best = i;
      }
    }
    if (best < 0) {
      if (nan >= 0) keep[kept++] = nan; // a bucket of gaps: keep one NaN so the line breaks
      continue;
    }
    if (nan >= 0 && nan < best) keep[kept++] = nan;
    keep[kept++] = best;
    if (nan > best) keep[kept++] = nan;
    a = best;
  }
  keep[kept++] = n - 1;
  return pick(xs, ys, keep, kept);
}

/**
 * Reduces a long series to what `width` pixel columns can show, on columns (no point objects).
 * `minmax` (default) keeps the first, minimum, maximum and last point of every pixel column (in x
 * order, without duplicates), so a one-day spike is never lost; `lttb` keeps about `2 × width`
 * points by largest triangle (first and last always). NaN values (gaps) keep one NaN point per pixel
 * column (minmax) or bucket (lttb), so lines still break there. Series of at most `2 × width`
 * points come back whole, as typed arrays. `xs` must be finite and ascend: a longer series with a descending,
 * NaN or infinite x (no pixel column holds ±∞) throws `KpiInputError` (`unsorted`).
 * @example const { xs, ys, index } = downsample(times, rates, 800)
 */
export function downsample(xs: Column, ys: Column, width: number, options: DownsampleOptions = {}): Downsampled {
  const w = Math.max(1, Math.floor(width) || 1);
  if (xs.length <= 2 * w || xs.length < 3) return all(xs, ys);
  for (let i = 0; i < xs.length; i++) if (badX(xs, i)) throw badXError(xs, i);
  if (ys.length !== xs.length)
    throw new KpiInputError('invalid', `downsample: ys has ${ys.length} values, xs ${xs.length}`, null, 'ys');
  return options.method === 'lttb' ? lttb(xs, ys, 2 * w) : minmax(xs, ys, w);
}

/**
 * Index of the value in ascending `xs` nearest to `x`, by binary search (ties go to the lower index);
 * -1 for an empty column.
 * @example nearestIndex([0, 10, 20], 14) // 1
 */
export function nearestIndex(xs: Column, x: number): number {
  const n = xs.length;
  if (!n) return -1;
  let lo = 0,
    hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] ?? NaN) < x) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && Math.abs((xs[lo - 1] ?? NaN) - x) <= Math.abs((xs[lo] ?? NaN) - x)) return lo - 1;
  return lo;
}
