import { lineChart, type LineChartSpec } from '../../charts/line-chart.js';
import { qualitySummary } from '../../kpi/quality.js';
import type { QualityRow } from '../../model/rows.js';
import { formatPercent, formatTick } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import { periodInterval } from '../../render/period.js';
import { QA_METHOD_LABELS, QA_RULE_LABELS } from '../../render/qa-vocab.js';
import { codeLabel } from '../../render/vocab.js';
import { qualitySeries } from '../../views/quality-series.js';
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
  const labels = series[0]?.labels ?? [];
  const spec: LineChartSpec = {
    width: options.width ?? 640,
    height: options.height ?? 280,
    series,
    formatValue: (v) => formatPercent(intlLocale, v, 1),
    formatTime: (time, unit) => formatTick(intlLocale, time, unit ?? 'month'),
    interval: periodInterval(labels[0], labels[1]),
  };
  return {
    metric: 'quality',
    chart: lineChart(spec),
    width: spec.width,
    height: spec.height,
    title: t(locale, 'qaTitle', { method: codeLabel(QA_METHOD_LABELS, summary.method, locale) }),
    legend: series.map((s) => s.label),
  };
};
