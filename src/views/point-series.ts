import type { LineSeries } from '../charts/line-chart.js';
import { periodToTime } from '../render/period.js';

/** A drawn series with what a tooltip, announcement, table and `ck-select` need per point. */
export interface PointSeries extends LineSeries {
  /** Raw label of each point's x (period `2025-10`, or month on book as text). */
  labels: string[];
  numerators: Float64Array;
  denominators: Float64Array;
}

/** One point of a rate series: its x, its raw label and the ratio it draws. */
export interface RatePoint {
  x: number;
  label: string;
  ratio: { numerator: number; denominator: number; rate: number | null };
}

/**
 * A typed-array series of rates, one point per item in the given order (`point` says where each item stands
 * and what it measures); null rates are NaN gaps.
 */
export function rateSeries<T>(
  key: string,
  label: string,
  items: readonly T[],
  point: (item: T) => RatePoint,
): PointSeries {
  const n = items.length;
  const s: PointSeries = {
    key,
    label,
    xs: new Float64Array(n),
    ys: new Float64Array(n),
    labels: new Array<string>(n),
    numerators: new Float64Array(n),
    denominators: new Float64Array(n),
  };
  items.forEach((item, i) => {
    const p = point(item);
    s.xs[i] = p.x;
    s.ys[i] = p.ratio.rate ?? NaN;
    s.labels[i] = p.label;
    s.numerators[i] = p.ratio.numerator;
    s.denominators[i] = p.ratio.denominator;
  });
  return s;
}

/** The `RatePoint` of a period (`2025-10`) and its ratio. */
export function periodPoint(period: string, ratio: RatePoint['ratio']): RatePoint {
  return { x: periodToTime(period), label: period, ratio };
}
