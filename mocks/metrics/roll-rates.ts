/**
 * `roll-rates` rows: accounts and balance per period × from-state × to-state. From-states are the
 * buckets at t−1 plus `NEW` (originated in t); to-states are the buckets at t plus the exits `CLOSED`,
 * `REPAID` (accounts 0) and `CO`. Row balances are at t for accounts that stay on book, at t−1 for
 * exits, so both marginals reconcile exactly with `overdue`. Quarters and years sum their months.
 * Days to cure (`CURE_DAY_FIELDS`, on every row): the accounts of a row from bucket Mk (k ≥ 1) to M0 sit in the
 * bin holding Mk's days past due (M1 1–30, M2 31–60, M3 61–90, M4+ over 90), so they add up to the cures.
 */
import type { RollRateRow } from '../../src/model/rows.js';
import { CURE_DAY_FIELDS } from '../../src/kpi/cure.js';
import { ENTRY_STATE, EXIT_STATES } from '../catalog.js';
import { periodGroups, type ResolvedQuery } from '../query.js';
import type { MetricResult, Portfolio } from '../portfolio-types.js';
import { selectSegments } from '../select.js';

/** Builds `roll-rates` rows; cells with no accounts and no balance are omitted. */
export function rollRateRows(p: Portfolio, q: ResolvedQuery): MetricResult<'roll-rates'> {
  const segments = selectSegments(p, q);
  const B = p.buckets.length;
  const F = B + 1;
  const T = B + 3;
  const fromStates = [...p.buckets, ENTRY_STATE];
  const toStates = [...p.buckets, ...EXIT_STATES];
  const rows: RollRateRow[] = [];
  for (const group of periodGroups(q, p.start)) {
    const accounts = new Float64Array(F * T);
    const balance = new Float64Array(F * T);
    for (const r of group.months) {
      for (const s of segments) {
        for (let i = 0; i < F * T; i++) {
          accounts[i]! += s.flowAccounts[r * F * T + i]!;
          balance[i]! += s.flowBalance[r * F * T + i]!;
        }
      }
    }
    for (let f = 0; f < F; f++) {
      for (let t = 0; t < T; t++) {
        const a = accounts[f * T + t]!;
        const v = balance[f * T + t]!;
        if (!(a > 0 || v > 0)) continue;
        const row: RollRateRow = {
          period: group.label,
          from: fromStates[f]!,
          to: toStates[t]!,
          accounts: a,
          balance: v,
        };
        const bin = t === 0 && f > 0 && f < B ? Math.min(f - 1, CURE_DAY_FIELDS.length - 1) : -1;
        CURE_DAY_FIELDS.forEach((field, k) => (row[field] = k === bin ? a : 0));
        rows.push(row);
      }
    }
  }
  return { rows };
}
