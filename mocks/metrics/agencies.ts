/**
 * `agencies` rows (委外机构): per period × outside collection agency. Each month a fixed share of every book's
 * charged-off accounts and balance (the `CO` flows of `roll-rates`, the cohorts of `recovery`) is placed with
 * each agency; an agency recovers its share × its performance of the month's recoveries of the recovery
 * curves (so the agencies together stay inside the curves' totals), and is paid 10–30 % of what it recovers.
 * The complaints of the `complaints` metric's `agency` channel are split among the agencies (so they add up
 * exactly); calls checked and red-line violations follow each agency's temper; evaluations run on each
 * agency's own cycle, one of them lapsing past 12 months.
 */
import type { AgencyRow } from '../../src/model/rows.js';
import { CHANNELS } from '../../src/model/rows.js';
import { COMPLAINT_CATEGORIES } from '../catalog.js';
import { monthLabel } from '../calendar.js';
import { MockQueryError, periodGroups, type MockQuery, type ResolvedQuery } from '../query.js';
import type { MetricResult, Portfolio } from '../portfolio-types.js';
import { binomial, normal, rngFor, uniform } from '../random.js';
import { complaintsOf, selectSegments } from '../select.js';
import { COMPLAINT_FIELDS } from '../simulate/complaints.js';
import { RECOVERY_MONTHS, recoverySchedule } from '../simulate/recovery.js';
import type { SegmentBook } from '../simulate/book.js';

/** One simulated agency: its share of charged-off placements, performance, commission rate, temper and evaluation cycle. */
export interface MockAgency {
  name: string;
  /** Share of each month's charged-off accounts and balance placed with it. */
  share: number;
  /** Its recoveries ÷ its share of the portfolio's recoveries (0.8–1.2). */
  performance: number;
  /** Commission on what it recovers (0.10–0.30; a little noise per period, kept inside). */
  commission: number;
  /** Complaints and violations multiplier (1 = average). */
  temper: number;
  /** Evaluated every `every` months, in months ≡ `phase` (mod `every`) counted from the first reported month; `until`: none after that month index. */
  every: number;
  phase: number;
  until?: number;
}

/** The five agencies of the simulator (shares add up to 0.52: the rest stays in house). */
export const MOCK_AGENCIES: readonly MockAgency[] = [
  {
    name: '华信资产 / Huaxin Assets',
    share: 0.16,
    performance: 1.1,
    commission: 0.18,
    temper: 0.8,
    every: 6,
    phase: 2,
  },
  {
    name: '鼎诚催收 / Dingcheng Recovery',
    share: 0.13,
    performance: 0.95,
    commission: 0.22,
    temper: 1.4,
    every: 12,
    phase: 5,
  },
  { name: '安和信用 / Anhe Credit', share: 0.1, performance: 1.05, commission: 0.15, temper: 0.6, every: 6, phase: 0 },
  {
    name: '远达律商 / Yuanda Legal',
    share: 0.08,
    performance: 0.85,
    commission: 0.27,
    temper: 1.1,
    every: 12,
    phase: 9,
    until: 12,
  },
  {
    name: '恒信服务 / Hengxin Services',
    share: 0.05,
    performance: 0.9,
    commission: 0.12,
    temper: 1.8,
    every: 9,
    phase: 1,
  },
];

/** Charged-off accounts and balance of one book in reported month `r` (the `CO` flows). */
function chargedOff(p: Portfolio, s: SegmentBook, r: number): { accounts: number; balance: number } {
  const B = p.buckets.length;
  const at = (r * (B + 1) + p.chargeOff) * (B + 3) + B + 2;
  return { accounts: s.flowAccounts[at] ?? 0, balance: s.flowBalance[at] ?? 0 };
}

/** Recoveries of one book in each reported calendar month, from the recovery curves of its charge-off cohorts 0 … r − 1. */
export function calendarRecoveries(p: Portfolio, s: SegmentBook): Float64Array {
  const out = new Float64Array(p.months);
  for (let c = 0; c < p.months; c++) {
    const co = chargedOff(p, s, c).balance;
    if (co <= 0) continue;
    const schedule = recoverySchedule(p.options.seed, s.product, s.region, p.start + c, co);
    for (let m = 0; m < RECOVERY_MONTHS && c + m + 1 < p.months; m++)
      out[c + m + 1] = (out[c + m + 1] ?? 0) + (schedule.recovered[m] ?? 0);
  }
  return out;
}

