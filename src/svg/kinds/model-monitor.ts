import type { IntervalSpec } from '../../charts/interval-chart.js';
import { intervalPart } from '../interval-part.js';
import { scoreMonitor } from '../../kpi/scores.js';
import type { ScoreRow } from '../../model/rows.js';
import { formatPercentTick, formatPeriod } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import { bandChartRows, shownPeriod } from '../../views/score-view.js';
import type { ServerChart, ServerChartOptions } from '../types.js';

/** Options of the `model-monitor` kind, as on the element: `baseline` and `period`. */
export interface ModelMonitorServerOptions extends ServerChartOptions {
  baseline?: string;
  period?: string;
}

/** The model monitor's calibration chart: each band's observed rate with its Wilson interval and its prediction. */
export const modelMonitorChart: ServerChart<readonly ScoreRow[], ModelMonitorServerOptions> = (
  rows,
  options,
  locale,
  intlLocale,
) => {
  const monitor = scoreMonitor(rows, options.baseline ? { baseline: options.baseline } : {});
  const p = monitor ? shownPeriod(monitor, options.period) : undefined;
  const spec: IntervalSpec = {
    width: options.width ?? 640,
    rows: p ? bandChartRows(locale, intlLocale, p) : [],
    formatTick: (v) => formatPercentTick(intlLocale, v),
    reference: null,
    include: [0],
    bounds: [0, 1],
    maxLabelWidth: 80,
  };
  return intervalPart('scores', spec, t(locale, 'modelTitle', { period: p ? formatPeriod(intlLocale, p.period) : '' }));
};
