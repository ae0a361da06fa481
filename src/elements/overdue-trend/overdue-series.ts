import type { Basis } from '../../model/metrics.js';
import type { MetricResponse } from '../../model/response.js';
import { overdueRates } from '../../kpi/overdue.js';
import { overdueRateColumns } from '../../kpi/overdue-columns.js';
import { periodToTime } from '../../render/period.js';
import type { LineSeries } from '../../charts/line-chart.js';

/** A line series of the overdue trend, with the numerator and denominator behind every point. */
export interface OverdueSeries extends LineSeries {
  numerators: Float64Array;
  denominators: Float64Array;
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
 * `src/kpi` (`overdueRateColumns` for columnar responses, `overdueRates` for rows); undefined or
 * suppressed rates are NaN gaps.
 */
export function overdueSeries(response: MetricResponse<'overdue'>, buckets: readonly string[], basis: Basis): OverdueSeries[] {
  if (response.columns) {
    const times = response.columns.times;
    const daily = times.length > 1 && times[1]! - times[0]! < 28 * 864e5;
    return overdueRateColumns(response.columns, { buckets, basis }).map((c) => ({
      key: c.bucket,
      label: c.bucket,
      xs: c.xs,
      ys: c.ys,
      numerators: c.numerators,
      denominators: c.denominators,
      period: (i) => (daily ? new Date(c.xs[i]!).toISOString().slice(0, 10) : timeToPeriod(c.xs[i]!)),
    }));
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
    const s: OverdueSeries = {
      key: bucket,
      label: bucket,
      xs: new Float64Array(n),
      ys: new Float64Array(n),
      numerators: new Float64Array(n),
      denominators: new Float64Array(n),
      period: (i) => periods[i]!,
    };
    list.forEach((r, i) => {
      s.xs[i] = periodToTime(r.period);
      s.ys[i] = r.rate ?? NaN;
      periods[i] = r.period;
      s.numerators[i] = r.numerator;
      s.denominators[i] = r.denominator;
    });
    return s;
  });
}
