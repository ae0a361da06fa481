import type { ComplianceRow } from '../../model/rows.js';
import { complianceRates } from '../../kpi/compliance.js';
import { parseRules, ruleSeries } from '../../views/compliance-series.js';
import { COMPLIANCE_PRESET_LABELS, COMPLIANCE_RULE_LABELS, codeLabel } from '../../render/vocab.js';
import { t } from '../../render/i18n/index.js';
import { lineChartPart, periodRateSpec } from '../kind-parts.js';
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
  const rules = selection
    .map((r) =>
      COMPLIANCE_PRESET_LABELS[r]
        ? codeLabel(COMPLIANCE_PRESET_LABELS, r, locale)
        : codeLabel(COMPLIANCE_RULE_LABELS, r, locale),
    )
    .join(locale.startsWith('zh') ? '、' : ', ');
  const title = t(locale, 'complianceTitle', { rules });
  return lineChartPart('compliance', title, periodRateSpec(series, options, intlLocale));
};
