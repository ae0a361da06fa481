import { lineChart, type LineChartSpec } from '../../charts/line-chart.js';
import type { RecoveryRow } from '../../model/rows.js';
import { recoverySeries } from '../../views/recovery-series.js';
import { formatNumber, formatPercent } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import type { ServerChartOptions, ServerChart } from '../types.js';
import { emphasiseLatest } from '../../views/cohort-emphasis.js';
import { curveLegend } from '../curve-legend.js';
import { LIGHT_THEME } from '../../export/svg.js';

/** Options of the `recovery-curves` kind: the element's attributes. */
export interface RecoveryCurvesServerOptions extends ServerChartOptions {
  /** Latest cohorts in colour when there are more than seven (default 3; the rest recede, the average is drawn); `all`: every cohort. */
  highlight?: number | 'all';
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
  const series = emphasiseLatest(cohorts, {
    latest: options.highlight === 'all' ? 0 : (options.highlight ?? 3),
    averageLabel: t(locale, 'cohortAverage'),
  });
  const spec: LineChartSpec = {
    width: options.width ?? 640,
    height: options.height ?? 280,
    series,
    xType: 'linear',
    formatValue: (v) => formatPercent(intlLocale, v, 0),
    formatTime: (m) => formatNumber(intlLocale, m),
    projectionLabel: t(locale, 'projection'),
  };
  return {
    metric: 'recovery',
    chart: lineChart(spec),
    width: spec.width,
    height: spec.height,
    title: t(locale, 'recoveryTitle', { basis: t(locale, options.net ? 'tileNet' : 'tileGross') }),
    legend: series.map((s) => s.label),
    legendEntries: curveLegend(series, locale, options.theme ?? LIGHT_THEME),
  };
};
