import { svg } from 'lit';
import { hbarChart, hbarHeight } from '../../charts/hbar-chart.js';
import { legalPipeline } from '../../kpi/legal.js';
import type { LegalRow } from '../../model/rows.js';
import { t } from '../../render/i18n/index.js';
import { LEGAL_LABEL_WIDTH, legalItems, legalPanels } from '../../views/legal-model.js';
import type { ServerChart, ServerChartOptions } from '../types.js';

/** Options of the `legal-pipeline` kind: the currency of the amounts (default CNY). */
export interface LegalPipelineServerOptions extends ServerChartOptions {
  currency?: string;
}

/** The pipeline's three panels (cases by stage, days to each stage, amounts) stacked in one SVG, as the widget draws them. */
export const legalPipelineChart: ServerChart<readonly LegalRow[], LegalPipelineServerOptions> = (
  rows,
  options,
  locale,
  intlLocale,
) => {
  const width = options.width ?? 640;
  const panels = legalPanels(legalPipeline(rows).total);
  let y = 0;
  const parts = panels.map((panel) => {
    const spec = {
      width,
      items: legalItems(locale, intlLocale, panel, options.currency ?? 'CNY'),
      formatValue: String,
      maxLabelWidth: LEGAL_LABEL_WIDTH,
      focus: null,
    };
    const top = y;
    y += 18 + hbarHeight(spec) + 8;
    return svg`<g transform="translate(0,${top})"><text class="panel-title" x="0" y="13">${t(locale, panel.title)}</text><g transform="translate(0,18)">${hbarChart(spec)}</g></g>`;
  });
  return {
    metric: 'legal',
    chart: svg`<svg xmlns="http://www.w3.org/2000/svg" class="chart legal-pipeline" width=${width} height=${y} viewBox="0 0 ${width} ${y}" aria-hidden="true">${parts}</svg>`,
    width,
    height: y,
    title: t(locale, 'legalTitle'),
    legend: [],
  };
};
