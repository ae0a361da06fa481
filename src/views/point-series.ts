import type { LineSeries } from '../charts/line-chart.js';

/** A drawn series with what a tooltip, announcement, table and `ck-select` need per point. */
export interface PointSeries extends LineSeries {
  /** Raw label of each point's x (period `2025-10`, or month on book as text). */
  labels: string[];
  numerators: Float64Array;
  denominators: Float64Array;
}
