import { loadOnce } from '../model/load-once.js';
import { loadedTilePoints, type TilePointsFn } from './tile-point-steps.js';
import type { TileMetric } from './tile-point-steps.js';

export type { TileMetric, TileOptions, TilePoint, TilePointsFn } from './tile-point-steps.js';

// Each metric's step is its own module, so a tile page fetches the KPI code of the metric it shows only.
const loaders: Record<TileMetric, () => Promise<unknown>> = {
  overdue: () => import('./tile-points/overdue.js'),
  recovery: () => import('./tile-points/recovery.js'),
  complaints: () => import('./tile-points/complaints.js'),
  agents: () => import('./tile-points/agents.js'),
  'roll-rates': () => import('./tile-points/roll-rates.js'),
};
const ready = loadOnce(loaders, (metric) => loadedTilePoints(metric) !== undefined);

/**
 * What a tile's `scheduleUpdate` awaits before it renders `metric`: the metric's module, when it is not
 * loaded yet; nothing when it is, or when `metric` is not a tile metric (the tile then shows that error).
 * Never rejects: a module that cannot be fetched leaves `tilePoints` to report it.
 */
export function tilePointsReady(metric: string): Promise<void> | undefined {
  return ready(metric);
}

/** The loaded step of `metric`; throws a message naming the metric when it is not a tile metric or not loaded. */
export function tilePoints(metric: string): TilePointsFn {
  const step = loadedTilePoints(metric);
  if (step) return step;
  throw new Error(
    metric in loaders
      ? `collectkit: the KPI tile's "${metric}" module has not loaded (check the network and the page's script folder).`
      : `collectkit: a KPI tile shows ${Object.keys(loaders).join(', ')}; not "${metric}".`,
  );
}
