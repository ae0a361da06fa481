/**
 * The first and last period of some rows (`YYYY-MM` strings compared as text, as a sort would order them),
 * or null without rows: one pass instead of sorting every row's period.
 * @example periodSpan([{ period: '2025-03' }, { period: '2024-11' }]) // ['2024-11', '2025-03']
 */
export function periodSpan(rows: readonly { period: string }[]): [string, string] | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const { period } of rows) {
    if (first === null || period < first) first = period;
    if (last === null || period > last) last = period;
  }
  return first !== null && last !== null ? [first, last] : null;
}
