import { qualitySummary } from '../../kpi/quality.js';
import type { QualityRow } from '../../model/rows.js';
import { t } from '../../render/i18n/index.js';
import { QA_METHOD_LABELS, QA_RULE_LABELS } from '../../render/qa-vocab.js';
import { codeLabel } from '../../render/vocab.js';
import { qualitySeries } from '../../views/quality-series.js';
import { lineChartPart, periodRateSpec } from '../kind-parts.js';
import type { ServerChart, ServerChartOptions } from '../types.js';

/** Options of the `qa-scorecard` kind: `method` as on the element (`ai`, `manual`). */
export interface QaScorecardServerOptions extends ServerChartOptions {
  method?: string;
}

/** The red-line violation rate per rule over time (`any` first), as `<ck-qa-scorecard>` draws it. */
export const qaScorecardChart: ServerChart<readonly QualityRow[], QaScorecardServerOptions> = (
  rows,
  options,
  locale,
  intlLocale,
) => {
  const summary = qualitySummary(rows, { method: options.method ?? 'ai' });
  const series = qualitySeries(summary, (rule) => codeLabel(QA_RULE_LABELS, rule, locale));
  const title = t(locale, 'qaTitle', { method: codeLabel(QA_METHOD_LABELS, summary.method, locale) });
  return lineChartPart('quality', title, periodRateSpec(series, options, intlLocale));
};
