/** `compliance` rows: contacts checked and breaches found per period × rule (every rule each period). */
import type { ComplianceRow } from '../../src/model/rows.js';
import { COMPLIANCE_RULES } from '../catalog.js';
import { periodGroups, type ResolvedQuery } from '../query.js';
import type { MetricResult, Portfolio } from '../portfolio-types.js';
import { operationsOf, selectSegments } from '../select.js';
import { COMPLIANCE_FIELDS } from '../simulate/operations.js';

/** Builds `compliance` rows. */
export function complianceRows(p: Portfolio, q: ResolvedQuery): MetricResult<'compliance'> {
  const segments = selectSegments(p, q);
  const rows: ComplianceRow[] = [];
  for (const group of periodGroups(q, p.start)) {
    const sum = new Float64Array(COMPLIANCE_RULES.length * COMPLIANCE_FIELDS);
    for (const s of segments) {
      for (const r of group.months) {
        const cells = operationsOf(p, s, r).compliance;
        for (let i = 0; i < sum.length; i++) sum[i]! += cells[i]!;
      }
    }
    COMPLIANCE_RULES.forEach((rule, k) => {
      rows.push({ period: group.label, rule: rule.code, checked: sum[k * 2]!, breaches: sum[k * 2 + 1]! });
    });
  }
  return { rows };
}
