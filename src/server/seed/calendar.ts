/** Month and date arithmetic on `YYYY-MM(-DD)` strings for the seed simulator (UTC, no time zones). */

/** Absolute month index (year × 12 + month − 1) of `YYYY-MM…`; NaN when malformed. */
export function monthIndex(label: string): number {
  const m = /^(\d{4})-(\d{2})/.exec(label);
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : NaN;
}

/** `YYYY-MM` of an absolute month index. */
export function monthLabel(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` of day `day` (1-based) in month `index`, rolling over into later months. */
export function dateIn(index: number, day: number): string {
  return new Date(Date.UTC(Math.floor(index / 12), index % 12, day)).toISOString().slice(0, 10);
}

/** `date` plus `days` days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole months from month `a` to month `b` (labels `YYYY-MM…`). */
export function monthsBetween(a: string, b: string): number {
  return monthIndex(b) - monthIndex(a);
}
