import { legalPipeline } from '../../kpi/legal.js';
import type { LegalRow } from '../../model/rows.js';
import { t } from '../../render/i18n/index.js';
import { LEGAL_LABEL_WIDTH, legalItems, legalPanels } from '../../views/legal-model.js';
import { stackedBarPanels } from '../kind-parts.js';
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
  const panels = legalPanels(legalPipeline(rows).total);
  const currency = options.currency ?? 'CNY';
  const { chart, width, height } = stackedBarPanels('legal-pipeline', options, locale, panels, (panel) => ({
    items: legalItems(locale, intlLocale, panel, currency),
    maxLabelWidth: LEGAL_LABEL_WIDTH,
  }));
  return { metric: 'legal', chart, width, height, title: t(locale, 'legalTitle'), legend: [] };
};
