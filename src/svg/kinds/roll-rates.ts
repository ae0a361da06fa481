import type { Basis } from '../../model/metrics.js';
import { matrixView, rollMatrices } from '../../views/roll-model.js';
import { heatmap } from '../../charts/heatmap.js';
import type { RollRateRow } from '../../model/rows.js';
import { formatPercent, formatPeriod } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import type { ServerChartOptions, ServerChart } from '../types.js';

/** Options of the `roll-rates` kind: the transition matrix of one period (default the latest). */
export interface RollRatesServerOptions extends ServerChartOptions {
  basis?: Basis;
  period?: string;
}

export const rollRatesChart: ServerChart<readonly RollRateRow[], RollRatesServerOptions> = (
  rows,
  options,
  locale,
  intlLocale,
) => {
  const basis: Basis = options.basis === 'count' ? 'count' : 'balance';
  const m = matrixView(rollMatrices(rows, basis), options.period);
  const width = options.width ?? 640;
  const height = options.height ?? 320;
  return {
    metric: 'roll-rates',
    chart: heatmap({
      width,
      height,
      rows: m?.rows ?? [],
      columns: m?.columns ?? [],
      values: m?.rates ?? [],
      formatValue: (v) => formatPercent(intlLocale, v, 1),
      columnTitle: t(locale, 'rollTo'),
      rowTitle: t(locale, 'rollFrom'),
      focus: null,
    }),
    width,
    height,
    title: t(locale, 'rollMatrixTitle', {
      period: m ? formatPeriod(intlLocale, m.period) : '',
      basis: t(locale, basis === 'count' ? 'accounts' : 'balance'),
    }),
    legend: [],
  };
};
