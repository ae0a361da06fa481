import { lineChart, type LineChartSpec } from '../../charts/line-chart.js';
import type { Basis } from '../../model/metrics.js';
import type { VintageRow } from '../../model/rows.js';
import { vintageSeries } from '../../views/vintage-series.js';
import { formatNumber, formatPercentTick } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import type { ServerChartOptions, ServerChart } from '../types.js';
import { emphasiseLatest } from '../../views/cohort-emphasis.js';
import { curveLegend } from '../curve-legend.js';
import { LIGHT_THEME } from '../../export/svg.js';

/** Options of the `vintage-curves` kind: the element's attributes. */
export interface VintageCurvesServerOptions extends ServerChartOptions {
  /** Latest cohorts in colour when there are more than seven (default 3; the rest recede, the average is drawn); `all`: every cohort. */
  highlight?: number | 'all';
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
  const basis: Basis = options.basis === 'count' ? 'count' : 'balance';
  const cohorts = vintageSeries(rows, { basis, maxMob: options.maxMob ?? 24, cohorts: options.cohorts ?? null });
  const series = emphasiseLatest(cohorts, {
    latest: options.highlight === 'all' ? 0 : (options.highlight ?? 3),
    averageLabel: t(locale, 'cohortAverage'),
  });
  const spec: LineChartSpec = {
    width: options.width ?? 640,
    height: options.height ?? 280,
    series,
    xType: 'linear',
    formatValue: (v) => formatPercentTick(intlLocale, v),
    formatTime: (m) => formatNumber(intlLocale, m),
  };
  return {
    metric: 'vintage',
    chart: lineChart(spec),
    width: spec.width,
    height: spec.height,
    title: t(locale, 'vintageTitle', { basis: t(locale, basis === 'count' ? 'accounts' : 'balance') }),
    legend: series.map((s) => s.label),
    legendEntries: curveLegend(series, locale, options.theme ?? LIGHT_THEME),
  };
};
