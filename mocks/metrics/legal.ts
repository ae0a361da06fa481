/**
 * `legal` rows: one per referral cohort (month in [from, to], always monthly): the cases referred to the
 * legal team out of the accounts charged off that month (the `CO` flows of `roll-rates`, so only accounts
 * that were delinquent), with the stages each reached by the end of `to`. Legal recoveries are part of
 * the cohort's `recovery` rows: at most half of what they show up to `to`.
 */
import type { LegalRow } from '../../src/model/rows.js';
import type { ResolvedQuery } from '../query.js';
import type { MetricResult, Portfolio } from '../portfolio-types.js';
import { reportedMonth, selectSegments } from '../select.js';
import { chargedOffIn } from './recovery.js';
import { RECOVERY_MONTHS, recoverySchedule } from '../simulate/recovery.js';
import { LEGAL_CELL, legalCases, legalCell } from '../simulate/legal.js';

/** Accounts charged off by one book in reported month `r` (the `CO` flow). */
export function chargedOffAccountsIn(p: Portfolio, flowAccounts: Float64Array, r: number): number {
  const B = p.buckets.length;
  return flowAccounts[(r * (B + 1) + p.chargeOff) * (B + 3) + B + 2] ?? 0;
}

/** Days between the middle of reported month `c` and the end of reported month `last`. */
export const horizonDays = (c: number, last: number) => Math.round((last - c) * 30.44 + 15);

/** Builds `legal` rows. */
export function legalRows(p: Portfolio, q: ResolvedQuery): MetricResult<'legal'> {
  const rows: LegalRow[] = [];
  for (let c = q.first; c <= q.last; c++) {
    const sum = new Float64Array(LEGAL_CELL.length);
    const observed = Math.min(RECOVERY_MONTHS, q.last - c);
    for (const s of selectSegments(p, q)) {
      const balance = chargedOffIn(p, s.flowBalance, c);
      const accounts = chargedOffAccountsIn(p, s.flowAccounts, c);
      const cases = legalCases(p.options.seed, s.product, s.region, p.start + c, accounts, balance);
      if (!cases.length) continue;
      const curve = recoverySchedule(p.options.seed, s.product, s.region, p.start + c, balance).recovered;
      let shown = 0;
      for (let m = 0; m < observed; m++) shown += curve[m] ?? 0;
      const cell = legalCell(cases, horizonDays(c, q.last), shown / 2);
      cell.forEach((v, i) => (sum[i] = (sum[i] ?? 0) + v));
    }
    if (!sum[0]) continue;
    const row = { cohort: reportedMonth(p, c) } as Record<string, number | string>;
    LEGAL_CELL.forEach((f, i) => (row[f] = sum[i] ?? 0));
    rows.push(row as unknown as LegalRow);
  }
  return { rows };
}
