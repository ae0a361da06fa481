/**
 * Ticks of a time axis that fall on period boundaries of the data's interval: a monthly series gets
 * ticks on month starts (every 1, 2, 3 or 6 months, then every 1, 2, 5, 10… years), a quarterly one on
 * quarter starts, a weekly one every k weeks from its first week. Labels never repeat, because each
 * tick carries the unit it is labelled in, and the first and last periods are labelled whenever the
 * axis has room for two labels. Pure arithmetic in UTC.
 */
import type { Interval } from '../model/metrics.js';

/** The unit a tick label is written in; `date` is a day with its year (for spans of about a year or more). */
export type TickUnit = 'year' | 'quarter' | 'month' | 'day' | 'date';

/** One tick: its time (epoch ms, UTC) and the unit its label is written in. */
export interface TimeTick {
  time: number;
  unit: TickUnit;
}

const DAY = 86_400_000;
const YEAR_STEPS = [1, 2, 5];

interface Step {
  /** `days` steps count days from the first period; `months` steps are aligned to the calendar. */
  kind: 'days' | 'months';
  size: number;
  unit: TickUnit;
}

/** Steps to try, finest first, for data of `interval`; year steps continue without end. */
function* steps(interval: Interval, dayUnit: TickUnit): Generator<Step> {
  if (interval === 'day') for (const size of [1, 2, 3, 7, 14]) yield { kind: 'days', size, unit: dayUnit };
  if (interval === 'week') {
    // Weekly labels stay on week boundaries: every k weeks from the first week, never on month starts.
    for (const size of [1, 2, 4, 8, 13, 26]) yield { kind: 'days', size: size * 7, unit: dayUnit };
    for (let decade = 1; ; decade *= 10)
      for (const y of YEAR_STEPS) yield { kind: 'days', size: 52 * 7 * y * decade, unit: 'date' };
  }
  if (interval === 'day' || interval === 'month')
    for (const size of [1, 2, 3, 6]) yield { kind: 'months', size, unit: 'month' };
  if (interval === 'quarter') for (const size of [3, 6]) yield { kind: 'months', size, unit: 'quarter' };
  for (let decade = 1; ; decade *= 10)
    for (const y of YEAR_STEPS) yield { kind: 'months', size: 12 * y * decade, unit: 'year' };
}

const monthIndex = (t: number) => {
  const d = new Date(t);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};
const monthStart = (m: number) => Date.UTC(Math.floor(m / 12), ((m % 12) + 12) % 12, 1);

function stepTimes(step: Step, first: number, last: number, limit: number): number[] | null {
  const out: number[] = [];
  if (step.kind === 'days') {
    for (let t = first; t <= last; t += step.size * DAY) if (out.push(t) > limit) return null;
    return out;
  }
  let m = monthIndex(first);
  if (monthStart(m) < first) m++;
  m = Math.ceil(m / step.size) * step.size;
  for (let t = monthStart(m); t <= last; t = monthStart((m += step.size))) if (out.push(t) > limit) return null;
  return out;
}

/** The unit a single period of `interval` is labelled in (the endpoints' labels). */
function periodUnit(interval: Interval, dayUnit: TickUnit): TickUnit {
  return interval === 'day' || interval === 'week' ? dayUnit : interval;
}

/**
 * Ticks for periods from `first` to `last` (epoch ms of their first days) on an axis `width` px wide,
 * at most one label per `spacing` px. The finest calendar step that fits is chosen; then the first and
 * last periods are added (in the data's own unit) when they are not ticks already, and interior ticks
 * closer than `spacing` to them give way.
 * @example timeTicks(Date.UTC(2024, 0), Date.UTC(2024, 2), 'month', 600) // Jan, Feb, Mar 2024 as 'month' ticks
 */
export function timeTicks(first: number, last: number, interval: Interval, width: number, spacing = 80): TimeTick[] {
  if (!(Number.isFinite(first) && Number.isFinite(last)) || last < first) return [];
  // Day labels carry the year when the axis spans about a year, so "Jan 8" never stands for two dates.
  const dayUnit: TickUnit = last - first > 330 * DAY ? 'date' : 'day';
  const own = periodUnit(interval, dayUnit);
  if (last === first) return [{ time: first, unit: own }];
  const px = (t: number) => ((t - first) / (last - first)) * width;
  const limit = Math.max(1, Math.floor(width / spacing) + 1);
  let times: number[] = [];
  let unit: TickUnit = own;
  for (const step of steps(interval, dayUnit)) {
    const found = stepTimes(step, first, last, limit);
    if (found) {
      times = found;
      unit = step.unit;
      break;
    }
  }
  const ticks: TimeTick[] = times.map((time) => ({ time, unit }));
  if (width < spacing) return [ticks[0]?.time === first ? ticks[0] : { time: first, unit: own }];
  const ends = [first, last];
  const kept = ticks.filter((t) => ends.includes(t.time) || ends.every((e) => Math.abs(px(t.time) - px(e)) >= spacing));
  for (const e of ends) if (!kept.some((t) => t.time === e)) kept.push({ time: e, unit: own });
  return kept.sort((a, b) => a.time - b.time);
}
