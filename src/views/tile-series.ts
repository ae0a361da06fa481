import { comparePeriods } from '../kpi/compare.js';
import type { PeriodComparison, ValueKind } from '../kpi/types.js';
import type { MetricResponse } from '../model/response.js';
import { at } from '../model/at.js';
import { tilePoints, type TileMetric, type TileOptions } from './tile-points.js';

export type { TileMetric, TileOptions } from './tile-points.js';

/** What a tile shows: one value per period (oldest first) with its numerator and denominator. */
export interface TileSeries {
  /** `rate`: a share (deltas in percentage points); `amount`: anything else (deltas in percent). */
  kind: ValueKind;
  periods: string[];
  values: Float64Array;
  numerators: Float64Array;
  denominators: Float64Array;
  /** The latest value compared with the comparison period (null when there is no value at all). */
  comparison: PeriodComparison | null;
}

/**
 * Response of the tile's metric → its series and comparison, every ratio from `src/kpi`:
 * `overdue` (rate of the bucket set), `recovery` (cumulative rate `measure` months after charge-off,
 * one value per cohort), `complaints` (per `measure` accounts), `agents` (kept-promise rate).
 */
export function tileSeries(metric: TileMetric, response: MetricResponse, options: TileOptions): TileSeries {
  const { kind, list } = tilePoints(metric)(response, options);
  const n = list.length;
  const s: TileSeries = {
    kind,
    periods: list.map((p) => p.period),
    values: Float64Array.from(list, (p) => p.rate ?? NaN),
    numerators: Float64Array.from(list, (p) => p.numerator),
    denominators: Float64Array.from(list, (p) => p.denominator),
    comparison: null,
  };
  if (n && at(list, n - 1).period) {
    const compared = comparePeriods(
      list.map((p) => ({ period: p.period, value: p.rate })),
      { compare: options.compare, kind },
    );
    s.comparison = compared[compared.length - 1] ?? null;
  } else if (n) {
    const rate = at(list, n - 1).rate;
    s.comparison = {
      period: '',
      value: rate,
      kind,
      comparePeriod: null,
      compareValue: null,
      delta: null,
      deltaPoints: null,
      deltaPercent: null,
    };
  }
  return s;
}
