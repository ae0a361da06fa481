/**
 * The legal pipeline (诉讼与债权转让) of the seeded warehouse (`legal_cases`): a share of the accounts is
 * referred to the legal team in the first month they are 31+ days past due (M2+), with that month-end
 * balance; each case draws whether and how many days later it is filed (about 80 %, secured auto loans
 * more), gets a judgment (86 %) and is enforced (70 %). An enforced case recovers with the account's first
 * recovery payment (after charge-off) on or after the enforcement day, so legal recoveries of charged-off
 * accounts are part of `recovery_payments`; on book, with what the balance fell by when the account is
 * current again or closed. Cases never filed are partly (55 %) sold 60 days after referral at 2–12 % of
 * their balance. Events after the data's last day are not in the table (a stage not
 * reached yet), and neither are their costs. Own random stream (seed-derived): other tables are unchanged.
 */
import { addDays } from './calendar.js';
import { mulberry32 } from './random.js';
import type { AccountPeriodRow, LegalCaseRow, RecoveryPaymentRow } from './tables.js';

/**
 * Share of M2+ accounts referred to the legal team (the simulator refers 4–8 % of charged-off accounts; the
 * seed refers earlier and more, so that a test portfolio of a few hundred accounts has cases in most cohorts).
 */
export const LEGAL_REFERRAL = 0.6;
/** Days from referral to the sale of a case that is never filed. */
export const LEGAL_SALE_DAY = 60;

const cents = (v: number) => Math.round(v * 100) / 100;

/** One case per referred account of `accountPeriod`, in its order; `lastDay` (`YYYY-MM-DD`) ends the data. */
export function simulateLegal(
  accountPeriod: readonly AccountPeriodRow[],
  payments: readonly RecoveryPaymentRow[],
  lastDay: string,
  seed: number,
): LegalCaseRow[] {
  const rnd = mulberry32((seed ^ 0x1e6a1) >>> 0);
  const days = (floor: number, mean: number) => Math.round(floor - Math.log(1 - rnd()) * mean);
  const paid = new Map<string, RecoveryPaymentRow[]>();
  for (const p of payments) {
    const list = paid.get(p.account_id);
    if (list) list.push(p);
    else paid.set(p.account_id, [p]);
  }
  const months = new Map<string, AccountPeriodRow[]>();
  for (const r of accountPeriod) {
    const list = months.get(r.account_id);
    if (list) list.push(r);
    else months.set(r.account_id, [r]);
  }
  // What enforcement recovers: the account's first recovery payment on or after it (charged off), else what
  // the balance fell by to the first month-end after it when the account is current again or closed.
  const recoveryOf = (c: AccountPeriodRow, enforced: string): { on: string; amount: number } | null => {
    const payment = (paid.get(c.account_id) ?? [])
      .filter((p) => p.paid_on >= enforced)
      .sort((a, b) => (a.paid_on < b.paid_on ? -1 : a.paid_on > b.paid_on ? 1 : 0))[0];
    if (payment) return { on: payment.paid_on, amount: payment.amount };
    const month = `${enforced.slice(0, 7)}-01`;
    const back = (months.get(c.account_id) ?? []).find(
      (r) => r.period >= month && (r.status === 'closed' || (r.status === 'active' && r.dpd === 0)),
    );
    if (!back) return null;
    const amount = cents(c.balance - (back.status === 'closed' ? 0 : back.balance));
    const on = addDays(back.period, 14) > enforced ? addDays(back.period, 14) : enforced;
    return amount > 0 && on <= lastDay ? { on, amount } : null;
  };
  // A date after the last day is not known yet.
  const known = (date: string | null) => (date !== null && date <= lastDay ? date : null);
  const out: LegalCaseRow[] = [];
  const seen = new Set<string>();
  for (const c of accountPeriod) {
    if (c.status !== 'active' || c.dpd < 31 || seen.has(c.account_id)) continue;
    seen.add(c.account_id);
    if (rnd() >= LEGAL_REFERRAL) continue;
    const referred = addDays(c.period, Math.floor(rnd() * 28));
    if (referred > lastDay) continue;
    const willFile = rnd() < (c.product === 'auto' ? 0.84 : 0.77);
    const filed = willFile ? known(addDays(referred, days(7, 25))) : null;
    const judgment = filed !== null && rnd() < 0.86 ? known(addDays(filed, days(30, 50))) : null;
    const enforced = judgment !== null && rnd() < 0.7 ? known(addDays(judgment, days(15, 40))) : null;
    const recovery = enforced === null ? null : recoveryOf(c, enforced);
    const filingCost = cents(c.balance * 0.015 + 300 + rnd() * 600);
    const enforcementCost = cents(c.balance * 0.005 + 100 + rnd() * 300);
    const sold = !willFile && rnd() < 0.55 ? known(addDays(referred, LEGAL_SALE_DAY)) : null;
    const price = cents(c.balance * (0.02 + rnd() * 0.1));
    out.push({
      account_id: c.account_id,
      referred_on: referred,
      balance: c.balance,
      filed_on: filed,
      judgment_on: judgment,
      enforced_on: enforced,
      recovered_on: recovery ? recovery.on : null,
      amount_recovered: recovery ? recovery.amount : 0,
      filing_cost: filed === null ? 0 : filingCost,
      enforcement_cost: enforced === null ? 0 : enforcementCost,
      sold_on: sold,
      sale_price: sold === null ? null : price,
      product: c.product,
      region: c.region,
    });
  }
  return out;
}
