import type { RecoveryRow } from '../model/rows.js';
import { projectRecovery, recoveryCurves } from '../kpi/index.js';
import type { PointSeries } from './point-series.js';
import type { RecoveryCurve } from '../kpi/types.js';
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
  return curves.map((c) => curveSeries(c, options.maxMonths));
}

/**
 * The series of one curve, its points up to `maxMonths` in order: the columns of `rateSeries` (x = month,
 * label = the month as text, y = rate or a NaN gap, numerator = cumulative, denominator = charged-off),
 * written straight from the points rather than through a `RatePoint` per point.
 */
function curveSeries(c: RecoveryCurve, maxMonths: number): RecoverySeries {
  const { points, chargedOff } = c;
  let n = 0;
  for (const p of points) if (p.month <= maxMonths) n++;
  const s: RecoverySeries = {
    key: c.cohort,
    label: c.cohort,
    xs: new Float64Array(n),
    ys: new Float64Array(n),
    labels: new Array<string>(n),
    numerators: new Float64Array(n),
    denominators: new Float64Array(n),
    chargedOff,
  };
  let i = 0;
  for (const p of points) {
    if (!(p.month <= maxMonths)) continue;
    if (p.projected && s.projectedFrom === undefined) s.projectedFrom = i;
    s.xs[i] = p.month;
    s.ys[i] = p.rate ?? NaN;
    s.labels[i] = String(p.month);
    s.numerators[i] = p.cumulative;
    s.denominators[i] = chargedOff;
    i++;
  }
  return s;
}

addDefinitions(RECOVERY_DEFINITIONS);
