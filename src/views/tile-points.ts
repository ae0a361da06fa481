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

// Each metric's step is its own module, so a tile page fetches the KPI code of the metric it shows only.
const loaders: Record<TileMetric, () => Promise<unknown>> = {
  overdue: () => import('./tile-points/overdue.js'),
  recovery: () => import('./tile-points/recovery.js'),
  complaints: () => import('./tile-points/complaints.js'),
  agents: () => import('./tile-points/agents.js'),
  'roll-rates': () => import('./tile-points/roll-rates.js'),
};
const steps = new Map<string, TilePointsFn>();
const pending = new Map<string, Promise<void>>();

/** Registers a tile metric's step; its module calls this when it loads. */
export function registerTilePoints(metric: TileMetric, step: TilePointsFn): void {
  steps.set(metric, step);
}

/**
 * What a tile's `scheduleUpdate` awaits before it renders `metric`: the metric's module, when it is not
 * loaded yet; nothing when it is, or when `metric` is not a tile metric (the tile then shows that error).
 * Never rejects: a module that cannot be fetched leaves `tilePoints` to report it.
 */
export function tilePointsReady(metric: string): Promise<void> | undefined {
  const load = (loaders as Record<string, (() => Promise<unknown>) | undefined>)[metric];
  if (!load || steps.has(metric)) return undefined;
  let wait = pending.get(metric);
  if (!wait) {
    wait = load().then(
      () => undefined,
      () => void pending.delete(metric),
    );
    pending.set(metric, wait);
  }
  return wait;
}

/** The loaded step of `metric`; throws a message naming the metric when it is not a tile metric or not loaded. */
export function tilePoints(metric: string): TilePointsFn {
  const step = steps.get(metric);
  if (step) return step;
  throw new Error(
    metric in loaders
      ? `collectkit: the KPI tile's "${metric}" module has not loaded (check the network and the page's script folder).`
      : `collectkit: a KPI tile shows ${Object.keys(loaders).join(', ')}; not "${metric}".`,
  );
}
