/** A numeric column: a typed array or a plain array. */
export type Column = ArrayLike<number>;

/** Result of `downsample`: the kept points as columns, and their indexes in the input. */
export interface Downsampled {
  xs: Float64Array;
  ys: Float64Array;
  index: Uint32Array;
}

/** Reduction method: first/min/max/last per pixel column (default), or largest-triangle-three-buckets. */
export type DownsampleMethod = 'minmax' | 'lttb';

function pick(xs: Column, ys: Column, idx: number[]): Downsampled {
  const n = idx.length;
  const out = { xs: new Float64Array(n), ys: new Float64Array(n), index: new Uint32Array(n) };
  for (let k = 0; k < n; k++) {
    const i = idx[k]!;
    out.xs[k] = xs[i]!;
    out.ys[k] = ys[i]!;
    out.index[k] = i;
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
  const x0 = xs[0]!;
  const span = xs[n - 1]! - x0 || 1;
  const keep: number[] = [];
  let col = -1;
  let first = 0, min = -1, max = -1, last = 0, gap = -1;
  const flush = () => {
    const set = [first, min, max, gap, last].filter((i) => i >= 0);
    set.sort((a, b) => a - b);
    for (let k = 0; k < set.length; k++) if (k === 0 || set[k] !== set[k - 1]) keep.push(set[k]!);
  };
  for (let i = 0; i < n; i++) {
    const c = Math.min(width - 1, Math.floor(((xs[i]! - x0) / span) * width));
    if (c !== col) {
      if (col >= 0) flush();
      col = c;
      first = i;
      min = max = gap = -1;
    }
    last = i;
    const y = ys[i]!;
    if (Number.isNaN(y)) {
      if (gap < 0) gap = i;
      continue;
    }
    if (min < 0 || y < ys[min]!) min = i;
    if (max < 0 || y > ys[max]!) max = i;
  }
  if (col >= 0) flush();
  return pick(xs, ys, keep);
}

function lttb(xs: Column, ys: Column, threshold: number): Downsampled {
  const n = xs.length;
  const keep: number[] = [0];
  const every = (n - 2) / (threshold - 2);
  let a = 0;
  for (let b = 0; b < threshold - 2; b++) {
    const start = Math.floor(b * every) + 1;
    const end = Math.min(n - 1, Math.floor((b + 1) * every) + 1);
    const nextStart = end;
    const nextEnd = Math.min(n, Math.floor((b + 2) * every) + 1);
    let avgX = 0, avgY = 0, count = 0;
    for (let i = nextStart; i < nextEnd; i++) {
      if (Number.isNaN(ys[i]!)) continue;
      avgX += xs[i]!;
      avgY += ys[i]!;
      count++;
    }
    if (count) {
      avgX /= count;
      avgY /= count;
    } else {
      avgX = xs[Math.min(n - 1, nextStart)]!;
      avgY = ys[a]!;
    }
    let best = start, bestArea = -1, nan = -1;
    for (let i = start; i < end; i++) {
      if (Number.isNaN(ys[i]!)) {
        if (nan < 0) nan = i;
        continue;
      }
      const area = Math.abs((xs[a]! - avgX) * (ys[i]! - ys[a]!) - (xs[a]! - xs[i]!) * (avgY - ys[a]!));
      if (area > bestArea) {
        bestArea = area;
        best = i;
      }
    }
    if (nan >= 0 && nan < best) keep.push(nan);
    keep.push(best);
    if (nan >= 0 && nan > best) keep.push(nan);
    a = best;
  }
  keep.push(n - 1);
  return pick(xs, ys, keep);
}

/**
 * Reduces a long series to what `width` pixel columns can show, on columns (no point objects).
 * `minmax` keeps the first, minimum, maximum and last point of every pixel column, so a one-day spike
 * is never lost; `lttb` keeps about `2 × width` points by largest triangle. NaN values (gaps) are kept
 * so lines still break there. Series of at most `2 × width` points come back whole. `xs` must ascend.
 */
export function downsample(xs: Column, ys: Column, width: number, { method = 'minmax' }: { method?: DownsampleMethod } = {}): Downsampled {
  const w = Math.max(1, Math.floor(width));
  if (xs.length <= 2 * w || xs.length < 3) return all(xs, ys);
  return method === 'lttb' ? lttb(xs, ys, 2 * w) : minmax(xs, ys, w);
}

/** Index of the value in ascending `xs` nearest to `x`, by binary search; -1 for an empty column. */
export function nearestIndex(xs: Column, x: number): number {
  const n = xs.length;
  if (!n) return -1;
  let lo = 0, hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && Math.abs(xs[lo - 1]! - x) <= Math.abs(xs[lo]! - x)) return lo - 1;
  return lo;
}
