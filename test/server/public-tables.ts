/**
 * The public samples (test/data/public, provenance in SOURCES.md) as canonical tables: the mapping that
 * real-data.test.ts documents (UCI Taiwan snapshots, LendingClub charge-offs and recoveries, CFPB complaints).
 */
import { csvParse } from 'd3-dsv';
import type { CanonicalTables } from '../../src/server/seed/tables.js';
import { readPublic } from '../support/public-data.js';

/** `asOf` of the public samples' warehouse. */
export const PUBLIC_AS_OF = '2020-03-31T23:59:59Z';

const MONTHS: Record<string, string> = {
  Jan: '01',
  Feb: '02',
  Mar: '03',
  Apr: '04',
  May: '05',
  Jun: '06',
  Jul: '07',
  Aug: '08',
  Sep: '09',
  Oct: '10',
  Nov: '11',
  Dec: '12',
};
const lcMonth = (d: string) => `${d.slice(4)}-${MONTHS[d.slice(0, 3)]}`; // "Mar-2017" → "2017-03"
const nextMonth = (m: string) => {
  const i = Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};
const isoDate = (d: string) => {
  const [y, m, day] = d.split('/');
  return `${y}-${m!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
};
const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
/** A sum in currency units rounded to the cent. */
export const cents = (x: number) => Math.round(x * 100) / 100;

/** The public samples mapped to the canonical tables (real-data.test.ts explains the mapping). */
export function publicTables(): CanonicalTables {
  const t: CanonicalTables = {
    account_period: [],
    charge_offs: [],
    recovery_payments: [],
    agents: [],
    contact_attempts: [],
    promises: [],
    agent_hours: [],
    assignments: [],
    complaints: [],
    qa_checks: [],
    qa_violations: [],
  };
  for (const r of csvParse(readPublic('uci_default_credit_card_clients_30000.csv')).filter((r) =>
    /^\d+$/.test(r.ID ?? ''),
  )) {
    const common = {
      account_id: `uci-${r.ID}`,
      product: 'credit-card',
      region: 'tw',
      origination_month: '2005-04-01',
      original_amount: Number(r.X1),
      status: 'active' as const,
      // The public samples carry no customer segment: every account is `other`.
      segment: 'other',
    };
    const aug = { dpd: Math.max(0, Number(r.X7)) * 30, balance: Math.max(0, Number(r.X13)) };
    t.account_period.push({ ...common, period: '2005-08-01', ...aug, prev_dpd: null, prev_balance: null });
    t.account_period.push({
      ...common,
      period: '2005-09-01',
      dpd: Math.max(0, Number(r.X6)) * 30,
      balance: Math.max(0, Number(r.X12)),
      prev_dpd: aug.dpd,
      prev_balance: aug.balance,
    });
  }
  for (const r of csvParse(readPublic('lendingclub_sample_2000.csv')).filter((r) => r.loan_status === 'Charged Off')) {
    const month = lcMonth(r.last_pymnt_d || r.issue_d!);
    t.charge_offs.push({
      account_id: `lc-${r.id}`,
      charge_off_month: `${month}-01`,
      amount: cents(Number(r.funded_amnt) - Number(r.total_rec_prncp)),
      product: 'personal-loan',
      region: (r.addr_state ?? 'xx').toLowerCase(),
    });
    if (Number(r.recoveries) > 0 || Number(r.collection_recovery_fee) > 0) {
      t.recovery_payments.push({
        account_id: `lc-${r.id}`,
        paid_on: `${nextMonth(month)}-15`,
        amount: cents(Number(r.recoveries)),
        cost: cents(Number(r.collection_recovery_fee)),
      });
    }
  }
  for (const r of csvParse(readPublic('cfpb_complaints_sample_6623.csv')).filter(
    (r) => r.Product === 'Debt collection',
  )) {
    const received = isoDate(r['Date received']!);
    t.complaints.push({
      complaint_id: `cfpb-${r['Complaint ID']}`,
      account_id: `cfpb-${r['Complaint ID']}`,
      agent_id: null,
      product: 'debt-collection',
      region: (r.State || 'xx').toLowerCase(),
      received_on: received,
      category: r.Issue!,
      channel: r['Submitted via']!,
      closed_on: received,
      due_on: r['Timely response?'] === 'Yes' ? received : dayBefore(received),
      upheld: /relief/.test(r['Company response to consumer']!),
      segment: 'other',
    });
  }
  return t;
}
