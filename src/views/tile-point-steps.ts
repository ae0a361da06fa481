import type { Basis, MetricName } from '../model/metrics.js';
import type { MetricResponse } from '../model/response.js';
import type { ValueKind } from '../kpi/types.js';

/** Metrics a KPI tile can show. */
export type TileMetric = Extract<MetricName, 'overdue' | 'recovery' | 'complaints' | 'agents' | 'roll-rates'>;

/** Options of `tileSeries`: the tile's attributes. */
export interface TileOptions {
  bucket: string;
  basis: Basis;
  /** Recovery: months since charge-off; complaints: per how many accounts. */
  measure: number | undefined;
  net: boolean;
  compare: 'previous-period' | 'same-period-last-year';
}

/** One value of a tile's series with its numerator and denominator. */
export interface TilePoint {
  period: string;
  numerator: number;
  denominator: number;
  rate: number | null;
}

/** A tile metric's step from its response to its points, every ratio from `src/kpi`. */
export type TilePointsFn = (response: MetricResponse, options: TileOptions) => { kind: ValueKind; list: TilePoint[] };

const steps = new Map<string, TilePointsFn>();

/** Registers a tile metric's step; its module calls this when it loads. */
export function registerTilePoints(metric: TileMetric, step: TilePointsFn): void {
  steps.set(metric, step);
}

/** The registered step of `metric`, if its module has loaded. */
export function loadedTilePoints(metric: string): TilePointsFn | undefined {
  return steps.get(metric);
}
