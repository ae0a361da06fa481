import type { IntervalSpec } from '../../charts/interval-chart.js';
import { intervalPart } from '../interval-part.js';
import { experimentResults } from '../../kpi/experiments.js';
import type { ExperimentRow } from '../../model/rows.js';
import { formatPercentTick } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import { experimentChartRows } from '../../views/experiment-view.js';
import type { ServerChart, ServerChartOptions } from '../types.js';

/** Options of the `strategy-test` kind, as on the element: `experiment`, `champion`, `mde`, `per`. */
export interface StrategyTestServerOptions extends ServerChartOptions {
  experiment?: string;
  champion?: string;
  mde?: number;
  per?: number;
}

/** The strategy test's interval chart: each arm's cure rate with its Wilson interval and its reading. */
export const strategyTestChart: ServerChart<readonly ExperimentRow[], StrategyTestServerOptions> = (
  rows,
  options,
  locale,
  intlLocale,
) => {
  const result = experimentResults(rows, {
    ...(options.experiment ? { experiment: options.experiment } : {}),
    ...(options.champion ? { champion: options.champion } : {}),
    ...(options.mde !== undefined ? { mde: options.mde } : {}),
    ...(options.per !== undefined ? { per: options.per } : {}),
  });
  const spec: IntervalSpec = {
    width: options.width ?? 640,
    rows: result ? experimentChartRows(locale, intlLocale, result) : [],
    formatTick: (v) => formatPercentTick(intlLocale, v),
    reference: result?.arms[0]?.cure.rate ?? null,
    bounds: [0, 1],
    maxLabelWidth: 160,
  };
  return intervalPart('experiments', spec, t(locale, 'strategyTitle', { experiment: result?.experiment ?? '' }));
};
