import { lineChart, type LineChartSpec } from '../../charts/line-chart.js';
import type { ComplianceRow } from '../../model/rows.js';
import { complianceRates } from '../../kpi/compliance.js';
import { parseRules, ruleSeries } from '../../views/compliance-series.js';
import { COMPLIANCE_PRESET_LABELS, COMPLIANCE_RULE_LABELS, codeLabel } from '../../render/vocab.js';
import { formatPercent, formatTick } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import { periodInterval } from '../../render/period.js';
import type { ServerChartOptions, ServerChart } from '../types.js';
import { registerContactRuleLines } from '../../model/definitions/contact-rules.js';

// Exports of this view carry the contact rules' clauses and readings.
registerContactRuleLines();

/** Options of the `compliance-monitor` kind: `rules` as on the element (`cn-cba-2026`, `us-reg-f`, rule ids). */
export interface ComplianceServerOptions extends ServerChartOptions {
  rules?: string;
}

export const complianceChart: ServerChart<readonly ComplianceRow[], ComplianceServerOptions> = (
  rows,
  options,
  locale,
  intlLocale,
) => {
  const selection = parseRules(options.rules ?? 'cn-cba-2026');
  const series = ruleSeries(complianceRates(rows), selection, (rule) =>
    codeLabel(COMPLIANCE_RULE_LABELS, rule, locale),
  );
  const labels = series[0]?.labels ?? [];
  const spec: LineChartSpec = {
    width: options.width ?? 640,
    height: options.height ?? 280,
    series,
    formatValue: (v) => formatPercent(intlLocale, v, 1),
    formatTime: (time, unit) => formatTick(intlLocale, time, unit ?? 'month'),
    interval: periodInterval(labels[0], labels[1]),
  };
  const rules = selection
    .map((r) =>
      COMPLIANCE_PRESET_LABELS[r]
        ? codeLabel(COMPLIANCE_PRESET_LABELS, r, locale)
        : codeLabel(COMPLIANCE_RULE_LABELS, r, locale),
    )
    .join(locale.startsWith('zh') ? '、' : ', ');
  return {
    metric: 'compliance',
    chart: lineChart(spec),
    width: spec.width,
    height: spec.height,
    title: t(locale, 'complianceTitle', { rules }),
    legend: series.map((s) => s.label),
  };
};
