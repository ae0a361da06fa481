import { svg } from 'lit';
import { hbarChart, hbarHeight } from '../../charts/hbar-chart.js';
import { promiseFunnel } from '../../kpi/promises.js';
import type { PromiseFunnelRow } from '../../model/rows.js';
import { t } from '../../render/i18n/index.js';
import { FUNNEL_LABEL_WIDTH, funnelPanels, panelItems } from '../../views/ptp-funnel-model.js';
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
  const width = options.width ?? 640;
  const panels = funnelPanels(promiseFunnel(rows).total);
  let y = 0;
  const parts = panels.map((panel) => {
    const spec = {
      width,
      items: panelItems(locale, intlLocale, panel),
      formatValue: String,
      maxLabelWidth: FUNNEL_LABEL_WIDTH,
      focus: null,
    };
    const top = y;
    y += 18 + hbarHeight(spec) + 8;
    return svg`<g transform="translate(0,${top})"><text class="panel-title" x="0" y="13">${t(locale, panel.title)}</text><g transform="translate(0,18)">${hbarChart(spec)}</g></g>`;
  });
  return {
    metric: 'promises',
    chart: svg`<svg xmlns="http://www.w3.org/2000/svg" class="chart ptp-funnel" width=${width} height=${y} viewBox="0 0 ${width} ${y}" aria-hidden="true">${parts}</svg>`,
    width,
    height: y,
    title: t(locale, 'ptpTitle', { grace: options.grace ?? 0 }),
    legend: [],
  };
};
