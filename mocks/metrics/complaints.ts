/**
 * `complaints` rows: received, closed, closed on time and upheld per period × category × channel
 * (cells with no complaint are omitted), plus `exposure`: active accounts at period end, equal to the
 * sum of all buckets of `overdue` for the same filters.
 */
import type { ComplaintRow, ExposureRow } from '../../src/model/rows.js';
import { CHANNELS } from '../../src/model/rows.js';
import { COMPLAINT_CATEGORIES } from '../catalog.js';
import { periodGroups, type ResolvedQuery } from '../query.js';
import type { MetricResult, Portfolio } from '../portfolio-types.js';
import { activeAccounts, complaintsOf, selectSegments } from '../select.js';
import { COMPLAINT_FIELDS } from '../simulate/complaints.js';

/** Builds `complaints` rows and exposure. */
export function complaintRows(p: Portfolio, q: ResolvedQuery): MetricResult<'complaints'> {
  const segments = selectSegments(p, q);
  const rows: ComplaintRow[] = [];
  const exposure: ExposureRow[] = [];
  const size = COMPLAINT_CATEGORIES.length * CHANNELS.length * COMPLAINT_FIELDS;
  for (const group of periodGroups(q, p.start)) {
    const sum = new Float64Array(size);
    for (const s of segments) {
      for (const r of group.months) {
        const cells = complaintsOf(p, s, r);
        for (let i = 0; i < size; i++) sum[i]! += cells[i]!;
      }
    }
    COMPLAINT_CATEGORIES.forEach((category, c) => {
      CHANNELS.forEach((channel, h) => {
        const at = (c * CHANNELS.length + h) * COMPLAINT_FIELDS;
        if (sum[at] === 0) return;
        rows.push({
          period: group.label,
          category: category.code,
          channel,
          received: sum[at]!,
          closed: sum[at + 1]!,
          closedOnTime: sum[at + 2]!,
          upheld: sum[at + 3]!,
        });
      });
    });
    const end = group.months[group.months.length - 1]!;
    exposure.push({ period: group.label, accounts: segments.reduce((n, s) => n + activeAccounts(p, s, end), 0) });
  }
  return { rows, exposure };
}
