/**
 * Period labels of the contract — `YYYY`, `YYYY-Qn`, `YYYY-MM`, `YYYY-MM-DD` (days, or weeks by their
 * first day) and `YYYY-Www` — and the calendar steps between them. Pure string math in UTC.
 */
import type { Interval } from '../model/metrics.js';
import { at } from '../model/at.js';

const DAY_MS = 86_400_000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Granularity a label is written in (`day` for `YYYY-MM-DD`), or null for labels of no known shape. */
export function labelInterval(period: string): Interval | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) return 'day';
  if (/^\d{4}-\d{2}$/.test(period)) return 'month';
  if (/^\d{4}-Q[1-4]$/.test(period)) return 'quarter';
  if (/^\d{4}-W\d{2}$/.test(period)) return 'week';
  if (/^\d{4}$/.test(period)) return 'year';
  return null;
}

function dayLabel(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * The label `steps` periods away from `period` (negative = earlier), for the given interval
 * (default: the label's own; `week` with a `YYYY-MM-DD` label steps 7 days). Null for unknown shapes.
 * @example shiftPeriod('2024-01', -1) // '2023-12'
 */
export function shiftPeriod(period: string, steps: number, interval?: Interval): string | null {
  const own = labelInterval(period);
  if (!own) return null;
  const y = Number(period.slice(0, 4));
  switch (own) {
    case 'year':
      return String(y + steps);
    case 'quarter': {
      const q = y * 4 + Number(period.slice(6)) - 1 + steps;
      return `${Math.floor(q / 4)}-Q${(((q % 4) + 4) % 4) + 1}`;
    }
    case 'month': {
      const m = y * 12 + Number(period.slice(5, 7)) - 1 + steps;
      return `${Math.floor(m / 12)}-${pad((((m % 12) + 12) % 12) + 1)}`;
    }
    case 'week': {
      // ISO-like week labels: step within 52/53-week years by converting through the week's Thursday.
      const w = Number(period.slice(6));
      const thursday = isoWeekThursday(y, w) + steps * 7 * DAY_MS;
      return isoWeekLabel(thursday);
    }
    case 'day': {
      const ms = Date.UTC(y, Number(period.slice(5, 7)) - 1, Number(period.slice(8, 10)));
      return dayLabel(ms + steps * (interval === 'week' ? 7 : 1) * DAY_MS);
    }
  }
  return null;
}

function isoWeekThursday(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - dow * DAY_MS + (week - 1) * 7 * DAY_MS + 3 * DAY_MS;
}

function isoWeekLabel(thursdayMs: number): string {
  const d = new Date(thursdayMs);
  const year = d.getUTCFullYear();
  const week = Math.round((thursdayMs - isoWeekThursday(year, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${pad(week)}`;
}

/**
 * The same period one year earlier: `2024-05` → `2023-05`, `2024-Q2` → `2023-Q2`, `2024-W07` → `2023-W07`,
 * day `2024-02-29` → `2023-02-28`; a week given by its first day steps back 52 weeks (same weekday).
 */
export function samePeriodLastYear(period: string, interval?: Interval): string | null {
  const own = labelInterval(period);
  if (!own) return null;
  const y = Number(period.slice(0, 4));
  if (own === 'day') {
    if (interval === 'week') return shiftPeriod(period, -52, 'week');
    const m = Number(period.slice(5, 7));
    const d = Number(period.slice(8, 10));
    const last = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
    return `${y - 1}-${pad(m)}-${pad(Math.min(d, last))}`;
  }
  return `${y - 1}${period.slice(4)}`;
}

/** Days between two `YYYY-MM-DD` labels (b − a). */
export function daysBetween(a: string, b: string): number {
  const t = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((t(b) - t(a)) / DAY_MS);
}

/**
 * Interval of a sorted list of distinct labels: the labels' own, except that `YYYY-MM-DD` labels all a
 * multiple of 7 days apart are weeks. Null when the labels have no known (or no common) shape.
 */
export function seriesInterval(sorted: readonly string[]): Interval | null {
  if (!sorted.length) return null;
  const own = labelInterval(at(sorted, 0));
  for (const p of sorted) if (labelInterval(p) !== own) return null;
  if (own !== 'day' || sorted.length < 2) return own;
  for (let i = 1; i < sorted.length; i++) if (daysBetween(at(sorted, i - 1), at(sorted, i)) % 7 !== 0) return 'day';
  return 'week';
}

/**
 * True when `next` directly follows `prev` at `interval` (default the labels' own). Labels of unknown
 * shape are taken as consecutive (they are adjacent in sorted order).
 */
export function isNextPeriod(prev: string, next: string, interval?: Interval | null): boolean {
  if (!labelInterval(prev) || !labelInterval(next)) return true;
  return shiftPeriod(prev, 1, interval ?? undefined) === next;
}
