import type { RecoveryRow } from '../../model/rows.js';
import { recoverySeries } from '../../views/recovery-series.js';
import { formatNumber, formatPercent } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import type { ServerChart } from '../types.js';
import { cohortCurvesPart, type CohortCurvesOptions } from '../kind-parts.js';

/** Options of the `recovery-curves` kind: the element's attributes. */
export interface RecoveryCurvesServerOptions extends CohortCurvesOptions {
  net?: boolean;
  maxMonths?: number;
  /** Complete immature cohorts with chain-ladder factors (drawn dashed). Default true. */
  projection?: boolean;
}

export const recoveryCurvesChart: ServerChart<readonly RecoveryRow[], RecoveryCurvesServerOptions> = (
  rows,
  options,
  locale,
  intlLocale,
) => {
  const cohorts = recoverySeries(rows, {
    net: !!options.net,
    maxMonths: options.maxMonths ?? 36,
    projection: options.projection !== false,
  });
  const title = t(locale, 'recoveryTitle', { basis: t(locale, options.net ? 'tileNet' : 'tileGross') });
  return cohortCurvesPart('recovery', title, cohorts, options, locale, {
    formatValue: (v) => formatPercent(intlLocale, v, 0),
    formatTime: (m) => formatNumber(intlLocale, m),
    projectionLabel: t(locale, 'projection'),
  });
};
