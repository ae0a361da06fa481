import type { IntervalSpec } from '../../charts/interval-chart.js';
import { intervalPart } from '../interval-part.js';
import { outcomeGaps } from '../../kpi/outcomes.js';
import type { OutcomeRow } from '../../model/rows.js';
import { t } from '../../render/i18n/index.js';
import { gapTick, outcomeChartRows } from '../../views/outcome-gap-view.js';
import type { ServerChart, ServerChartOptions } from '../types.js';

/** Options of the `outcome-gap` kind, as on the element: `reference`. */
export interface OutcomeGapServerOptions extends ServerChartOptions {
  reference?: string;
}

/** The outcome gaps' interval chart: each segment's gap against the reference per measure, with its reading. */
export const outcomeGapChart: ServerChart<readonly OutcomeRow[], OutcomeGapServerOptions> = (
  rows,
  options,
  locale,
  intlLocale,
) => {
  const result = outcomeGaps(rows, options.reference ?? 'other');
  const spec: IntervalSpec = {
    width: options.width ?? 640,
    rows: result ? outcomeChartRows(locale, intlLocale, result) : [],
    formatTick: (v) => gapTick(intlLocale, v),
    reference: 0,
    include: [0],
    maxLabelWidth: 200,
  };
  return intervalPart('outcomes', spec, t(locale, 'outcomeGapTitle'));
};