/** `YYYY-MM-15` of the agency's latest evaluation in or before reported month `r`, or undefined. */
export function lastEvaluationOf(p: Portfolio, a: MockAgency, r: number): string | undefined {
  let e = Math.min(r, a.until ?? r);
  e -= (((e - a.phase) % a.every) + a.every) % a.every;
  return e < -24 ? undefined : `${monthLabel(p.start + e)}-15`;
}

/** Splits `n` complaints among the agencies by weight (share × temper), exactly. */
function splitComplaints(seed: number, key: string, n: number): number[] {
  const rng = rngFor(seed, 'agency-complaints', key);
  const weights = MOCK_AGENCIES.map((a) => a.share * a.temper);
  let left = n;
  let rest = weights.reduce((x, y) => x + y, 0);
  return weights.map((w) => {
    const k = binomial(rng, left, rest > 0 ? Math.min(1, w / rest) : 0);
    left -= k;
    rest -= w;
    return k;
  });
}

function selectAgencies(raw: MockQuery): number[] {
  const all = MOCK_AGENCIES.map((_, i) => i);
  if (raw.agency === undefined || raw.agency === '' || raw.agency === 'all') return all;
  const wanted = raw.agency.split(',').map((x) => x.trim());
  const unknown = wanted.filter((w) => !MOCK_AGENCIES.some((a) => a.name === w));
  if (unknown.length)
    throw new MockQueryError(
      `Bad "agency" ${JSON.stringify(unknown.join(','))}: expected one of ${MOCK_AGENCIES.map((a) => a.name).join(', ')}.`,
    );
  return all.filter((i) => wanted.includes(MOCK_AGENCIES[i]?.name ?? ''));
}

/** Builds `agencies` rows, in period, agency order (`agency` filters by name, a comma list). */
export function agencyRows(p: Portfolio, q: ResolvedQuery, raw: MockQuery = {}): MetricResult<'agencies'> {
  const chosen = selectAgencies(raw);
  const segments = selectSegments(p, q);
  const recoveries = segments.map((s) => calendarRecoveries(p, s));
  const agencyChannel = CHANNELS.indexOf('agency');
  const rows: AgencyRow[] = [];
  for (const group of periodGroups(q, p.start)) {
    const sums = MOCK_AGENCIES.map(() => ({
      accounts: 0,
      balance: 0,
      recovered: 0,
      complaints: 0,
      checked: 0,
      violations: 0,
    }));
    segments.forEach((s, k) => {
      for (const r of group.months) {
        const co = chargedOff(p, s, r);
        const cells = complaintsOf(p, s, r);
        let complaints = 0;
        COMPLAINT_CATEGORIES.forEach((_, c) => {
          complaints += cells[(c * CHANNELS.length + agencyChannel) * COMPLAINT_FIELDS] ?? 0;
        });
        const split = splitComplaints(p.options.seed, `${s.product}/${s.region}/${r}`, complaints);
        const rng = rngFor(p.options.seed, 'agencies', s.product, s.region, r);
        const month = recoveries[k]?.[r] ?? 0;
        MOCK_AGENCIES.forEach((a, i) => {
          const t = sums[i];
          if (!t) return;
          const accounts = Math.round(co.accounts * a.share);
          const performance = a.performance * Math.exp(normal(rng, 0, 0.05));
          const checked = Math.round(accounts * uniform(rng, 4, 8));
          t.accounts += accounts;
          t.balance += Math.round(co.balance * a.share);
          t.recovered += Math.floor(month * a.share * Math.min(1.25, performance));
          t.complaints += split[i] ?? 0;
          t.checked += checked;
          t.violations += binomial(rng, checked, Math.min(1, 0.004 * a.temper));
        });
      }
    });
    const end = group.months[group.months.length - 1] ?? 0;
    const rng = rngFor(p.options.seed, 'agency-commission', group.label);
    for (const i of chosen) {
      const a = MOCK_AGENCIES[i];
      const t = sums[i];
      if (!a || !t) continue;
      const rate = Math.min(0.3, Math.max(0.1, a.commission + normal(rng, 0, 0.01)));
      const last = lastEvaluationOf(p, a, end);
      rows.push({
        period: group.label,
        agency: a.name,
        accountsPlaced: t.accounts,
        balancePlaced: t.balance,
        recovered: t.recovered,
        commission: Math.round(t.recovered * rate),
        complaints: t.complaints,
        callsChecked: t.checked,
        violations: t.violations,
        ...(last ? { lastEvaluation: last } : {}),
      });
    }
  }
  return { rows };
}
