/**
 * Structural sharing of metric responses for `@tanstack/query-core` (its `structuralSharing` option):
 * a refetch that brings the same data keeps the previous response object, so nothing downstream
 * (KPI math, rendering) runs again.
 *
 * query-core's own `replaceEqualDeep` copies every row of a new response into a new object while it
 * compares (500 rows × 13 fields at each refresh of a department leaderboard). This compares without
 * copying: the previous response when the new one is equal, else the new one with each equal
 * top-level part (`meta`, `rows`, `exposure`, `columns`) kept from the previous one. Values compare as
 * `replaceEqualDeep` compares them: `===` for values, plain arrays and objects by their items and
 * own keys, anything else (typed arrays, dates) only by identity.
 */

/** Whether `v` is an object literal or `Object.create(null)` (not an array, class instance or typed array). */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Number of own enumerable keys, counted without making the key array. */
function keyCount(o: Record<string, unknown>): number {
  let n = 0;
  for (const k in o) if (Object.hasOwn(o, k)) n++;
  return n;
}

/** Deep equality of JSON-like data as `replaceEqualDeep` sees it; nothing is allocated. */
export function equalData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!equalData(a[i], b[i])) return false;
    return true;
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  let n = 0;
  for (const k in a) {
    if (!Object.hasOwn(a, k)) continue;
    if (!Object.hasOwn(b, k) || !equalData(a[k], b[k])) return false;
    n++;
  }
  return n === keyCount(b);
}

/**
 * `structuralSharing` of a metric query: `previous` when `next` equals it; else `next`, with the
 * top-level parts that are equal taken from `previous` (rows kept when only `meta.asOf` moved).
 *
 * @example new QueryObserver(client, { queryKey, queryFn, structuralSharing: shareResponse })
 */
export function shareResponse(previous: unknown, next: unknown): unknown {
  if (previous === undefined || previous === next) return next;
  if (!isPlainObject(previous) || !isPlainObject(next)) return equalData(previous, next) ? previous : next;
  let same = keyCount(previous) === keyCount(next);
  let shared: Record<string, unknown> | null = null;
  for (const k in next) {
    if (!Object.hasOwn(next, k)) continue;
    const keep = Object.hasOwn(previous, k) && equalData(previous[k], next[k]);
    if (keep && previous[k] !== next[k]) (shared ??= { ...next })[k] = previous[k];
    if (!keep) same = false;
  }
  return same ? previous : (shared ?? next);
}
