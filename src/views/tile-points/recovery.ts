import { recoveryCurves } from '../../kpi/recovery.js';
import type { RecoveryRow } from '../../model/rows.js';
import { registerTilePoints, type TilePoint, type TilePointsFn } from '../tile-points.js';

/** `recovery`: the cumulative rate `measure` months after charge-off (default 12), one value per cohort. */
export const recoveryPoints: TilePointsFn = (response, o) => {
  const months = o.measure ?? 12;
  const list: TilePoint[] = [];
  for (const curve of recoveryCurves(response.rows as RecoveryRow[], { net: o.net })) {
    const p = curve.points.find((q) => q.month === months);
    if (p) list.push({ period: curve.cohort, numerator: p.cumulative, denominator: curve.chargedOff, rate: p.rate });
  }
  return { kind: 'rate', list };
};

registerTilePoints('recovery', recoveryPoints);
