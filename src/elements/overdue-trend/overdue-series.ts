import type { Basis } from '../../model/metrics.js';
import type { OverdueRow } from '../../model/rows.js';
import { overdueRates } from '../../kpi/overdue.js';
import { periodToTime } from '../../render/period.js';
import type { LineSeries } from '../../charts/line-chart.js';

/** A line series of the overdue trend, with the numerator and denominator behind every point. */
export interface OverdueSeries extends LineSeries {
  periods: string[];
  numerators: Float64Array;
  denominators: Float64Array;
}

/**
 * Overdue rows → one typed-array series per requested bucket (or bucket set), rates from
 * `overdueRates` in `src/kpi`; suppressed or undefined rates are NaN gaps.
 */
export function overdueSeries(rows: readonly OverdueRow[], buckets: readonly string[], basis: Basis): OverdueSeries[] {
  const rates = overdueRates(rows as OverdueRow[], { buckets: [...buckets], basis });
  const byBucket = new Map<string, typeof rates>();
  for (const r of rates) {
    let list = byBucket.get(r.bucket);
    if (!list) byBucket.set(r.bucket, (list = []));
    list.push(r);
  }
  return buckets.map((bucket) => {
    const list = byBucket.get(bucket) ?? [];
    const n = list.length;
    const s: OverdueSeries = {
      key: bucket,
      label: bucket,
      xs: new Float64Array(n),
      ys: new Float64Array(n),
      periods: new Array<string>(n),
      numerators: new Float64Array(n),
      denominators: new Float64Array(n),
    };
    list.forEach((r, i) => {
      s.xs[i] = periodToTime(r.period);
      s.ys[i] = r.rate ?? NaN;
      s.periods[i] = r.period;
      s.numerators[i] = r.numerator;
      s.denominators[i] = r.denominator;
    });
    return s;
  });
}
