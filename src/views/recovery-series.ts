import type { RecoveryRow } from '../model/rows.js';
import { projectRecovery, recoveryCurves } from '../kpi/index.js';
import type { PointSeries } from './point-series.js';
import { addDefinitions } from '../model/definitions.js';
import { RECOVERY_DEFINITIONS } from '../model/definitions/recovery.js';

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
    const n = points.length;
    const s: RecoverySeries = {
      key: c.cohort,
      label: c.cohort,
      chargedOff: c.chargedOff,
      xs: new Float64Array(n),
      ys: new Float64Array(n),
      labels: new Array<string>(n),
      numerators: new Float64Array(n),
      denominators: new Float64Array(n),
    };
    const first = points.findIndex((p) => p.projected);
    if (first >= 0) s.projectedFrom = first;
    points.forEach((p, i) => {
      s.xs[i] = p.month;
      s.ys[i] = p.rate ?? NaN;
      s.labels[i] = String(p.month);
      s.numerators[i] = p.cumulative;
      s.denominators[i] = c.chargedOff;
    });
    return s;
  });
}

addDefinitions(RECOVERY_DEFINITIONS);
