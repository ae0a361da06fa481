/**
 * Outside collection agencies (委外机构) of the seeded warehouse: `agency_events` and `agency_evaluations`.
 * An account is placed with one agency when it first reaches 91 days past due (half of them), when an
 * `agency`-channel attempt first works it, or at charge-off (half of the others). The agency recovers the account's recovery payments from the
 * placement on (so the agencies stay inside the recovery totals) and is paid 10–30 % of them; complaints
 * without a collector on a placed account and the agency's calls (2–6 QA-checked per agency attempt, violations
 * by the agency's temper) are attributed to it. Evaluations follow each agency's cycle, one lapsing.
 * A stream of its own (seed-derived), so adding it left every other table's rows unchanged.
 */
import { dateIn } from './calendar.js';
import { mulberry32, pickByShare } from './random.js';
import type { AgencyEvaluationRow, AgencyEventRow, CanonicalTables } from './tables.js';

/** Agency code, share of placements, commission rate, temper (complaints and violations), evaluation cycle. */
const AGENCIES = [
  { agency: 'huaxin-assets', share: 0.31, commission: 0.18, temper: 0.8, every: 6, phase: 2 },
  { agency: 'dingcheng-recovery', share: 0.25, commission: 0.22, temper: 1.4, every: 12, phase: 5 },
  { agency: 'anhe-credit', share: 0.19, commission: 0.15, temper: 0.6, every: 6, phase: 0 },
  { agency: 'yuanda-legal', share: 0.15, commission: 0.27, temper: 1.1, every: 12, phase: 9, lapsedAfter: -3 },
  { agency: 'hengxin-services', share: 0.1, commission: 0.12, temper: 1.8, every: 9, phase: 1 },
] as const;

const cents = (x: number) => Math.round(x * 100) / 100;

/** The agencies' events and evaluations of `t` (reported months `start` … `end`, month indexes). */
export function simulateAgencies(
  t: Pick<CanonicalTables, 'contact_attempts' | 'charge_offs' | 'recovery_payments' | 'complaints' | 'account_period'>,
  seed: number,
  start: number,
  end: number,
): { agency_events: AgencyEventRow[]; agency_evaluations: AgencyEvaluationRow[] } {
  const rnd = mulberry32((seed ^ 0x0a6e4c1e) >>> 0);
  const pick = () => pickByShare(AGENCIES, rnd());
  const placed = new Map<string, { agency: (typeof AGENCIES)[number]; on: string }>();
  const balances = new Map<string, number>();
  for (const r of t.account_period) balances.set(`${r.account_id}/${r.period.slice(0, 7)}`, r.balance);
  const events: AgencyEventRow[] = [];
  const push = (e: Omit<AgencyEventRow, 'event_id'>) => events.push({ event_id: events.length + 1, ...e });
  const place = (account: string, on: string, balance: number, product: string, region: string) => {
    const agency = placed.get(account)?.agency ?? pick();
    placed.set(account, { agency, on });
    push({ ...blank(account, agency.agency, 'placement', on, product, region), amount: balance });
    return agency;
  };
  // Late-stage accounts (M4+, 91+ days past due) go out: half of them, in the month they first reach it; the
  // lender's QA checks 1–3 of the agency's calls on each placed account every month it stays there.
  for (const r of t.account_period) {
    if (r.status !== 'active' || r.dpd < 91) continue;
    const month = r.period.slice(0, 8);
    let agency = placed.get(r.account_id)?.agency;
    if (!agency && rnd() < 0.5) {
      const day = `${month}${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
      agency = place(r.account_id, day, r.balance, r.product, r.region);
    }
    if (!agency) continue;
    for (let k = 1 + Math.floor(rnd() * 3); k > 0; k--)
      push({
        ...blank(r.account_id, agency.agency, 'check', `${month}28`, r.product, r.region),
        violating: rnd() < 0.02 * agency.temper,
      });
  }
  for (const a of t.contact_attempts) {
    if (a.channel !== 'agency') continue;
    const on = a.attempted_at.slice(0, 10);
    const agency =
      placed.get(a.account_id)?.agency ??
      place(a.account_id, on, balances.get(`${a.account_id}/${on.slice(0, 7)}`) ?? 0, a.product, a.region);
    // The attempt stands for the agency's calls on the account: the lender's QA checks 2–6 of them.
    for (let k = 2 + Math.floor(rnd() * 5); k > 0; k--)
      push({
        ...blank(a.account_id, agency.agency, 'check', on, a.product, a.region),
        violating: rnd() < 0.02 * agency.temper,
      });
  }
  for (const c of t.charge_offs)
    if (!placed.has(c.account_id) && rnd() < 0.5)
      place(
        c.account_id,
        `${c.charge_off_month.slice(0, 8)}${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
        c.amount,
        c.product,
        c.region,
      );
  const charged = new Map(t.charge_offs.map((c) => [c.account_id, c]));
  for (const p of t.recovery_payments) {
    const at = placed.get(p.account_id);
    const c = charged.get(p.account_id);
    if (!at || !c || p.paid_on < at.on) continue;
    const rate = Math.min(0.3, Math.max(0.1, at.agency.commission + (rnd() - 0.5) * 0.02));
    push({
      ...blank(p.account_id, at.agency.agency, 'recovery', p.paid_on, c.product, c.region),
      amount: p.amount,
      commission: cents(p.amount * rate),
    });
  }
  for (const c of t.complaints) {
    const at = placed.get(c.account_id);
    if (at && c.agent_id === null && c.received_on >= at.on)
      push(blank(c.account_id, at.agency.agency, 'complaint', c.received_on, c.product, c.region));
  }
  const evaluations: AgencyEvaluationRow[] = [];
  for (const a of AGENCIES)
    for (let m = start - 24; m <= end; m++) {
      const k = m - start;
      if ((((k - a.phase) % a.every) + a.every) % a.every === 0 && k <= ('lapsedAfter' in a ? a.lapsedAfter : k))
        evaluations.push({ agency: a.agency, evaluated_on: dateIn(m, 15) });
    }
  return { agency_events: events, agency_evaluations: evaluations };
}

function blank(
  account: string,
  agency: string,
  kind: AgencyEventRow['kind'],
  on: string,
  product: string,
  region: string,
): Omit<AgencyEventRow, 'event_id'> {
  return {
    account_id: account,
    agency,
    kind,
    occurred_on: on,
    amount: 0,
    commission: 0,
    violating: false,
    product,
    region,
  };
}
