/**
 * Customer segments of the seeded warehouse and the `customer_outcomes` table. Every account is a `vulnerable`
 * (8 %), `hardship` (5 %) or `other` customer, drawn from its id (own stream: the other tables' draws are
 * unchanged); `account_period` and `complaints` carry it (`segment`). Each active account-month is one
 * `customer_outcomes` row whose overdue, M1 and cure flags and complaint count are read from those tables,
 * exactly as the `overdue`, `roll-rates` and `complaints` metrics count them (so the `outcomes` metric per
 * segment equals them filtered by that segment), and whose arrangement (12 % of past-due months) and
 * re-default within 3 (22 %) and 6 months (34 %) are drawn, equal in every segment. The seeded warehouse has no
 * injected gap (segments do not change how accounts move); the mock backend's simulator has one.
 */
import { mulberry32 } from './random.js';
import type { AccountPeriodRow, ComplaintTableRow, CustomerOutcomeRow } from './tables.js';

/** Segment codes of the seeded warehouse with the share of accounts up to and including each. */
const SEGMENTS = [
  { segment: 'vulnerable', upTo: 0.08 },
  { segment: 'hardship', upTo: 0.13 },
  { segment: 'other', upTo: 1 },
] as const;

/** FNV-1a hash of `text` mixed with `seed`. */
function hash(seed: number, text: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The customer segment of account `accountId` under `seed` (the same in every table and month). */
export function customerSegment(seed: number, accountId: string): string {
  const u = mulberry32(hash(seed ^ 0x5e67e47, accountId))();
  return (SEGMENTS.find((s) => u < s.upTo) ?? SEGMENTS[2]).segment;
}

/** Default upper dpd edges of M0 and M1 (DEFAULT_SETTINGS' buckets), at which the flags are read. */
const M0_MAX = 0;
const M1_MAX = 30;

/** One row per `active` account-month of `accountPeriod`, in row order. */
export function simulateOutcomes(
  accountPeriod: readonly AccountPeriodRow[],
  complaints: readonly ComplaintTableRow[],
  seed: number,
): CustomerOutcomeRow[] {
  const rnd = mulberry32((seed ^ 0x0c0e5a11) >>> 0);
  const received = new Map<string, number>();
  for (const c of complaints) {
    const key = `${c.account_id} ${c.received_on.slice(0, 7)}`;
    received.set(key, (received.get(key) ?? 0) + 1);
  }
  const out: CustomerOutcomeRow[] = [];
  for (const r of accountPeriod) {
    if (r.status !== 'active') continue;
    const overdue = r.dpd > M0_MAX;
    const entered = r.prev_dpd !== null && r.prev_dpd > M0_MAX && r.prev_dpd <= M1_MAX;
    const arrangement = overdue && rnd() < 0.12;
    const r3 = arrangement && rnd() < 0.22;
    const r6 = r3 || (arrangement && rnd() < (0.34 - 0.22) / (1 - 0.22));
    out.push({
      account_id: r.account_id,
      period: r.period,
      segment: r.segment,
      overdue,
      entered,
      cured: entered && r.dpd <= M0_MAX,
      complained: received.get(`${r.account_id} ${r.period.slice(0, 7)}`) ?? 0,
      arrangement,
      redefault_3m: r3,
      redefault_6m: r6,
      product: r.product,
      region: r.region,
    });
  }
  return out;
}
