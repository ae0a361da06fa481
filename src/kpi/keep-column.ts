/** Shared step of `downsample` and `downsampleRatioSeries` (kept out of the kpi index: not public API). */

/**
 * Appends one pixel column's kept indexes to `keep` from `kept` on: first, min, max, first gap and
 * last, in index order, without duplicates (`-1`: none), as `downsample` keeps them. Returns the new count.
 */
export function keepColumn(keep: Uint32Array, kept: number, set: Int32Array, first: number, min: number, max: number, gap: number, last: number): number {
  let m = 0;
  set[m++] = first;
  if (min >= 0) set[m++] = min;
  if (max >= 0) set[m++] = max;
  if (gap >= 0) set[m++] = gap;
  set[m++] = last;
  for (let a = 1; a < m; a++) {
    const v = set[a]!;
    let b = a - 1;
    while (b >= 0 && set[b]! > v) {
      set[b + 1] = set[b]!;
      b--;
    }
    set[b + 1] = v;
  }
  for (let c = 0; c < m; c++) if (c === 0 || set[c] !== set[c - 1]) keep[kept++] = set[c]!;
  return kept;
}
