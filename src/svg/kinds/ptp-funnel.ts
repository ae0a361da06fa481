import { promiseFunnel } from '../../kpi/promises.js';
import type { PromiseFunnelRow } from '../../model/rows.js';
import { t } from '../../render/i18n/index.js';
import { FUNNEL_LABEL_WIDTH, funnelPanels, panelItems } from '../../views/ptp-funnel-model.js';
import { stackedBarPanels } from '../kind-parts.js';
import type { ServerChart, ServerChartOptions } from '../types.js';

/** Options of the `ptp-funnel` kind: the grace days the rows were counted with (for the title). */
export interface PtpFunnelServerOptions extends ServerChartOptions {
  grace?: number;
}

/** The funnel's three panels (steps, matured promises, follow-up of broken ones) stacked in one SVG, as the widget draws them. */
export const ptpFunnelChart: ServerChart<readonly PromiseFunnelRow[], PtpFunnelServerOptions> = (
  rows,
  options,
  locale,
  intlLocale,
) => {
  const panels = funnelPanels(promiseFunnel(rows).total);
  const { chart, width, height } = stackedBarPanels('ptp-funnel', options, locale, panels, (panel) => ({
    items: panelItems(locale, intlLocale, panel),
    maxLabelWidth: FUNNEL_LABEL_WIDTH,
  }));
  const title = t(locale, 'ptpTitle', { grace: options.grace ?? 0 });
  return { metric: 'promises', chart, width, height, title, legend: [] };
};
