/**
 * `outcomes` rows: per period × customer segment, the sums of the simulated segment counts
 * (mocks/simulate/outcomes.ts) of the books the query selects. Accounts and overdue are month-end stocks:
 * a quarter or year sums its months (account-months), as do the flows.
 */
import type { OutcomeRow } from '../../src/model/rows.js';
import { periodGroups, type ResolvedQuery } from '../query.js';
import type { MetricResult, Portfolio } from '../portfolio-types.js';
import { selectSegments } from '../select.js';
import { OUTCOME_TRUTHS, outcomeSegmentsMonth } from '../simulate/outcomes.js';

/** Builds `outcomes` rows. */
export function outcomeRows(p: Portfolio, q: ResolvedQuery): MetricResult<'outcomes'> {
  const books = selectSegments(p, q);
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
      for (const r of group.months) {
        const counts = outcomeSegmentsMonth(p.options.seed, book, p.buckets.length, r, p.start + r);
        counts.forEach((c, i) => {
          const row = sums[i];
          if (!row) return;
          row.accounts += c.accounts;
          row.overdue += c.overdue;
          row.entered += c.entered;
          row.cured += c.cured;
          row.complained += c.complained;
          row.arrangements += c.arrangements;
          row.redefault3 += c.redefault3;
          row.redefault6 += c.redefault6;
        });
      }
    }
    rows.push(...sums.filter((s) => s.accounts > 0).sort((a, b) => (a.segment < b.segment ? -1 : 1)));
  }
  return { rows };
}
