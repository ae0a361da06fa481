/**
 * `outcomes` rows: per period × customer segment, what the segment's parts of the selected books hold
 * (mocks/simulate/customer-segments.ts), so that they equal the `overdue`, `roll-rates` and `complaints`
 * metrics filtered by that segment: account-months and past-due account-months (month-end stocks; a quarter
 * or year sums its months), accounts in M1 at the previous month end (`entered`) and those current again
 * (`cured`), complaints received, and arrangements drawn from the truths (mocks/simulate/outcomes.ts).
 */
import type { OutcomeRow } from '../../src/model/rows.js';
import { periodGroups, type ResolvedQuery } from '../query.js';
import type { MetricResult, Portfolio } from '../portfolio-types.js';
import { activeAccounts, complaintsOf, selectSegments } from '../select.js';
import { customerParts } from '../simulate/customer-segments.js';
import { COMPLAINT_FIELDS } from '../simulate/complaints.js';
import { OUTCOME_TRUTHS, arrangementsMonth } from '../simulate/outcomes.js';

/** Builds `outcomes` rows (only the query's segment when it names one). */
export function outcomeRows(p: Portfolio, q: ResolvedQuery): MetricResult<'outcomes'> {
  const books = selectSegments(p, { products: q.products, regions: q.regions });
  const B = p.buckets.length;
  const T = B + 3;
  const rows: OutcomeRow[] = [];
  for (const group of periodGroups(q, p.start)) {
    const sums = OUTCOME_TRUTHS.map((t): OutcomeRow => ({
      period: group.label,
      segment: t.segment,
      accounts: 0,
      overdue: 0,
      entered: 0,
      cured: 0,
      complained: 0,
      arrangements: 0,
      redefault3: 0,
      redefault6: 0,
    }));
    for (const book of books) {
      const parts = customerParts(p.options.seed, book, B);
      for (const r of group.months) {
        OUTCOME_TRUTHS.forEach((truth, i) => {
          const row = sums[i];
          const part = parts[i];
          if (!row || !part) return;
          const accounts = activeAccounts(p, part, r);
          const overdue = accounts - (part.overdueAccounts[r * B] ?? 0);
          row.accounts += accounts;
          row.overdue += overdue;
          const m1 = (r * (B + 1) + 1) * T;
          for (let t = 0; t < T; t++) row.entered += part.flowAccounts[m1 + t] ?? 0;
          row.cured += part.flowAccounts[m1] ?? 0;
          const cells = complaintsOf(p, part, r);
          for (let c = 0; c < cells.length; c += COMPLAINT_FIELDS) row.complained += cells[c] ?? 0;
          const a = arrangementsMonth(p.options.seed, book.product, book.region, p.start + r, truth, overdue);
          row.arrangements += a.arrangements;
          row.redefault3 += a.redefault3;
          row.redefault6 += a.redefault6;
        });
      }
    }
    rows.push(
      ...sums
        .filter((s) => s.accounts > 0 && (!q.segment || s.segment === q.segment))
        .sort((a, b) => (a.segment < b.segment ? -1 : 1)),
    );
  }
  return { rows };
}
