import type { Basis } from '../../model/metrics.js';
import { matrixView, rollMatrices } from '../../views/roll-model.js';
import { heatmap } from '../../charts/heatmap.js';
import type { RollRateRow } from '../../model/rows.js';
import { formatPercent, formatPeriod } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import type { ServerChartOptions, ServerChart } from '../types.js';
import { chartSize, lineChartPart, periodRateSpec } from '../kind-parts.js';
import { cureTrend } from '../../views/cure-model.js';

/** Options of the `roll-rates` kind: the transition matrix of one period (default the latest), or `view: 'cure'`. */
export interface RollRatesServerOptions extends ServerChartOptions {
  basis?: Basis;
  period?: string;
  /** `cure`: the cure rate per bucket over time (lines), as `<ck-roll-rates view="cure">`. Default the matrix. */
  view?: 'matrix' | 'cure';
}

/** The cure view: one line per delinquent bucket of P[b][C] over the periods. */
const cureChart: ServerChart<readonly RollRateRow[], RollRatesServerOptions> = (rows, options, locale, intlLocale) => {
  const basis: Basis = options.basis === 'count' ? 'count' : 'balance';
  const series = cureTrend(rollMatrices(rows, basis));
  const title = t(locale, 'cureTitle', { basis: t(locale, basis === 'count' ? 'accounts' : 'balance') });
  return lineChartPart('roll-rates', title, periodRateSpec(series, options, intlLocale));
};

export const rollRatesChart: ServerChart<readonly RollRateRow[], RollRatesServerOptions> = (
  rows,
  options,
  locale,
  intlLocale,
) => {
  if (options.view === 'cure') return cureChart(rows, options, locale, intlLocale);
  const basis: Basis = options.basis === 'count' ? 'count' : 'balance';
  const m = matrixView(rollMatrices(rows, basis), options.period);
  const size = chartSize(options, 640, 320);
  return {
    metric: 'roll-rates',
    chart: heatmap({
      ...size,
      rows: m?.rows ?? [],
      columns: m?.columns ?? [],
      values: m?.rates ?? [],
      formatValue: (v) => formatPercent(intlLocale, v, 1),
      columnTitle: t(locale, 'rollTo'),
      rowTitle: t(locale, 'rollFrom'),
      focus: null,
    }),
    ...size,
    title: t(locale, 'rollMatrixTitle', {
      period: m ? formatPeriod(intlLocale, m.period) : '',
      basis: t(locale, basis === 'count' ? 'accounts' : 'balance'),
    }),
    legend: [],
  };
};
