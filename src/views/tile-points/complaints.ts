import { complaintTrend } from '../../kpi/complaints.js';
import type { ComplaintRow } from '../../model/rows.js';
import { registerTilePoints, type TilePointsFn } from '../tile-points.js';

/** `complaints`: complaints per `measure` accounts (default 10,000) per period. */
export const complaintPoints: TilePointsFn = (response, o) => {
  const trend = complaintTrend(response.rows as ComplaintRow[], response.exposure ?? [], { per: o.measure ?? 10_000 });
  return { kind: 'amount', list: trend.periods.map((p) => ({ period: p.period, ...p.perAccounts })) };
};

registerTilePoints('complaints', complaintPoints);
