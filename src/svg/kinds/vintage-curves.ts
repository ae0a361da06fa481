import { lineChart, type LineChartSpec } from '../../charts/line-chart.js';
import type { Basis } from '../../model/metrics.js';
import type { VintageRow } from '../../model/rows.js';
import { vintageSeries } from '../../views/vintage-series.js';
import { formatNumber, formatPercentTick } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import type { ServerChartOptions, ServerChart } from '../types.js';

/** Options of the `vintage-curves` kind: the element's attributes. */
export interface VintageCurvesServerOptions extends ServerChartOptions {
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
  const series = vintageSeries(rows, { basis, maxMob: options.maxMob ?? 24, cohorts: options.cohorts ?? null });
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
  };
};
