import type { ComplaintTrend } from '../kpi/types.js';
import type { BarStack, OverLine } from '../charts/bars-line-chart.js';
import { addDefinitions } from '../model/definitions.js';
import { COMPLAINTS_DEFINITIONS } from '../model/definitions/complaints.js';
import { addMessagePack } from '../render/i18n/index.js';
import { COMPLAINTS_MESSAGES } from '../render/i18n/complaints.js';

addMessagePack(COMPLAINTS_MESSAGES);

/** Complaint trend as chart columns: one stack per category (or channel), the per-N rate as a line. */
export interface ComplaintColumns {
  periods: string[];
  /** Most received (over the whole range) at the bottom. */
  stacks: BarStack[];
  line: OverLine;
  /** Per period: on-time rate below the `sla` target. */
  missed: boolean[];
}

/**
 * Maps the result of `complaintTrend` (src/kpi) to typed-array columns for `barsLineChart`. No ratio
 * is computed here: received counts are copied, rates come from the KPI result.
 */
export function complaintColumns(
  trend: ComplaintTrend,
  label: (key: string) => string,
  sla: number | null,
): ComplaintColumns {
  const periods = trend.periods.map((p) => p.period);
  const keys = trend.total.breakdown.map((b) => b.key);
  for (const p of trend.periods) for (const b of p.breakdown) if (!keys.includes(b.key)) keys.push(b.key);
  const stacks = keys.map((key) => {
    const values = new Float64Array(periods.length);
    trend.periods.forEach((p, i) => {
      values[i] = p.breakdown.find((b) => b.key === key)?.received ?? 0;
    });
    return { key, label: label(key), values };
  });
  const line: OverLine = {
    key: 'perAccounts',
    label: '',
    values: Float64Array.from(trend.periods, (p) => p.perAccounts.rate ?? NaN),
  };
  const missed = trend.periods.map((p) => sla !== null && p.onTime.rate !== null && p.onTime.rate < sla);
  return { periods, stacks, line, missed };
}

addDefinitions(COMPLAINTS_DEFINITIONS);
