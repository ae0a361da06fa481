import type { RecoveryRow } from '../model/rows.js';
import { projectRecovery, recoveryCurves } from '../kpi/index.js';
import { rateSeries, type PointSeries } from './point-series.js';
import { addDefinitions } from '../model/definitions.js';
import { RECOVERY_DEFINITIONS } from '../model/definitions/recovery.js';
import { addMessagePack } from '../render/i18n/index.js';
import { CURVES_MESSAGES } from '../render/i18n/curves.js';

addMessagePack(CURVES_MESSAGES);

/** A recovery curve as typed-array columns (x = months since charge-off), projected from `projectedFrom` on. */
export interface RecoverySeries extends PointSeries {
  chargedOff: number;
}

/** Options of `recoverySeries`: the element's attributes. */
export interface RecoverySeriesOptions {
  net: boolean;
  /** Last month drawn (and projected to). */
  maxMonths: number;
  /** Complete immature cohorts with chain-ladder development factors. */
  projection: boolean;
}

/**
 * Recovery rows → one series per charge-off cohort: cumulative recovery ÷ charged-off (`recoveryCurves`),
 * completed to `maxMonths` by `projectRecovery` when asked; months beyond `maxMonths` are dropped.
 */
export function recoverySeries(rows: readonly RecoveryRow[], options: RecoverySeriesOptions): RecoverySeries[] {
  let curves = recoveryCurves(rows, { net: options.net });
  if (options.projection) curves = projectRecovery(curves, { horizon: options.maxMonths }).curves;
  return curves.map((c) => {
    const points = c.points.filter((p) => p.month <= options.maxMonths);
    const s: RecoverySeries = {
      ...rateSeries(c.cohort, c.cohort, points, (p) => ({
        x: p.month,
        label: String(p.month),
        ratio: { numerator: p.cumulative, denominator: c.chargedOff, rate: p.rate },
      })),
      chargedOff: c.chargedOff,
    };
    const first = points.findIndex((p) => p.projected);
    if (first >= 0) s.projectedFrom = first;
    return s;
  });
}

addDefinitions(RECOVERY_DEFINITIONS);
