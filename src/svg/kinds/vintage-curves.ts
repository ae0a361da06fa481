import { basisOf, type Basis } from '../../model/metrics.js';
import type { VintageRow } from '../../model/rows.js';
import { vintageSeries } from '../../views/vintage-series.js';
import { formatNumber, formatPercentTick } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import type { ServerChart } from '../types.js';
import { cohortCurvesPart, type CohortCurvesOptions } from '../kind-parts.js';

/** Options of the `vintage-curves` kind: the element's attributes. */
export interface VintageCurvesServerOptions extends CohortCurvesOptions {
  basis?: Basis;
  maxMob?: number;
  /** Cohort labels, or the latest N. */
  cohorts?: string[] | number;
}

export const vintageCurvesChart: ServerChart<readonly VintageRow[], VintageCurvesServerOptions> = (
  rows,
  options,
  locale,
  intlLocale,
) => {
  const basis = basisOf(options.basis);
  const cohorts = vintageSeries(rows, { basis, maxMob: options.maxMob ?? 24, cohorts: options.cohorts ?? null });
  const title = t(locale, 'vintageTitle', { basis: t(locale, basis === 'count' ? 'accounts' : 'balance') });
  return cohortCurvesPart('vintage', title, cohorts, options, locale, {
    formatValue: (v) => formatPercentTick(intlLocale, v),
    formatTime: (m) => formatNumber(intlLocale, m),
  });
};
