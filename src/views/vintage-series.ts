import type { Basis } from '../model/metrics.js';
import type { VintageRow } from '../model/rows.js';
import { vintageCurves } from '../kpi/index.js';
import { rateSeries, type PointSeries } from './point-series.js';
import { addDefinitions } from '../model/definitions.js';
import { VINTAGE_DEFINITIONS } from '../model/definitions/vintage.js';
import { addMessagePack } from '../render/i18n/index.js';
import { CURVES_MESSAGES } from '../render/i18n/curves.js';

addMessagePack(CURVES_MESSAGES);

/** Options of `vintageSeries`: the element's attributes. */
export interface VintageSeriesOptions {
  basis: Basis;
  /** Last month on book drawn. */
  maxMob: number;
  /** Cohorts to draw: a list of labels, or the latest N. Empty: all. */
  cohorts: string[] | number | null;
}

/**
 * Vintage rows → one series per origination cohort (x = months on book), delinquent ÷ originated from
 * `vintageCurves`; cohorts chosen by label or as the latest N, months on book beyond `maxMob` dropped.
 */
export function vintageSeries(rows: readonly VintageRow[], options: VintageSeriesOptions): PointSeries[] {
  let curves = vintageCurves(rows, { basis: options.basis });
  const pick = options.cohorts;
  if (Array.isArray(pick) && pick.length) curves = curves.filter((c) => pick.includes(c.cohort));
  else if (typeof pick === 'number' && pick > 0) curves = curves.slice(-pick);
  return curves.map((c) => {
    const points = c.points.filter((p) => p.mob <= options.maxMob);
    return rateSeries(c.cohort, c.cohort, points, (p) => ({ x: p.mob, label: String(p.mob), ratio: p }));
  });
}

addDefinitions(VINTAGE_DEFINITIONS);
