import { overdueRates } from '../../kpi/overdue.js';
import type { OverdueRow } from '../../model/rows.js';
import { registerTilePoints, type TilePointsFn } from '../tile-points.js';

/** `overdue`: the rate of the tile's bucket set per period, on its basis. */
export const overduePoints: TilePointsFn = (response, o) => ({
  kind: 'rate',
  list: overdueRates(response.rows as OverdueRow[], { buckets: [o.bucket], basis: o.basis }),
});

registerTilePoints('overdue', overduePoints);
