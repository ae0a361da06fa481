import type { Interval } from '../model/metrics.js';
import { seriesInterval } from '../kpi/periods.js';

/**
 * Period labels of the contract (`YYYY`, `YYYY-Qn`, `YYYY-MM`, `YYYY-MM-DD`) as UTC epoch
 * milliseconds of their first day, so periods can sit on a time scale.
 * Returns NaN for anything else.
 */
export function periodToTime(period: string): number {
  const m = /^(\d{4})(?:-(?:Q([1-4])|(\d{2}))(?:-(\d{2}))?)?$/.exec(period);
  if (!m) return NaN;
  const year = Number(m[1]);
  const month = m[2] ? (Number(m[2]) - 1) * 3 : m[3] ? Number(m[3]) - 1 : 0;
  const day = m[4] ? Number(m[4]) : 1;
  return Date.UTC(year, month, day);
}

/** The granularity a period label is written in. */
export type PeriodKind = 'year' | 'quarter' | 'month' | 'day';

/** Granularity of a period label, from its shape. */
export function periodKind(period: string): PeriodKind {
  if (/^\d{4}-Q[1-4]$/.test(period)) return 'quarter';
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) return 'day';
  if (/^\d{4}-\d{2}$/.test(period)) return 'month';
  return 'year';
}

/**
 * Interval of a series from its first two period labels (`seriesInterval` of src/kpi on those two: the
 * labels' own granularity, `YYYY-MM-DD` labels a multiple of 7 days apart are weeks). Month when there
 * is no label or no known shape.
 */
export function periodInterval(first: string | undefined, second?: string): Interval {
  if (!first) return 'month';
  return seriesInterval(second ? [first, second] : [first]) ?? 'month';
}
