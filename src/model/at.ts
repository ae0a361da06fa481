/**
 * Checked reads for places where an index or key is known to be present (a loop bounded by the
 * length, a key taken from the same map), so that `noUncheckedIndexedAccess` does not need a `!`:
 * a broken proof throws a `RangeError` that names the index instead of passing `undefined` on.
 */

/**
 * Item `i` of `list`, which must be inside it.
 * @example for (let i = 0; i < xs.length; i++) sum += at(xs, i);
 */
export function at<T>(list: ArrayLike<T>, i: number): T {
  if (i >= 0 && i < list.length) return list[i] as T;
  throw new RangeError(`index ${i} is outside a list of ${list.length}`);
}

/**
 * `value`, which must be present (not `undefined` or `null`); `what` names it in the error.
 * @example const row = must(byKey.get(key), `row ${key}`);
 */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new RangeError(`${what} is missing`);
  return value;
}

/**
 * The entries of `map` ordered by key (code-unit order, as `[...map.keys()].sort()`), so that a
 * loop over sorted keys has each key's value without looking it up again.
 * @example for (const [period, sums] of sortedEntries(byPeriod)) …
 */
export function sortedEntries<V>(map: ReadonlyMap<string, V>): [string, V][] {
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
