import type { ComplianceRate } from '../kpi/types.js';
import { periodToTime } from '../render/period.js';
import { periodPoint, rateSeries, type PointSeries } from './point-series.js';
import { addDefinitions } from '../model/definitions.js';
import { COMPLIANCE_DEFINITIONS } from '../model/definitions/compliance.js';
import { addMessagePack } from '../render/i18n/index.js';
import { COMPLIANCE_MESSAGES } from '../render/i18n/compliance.js';

addMessagePack(COMPLIANCE_MESSAGES);

/**
 * A breach-rate series of one rule: `labels` are its periods (`2025-10`), numerators the breaches
 * and denominators the contacts checked behind every point.
 */
export type RuleSeries = PointSeries;

/**
 * Rule selection of the `rules` attribute: presets (`cn-cba-2026`, `cn-gbt-2025`, `us-reg-f`) or single rule ids
 * (`us-reg-f/7-in-7`), comma or `|` separated.
 */
export function parseRules(value: string | null | undefined): string[] {
  const list = (value ?? '')
    .split(/[,|]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return list.length ? list : ['cn-cba-2026'];
}

/** Whether a rule id belongs to the selection (a preset selects the rules under `preset/`). */
export function ruleSelected(rule: string, selection: readonly string[]): boolean {
  return selection.some((s) => rule === s || rule.startsWith(`${s}/`));
}

/**
 * Breach rates from `complianceRates` (src/kpi) → one typed-array series per selected rule, in the
 * order rules first appear; null rates (nothing checked) are NaN gaps.
 */
export function ruleSeries(
  rates: readonly ComplianceRate[],
  selection: readonly string[],
  label: (rule: string) => string,
): RuleSeries[] {
  const byRule = new Map<string, ComplianceRate[]>();
  for (const r of rates) {
    if (!ruleSelected(r.rule, selection)) continue;
    let list = byRule.get(r.rule);
    if (!list) byRule.set(r.rule, (list = []));
    list.push(r);
  }
  return [...byRule].map(([rule, list]) => {
    const sorted = [...list].sort((a, b) => periodToTime(a.period) - periodToTime(b.period));
    return rateSeries(rule, label(rule), sorted, (r) => periodPoint(r.period, r));
  });
}

addDefinitions(COMPLIANCE_DEFINITIONS);
