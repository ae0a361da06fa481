import type { Basis } from '../model/metrics.js';
import type { MetricResponse } from '../model/response.js';
import { overdueRates } from '../kpi/overdue.js';
import { overdueRateParts } from '../kpi/overdue-columns.js';
import type { Downsampled } from '../kpi/downsample.js';
import {
  downsampleRatioSeries,
  ratioSeriesAt,
  ratioSeriesColumn,
  ratioSeriesDenominator,
  ratioSeriesExtent,
  ratioSeriesNumerator,
} from '../kpi/ratio-series.js';
import { periodToTime } from '../render/period.js';
import type { LineSeries } from '../charts/line-chart.js';
import { at } from '../model/at.js';
import { addMessagePack } from '../render/i18n/index.js';
import { OVERDUE_TREND_MESSAGES } from '../render/i18n/overdue-trend.js';

addMessagePack(OVERDUE_TREND_MESSAGES);

/**
 * A line series of the overdue trend, with the numerator and denominator behind every point. From
 * columnar data, rates, numerators and denominators are computed on demand (`valueAt`, `extent`,
 * `reduce`: nothing of the series' length is built to draw it); `ys` is built on first read only.
 */
export interface OverdueSeries extends LineSeries {
  /** Rate of point `i`, NaN when undefined. */
  valueAt(i: number): number;
  /** Numerator (the bucket set's accounts or balance) of point `i`. */
  numeratorAt(i: number): number;
  /** Denominator (all buckets' accounts or balance) of point `i`. */
  denominatorAt(i: number): number;
  /** Period label of point `i` (computed on demand: long series carry no label array). */
  period(i: number): string;
}

/** Period label of a UTC time: `YYYY-MM` for first-of-month times, else `YYYY-MM-DD`. */
function timeToPeriod(time: number): string {
  const iso = new Date(time).toISOString();
  return iso.slice(8, 10) === '01' && iso.slice(11, 19) === '00:00:00' ? iso.slice(0, 7) : iso.slice(0, 10);
}

/**
 * An `overdue` response → one typed-array series per requested bucket (or bucket set), rates from
 * `src/kpi` (`overdueRateParts` for columnar responses, `overdueRates` for rows); undefined or
 * suppressed rates are NaN gaps.
 */
export function overdueSeries(
  response: MetricResponse<'overdue'>,
  buckets: readonly string[],
  basis: Basis,
): OverdueSeries[] {
  if (response.columns) {
    const times = response.columns.times;
    const daily = times.length > 1 && at(times, 1) - at(times, 0) < 28 * 864e5;
    const parts = overdueRateParts(response.columns, { buckets, basis });
    const xs = parts.xs;
    // One reduction of all the series per plot width (they share x and the denominators).
    let reduced: { columns: number; series: Downsampled[] } | null = null;
    const reduce = (columns: number) => {
      if (reduced?.columns !== columns) reduced = { columns, series: downsampleRatioSeries(parts, columns) };
      return reduced.series;
    };
    return parts.buckets.map((bucket, k) => {
      let ys: Float64Array | undefined;
      const extent = ratioSeriesExtent(parts, k);
      return {
        key: bucket,
        label: bucket,
        xs,
        get ys() {
          return (ys ??= ratioSeriesColumn(parts, k));
        },
        valueAt: (i) => ratioSeriesAt(parts, k, i),
        numeratorAt: (i) => ratioSeriesNumerator(parts, k, i),
        denominatorAt: (i) => ratioSeriesDenominator(parts, i),
        extent: () => extent,
        reduce: (columns) => at(reduce(columns), k),
        period: (i) => (daily ? new Date(at(xs, i)).toISOString().slice(0, 10) : timeToPeriod(at(xs, i))),
      };
    });
  }
  const rates = overdueRates(response.rows, { buckets: [...buckets], basis });
  const byBucket = new Map<string, typeof rates>();
  for (const r of rates) {
    let list = byBucket.get(r.bucket);
    if (!list) byBucket.set(r.bucket, (list = []));
    list.push(r);
  }
  return buckets.map((bucket) => {
    const list = byBucket.get(bucket) ?? [];
    const n = list.length;
    const periods = new Array<string>(n);
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    const numerators = new Float64Array(n);
    const denominators = new Float64Array(n);
    list.forEach((r, i) => {
      xs[i] = periodToTime(r.period);
      ys[i] = r.rate ?? NaN;
      periods[i] = r.period;
      numerators[i] = r.numerator;
      denominators[i] = r.denominator;
    });
    const s: OverdueSeries = {
      key: bucket,
      label: bucket,
      xs,
      ys,
      valueAt: (i) => at(ys, i),
      numeratorAt: (i) => at(numerators, i),
      denominatorAt: (i) => at(denominators, i),
      period: (i) => at(periods, i),
    };
    return s;
  });
}
