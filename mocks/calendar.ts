/** Month arithmetic on `YYYY-MM` labels for the mock backend (UTC, no time zones involved). */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Months since year 0 of a `YYYY-MM` (or `YYYY-MM-DD`) label; NaN when the label is malformed. */
export function monthIndex(label: string): number {
  const m = MONTH.exec(label) ?? DAY.exec(label);
  if (!m) return NaN;
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

/** `YYYY-MM` label of a month index (inverse of {@link monthIndex}). */
export function monthLabel(index: number): string {
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

/** True for a well-formed `YYYY-MM` label. */
export function isMonth(label: string): boolean {
  return MONTH.test(label);
}

/** True for a well-formed `YYYY-MM-DD` label of a real calendar day. */
export function isDay(label: string): boolean {
  const m = DAY.exec(label);
  if (!m) return false;
  return Number(m[3]) <= daysInMonth(monthIndex(label));
}

/** Number of days of a month index. */
export function daysInMonth(index: number): number {
  const y = Math.floor(index / 12);
  return new Date(Date.UTC(y, index - y * 12 + 1, 0)).getUTCDate();
}

/** Calendar month (1–12) of a month index. */
export function calendarMonth(index: number): number {
  return index - Math.floor(index / 12) * 12 + 1;
}

/** Quarter label `YYYY-Qn` of a month index. */
export function quarterLabel(index: number): string {
  const y = Math.floor(index / 12);
  return `${y}-Q${Math.floor((index - y * 12) / 3) + 1}`;
}

/** Year label `YYYY` of a month index. */
export function yearLabel(index: number): string {
  return String(Math.floor(index / 12));
}

/** ISO timestamp of the last second of a month index (UTC), used as `asOf`. */
export function endOfMonthIso(index: number): string {
  const y = Math.floor(index / 12);
  return new Date(Date.UTC(y, index - y * 12 + 1, 1) - 1000).toISOString().replace('.000Z', 'Z');
}

/** `YYYY-MM-DD` labels of every day of a month index. */
export function daysOf(index: number): string[] {
  const month = monthLabel(index);
  return Array.from({ length: daysInMonth(index) }, (_, d) => `${month}-${String(d + 1).padStart(2, '0')}`);
}
