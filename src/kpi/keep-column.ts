/** Shared steps of `downsample` and `downsampleRatioSeries` (kept out of the kpi index: not public API). */
import { KpiInputError } from './errors.js';

/**
 * Whether x at `i` is wrong for a reduction to pixel columns: not finite (NaN or ±∞, which no pixel
 * holds) or, after the first, below the x before it.
 */
export function badX(xs: ArrayLike<number>, i: number): boolean {
  const x = xs[i] ?? NaN;
  return x - x !== 0 || (i > 0 && !(x >= (xs[i - 1] ?? NaN)));
}

/** The error of a bad x at `i` (see `badX`), the same from both reductions. */
export function badXError(xs: ArrayLike<number>, i: number): KpiInputError {
  const x = xs[i] ?? NaN;
  const text =
    x - x !== 0
      ? `xs[${i}] is ${x}; xs must be finite`
      : `xs[${i}] is ${x}, after xs[${i - 1}] = ${xs[i - 1]}; xs must ascend`;
  return new KpiInputError('unsorted', `downsample: ${text} (and not be NaN)`, i, 'xs');
}

/**
 * Appends one pixel column's kept indexes to `keep` from `kept` on: first, min, max, first gap and
 * last, in index order, without duplicates (`-1`: none), as `downsample` keeps them. Returns the new count.
 */
export function keepColumn(
  keep: Uint32Array,
  kept: number,
  set: Int32Array,
  first: number,
  min: number,
  max: number,
  gap: number,
  last: number,
): number {
  let m = 0;
  set[m++] = first;
  if (min >= 0) set[m++] = min;
  if (max >= 0) set[m++] = max;
  if (gap >= 0) set[m++] = gap;
  set[m++] = last;
  for (let a = 1; a < m; a++) {
    const v = set[a] ?? NaN;
    let b = a - 1;
    while (b >= 0 && (set[b] ?? NaN) > v) {
      set[b + 1] = set[b] ?? NaN;
      b--;
    }
    set[b + 1] = v;
  }
  for (let c = 0; c < m; c++) if (c === 0 || set[c] !== set[c - 1]) keep[kept++] = set[c] ?? NaN;
  return kept;
}
