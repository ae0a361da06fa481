/**
 * Customer segments and their outcomes for the seeded warehouse (`customer_outcomes`): every account is a
 * `vulnerable` (8 %), `hardship` (5 %) or `other` customer; each of its active months is one row with what
 * the account-month was (past due, entering M1 from current) and drawn outcomes: a cure within 60 days of
 * entering (vulnerable 45 %, others 55 %, the known gap), a complaint (0.4 %), an arrangement when past due
 * (12 %) and its re-default within 3 (22 %) and 6 months (34 %), equal in every segment. Own random stream
 * (seed-derived), so the other tables' rows are unchanged.
 */
import { mulberry32 } from './random.js';
import type { AccountPeriodRow, CustomerOutcomeRow } from './tables.js';

const SEGMENTS = [
  { segment: 'vulnerable', share: 0.08, cure: 0.45 },
  { segment: 'hardship', share: 0.05, cure: 0.55 },
  { segment: 'other', share: 1, cure: 0.55 },
] as const;

/** One row per `active` account-month of `accountPeriod`, in row order. */
export function simulateOutcomes(accountPeriod: readonly AccountPeriodRow[], seed: number): CustomerOutcomeRow[] {
  const rnd = mulberry32((seed ^ 0x0c0e5a11) >>> 0);
  const segmentOf = new Map<string, (typeof SEGMENTS)[number]>();
  const out: CustomerOutcomeRow[] = [];
  for (const r of accountPeriod) {
    if (r.status !== 'active') continue;
    let seg = segmentOf.get(r.account_id);
    if (!seg) {
      const u = rnd();
      seg = u < 0.08 ? SEGMENTS[0] : u < 0.13 ? SEGMENTS[1] : SEGMENTS[2];
      segmentOf.set(r.account_id, seg);
    }
    const overdue = r.dpd > 0;
    const entered = r.prev_dpd === 0 && r.dpd >= 1 && r.dpd <= 30;
    const arrangement = overdue && rnd() < 0.12;
    const r3 = arrangement && rnd() < 0.22;
    const r6 = r3 || (arrangement && rnd() < (0.34 - 0.22) / (1 - 0.22));
    out.push({
      account_id: r.account_id,
      period: r.period,
      segment: seg.segment,
      overdue,
      entered,
      cured: entered && rnd() < seg.cure,
      complained: rnd() < 0.004,
      arrangement,
      redefault_3m: r3,
      redefault_6m: r6,
      product: r.product,
      region: r.region,
    });
  }
  return out;
}
