/** Account-months with their customer segment → `outcomes` rows (the `records` adapter's definition, equal to the reference SQL). */
import type { OutcomeRow } from '../model/rows.js';
import { compareText, groupRecords } from './group-records.js';

/** One account in one month: its segment and what happened to it (the `outcomes` metric's raw record). */
export interface CustomerOutcome {
  /** Month, `YYYY-MM`. */
  period: string;
  /** Customer segment code, e.g. `vulnerable`, `hardship`, `other`. */
  segment: string;
  /** Past due (past M0) at month end, as the `overdue` metric buckets it. */
  overdue: boolean;
  /** In M1 at the previous month end and active now (the `roll-rates` from-bucket M1); `cured`: and in M0 now. */
  entered: boolean;
  cured: boolean;
  /** Complaints received from the account this month (`true` counts as one). */
  complained: boolean | number;
  /** A repayment arrangement made this month; and missed within 3 and within 6 months of it. */
  arrangement: boolean;
  redefault3: boolean;
  redefault6: boolean;
  product?: string;
  region?: string;
}

/** Records → one row per month × segment with every count; sorted by period, then segment. */
export function customerOutcomesToRows(records: readonly CustomerOutcome[]): OutcomeRow[] {
  return groupRecords(
    records,
    (r) => `${r.period}\u0000${r.segment}`,
    (r): OutcomeRow => ({
      period: r.period,
      segment: r.segment,
      accounts: 0,
      overdue: 0,
      entered: 0,
      cured: 0,
      complained: 0,
      arrangements: 0,
      redefault3: 0,
      redefault6: 0,
    }),
    (row, r) => {
      row.accounts++;
      if (r.overdue) row.overdue++;
      if (r.entered) row.entered++;
      if (r.entered && r.cured) row.cured++;
      row.complained += Number(r.complained);
      if (r.arrangement) row.arrangements++;
      if (r.arrangement && r.redefault3) row.redefault3++;
      if (r.arrangement && r.redefault6) row.redefault6++;
    },
  ).sort((x, y) => compareText(x.period, y.period) || compareText(x.segment, y.segment));
}
