/**
 * Record-level aggregation for the `records` adapter beyond snapshots: raw complaints, charge-offs
 * with their recoveries, collector activity, contact attempts → rows of the backend contract. Counts
 * and sums only; every ratio is still computed by the metric's own KPI function.
 */
import type {
  AgentRow,
  ChannelRow,
  ComplaintRow,
  ComplianceRow,
  ExposureRow,
  RecoveryRow,
  VintageRow,
} from '../model/rows.js';
import { bucketLookup, DEFAULT_BUCKETS } from './buckets.js';
import { complianceBreaches } from './compliance.js';
import { KpiInputError } from './errors.js';
import type { AccountSnapshot, CompliancePreset, ComplianceRuleSet, ContactAttempt } from './types.js';
import { checkAmount } from './validate.js';
import { AGENT_COUNT_FIELDS, zeroAgentCounts } from './agents.js';
import { must, sortedEntries } from '../model/at.js';
import { rowOf } from './group-records.js';

/** One complaint as recorded: dates `YYYY-MM-DD`; `closed` absent while open. */
export interface ComplaintRecord {
  received: string;
  category: string;
  channel: string;
  closed?: string | null;
  /** Closed within the deadline (regulator's or the company's SLA). */
  onTime?: boolean;
  /** Decided in the consumer's favour. */
  upheld?: boolean;
}

/** Complaints → `complaints` rows per month × category × channel (by month received). */
export function complaintsToRows(records: readonly ComplaintRecord[]): ComplaintRow[] {
  const groups = new Map<string, ComplaintRow>();
  records.forEach((r, i) => {
    if (typeof r.received !== 'string' || !/^\d{4}-\d{2}/.test(r.received)) {
      throw new KpiInputError(
        'missing',
        `complaint record ${i}: received is ${String(r.received)}, must be a date YYYY-MM-DD`,
        i,
        'received',
      );
    }
    const period = r.received.slice(0, 7);
    const key = `${period}\u0000${r.category}\u0000${r.channel}`;
    const row = rowOf(groups, key, () => ({
      period,
      category: r.category,
      channel: r.channel,
      received: 0,
      closed: 0,
      closedOnTime: 0,
      upheld: 0,
    }));
    row.received++;
    if (r.closed) {
      row.closed++;
      if (r.onTime) row.closedOnTime++;
      if (r.upheld) row.upheld++;
    }
  });
  return [...groups.values()].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

/** Active accounts per period from snapshots (the complaint-rate denominator). */
export function snapshotsToExposure(snapshots: readonly AccountSnapshot[]): ExposureRow[] {
  const counts = new Map<string, number>();
  for (const s of snapshots) counts.set(s.period, (counts.get(s.period) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([period, accounts]) => ({ period, accounts }));
}

/** A charged-off account and what was recovered on it, by month since charge-off (0 = the charge-off month). */
export interface ChargeOffRecord {
  accountId: string;
  /** Charge-off cohort, e.g. `2024-03`. */
  cohort: string;
  chargedOff: number;
  recoveries: readonly { month: number; amount: number; fees?: number }[];
}

/** Charge-offs → `recovery` rows per cohort × month since charge-off (recovered in that month, not cumulative). */
export function chargeOffsToRecovery(records: readonly ChargeOffRecord[]): RecoveryRow[] {
  const cohorts = new Map<string, { chargedOff: number; months: Map<number, { recovered: number; fees: number }> }>();
  records.forEach((r, i) => {
    const key = `account ${r.accountId}`;
    checkAmount('charge-off record', i, key, 'chargedOff', r.chargedOff);
    let c = cohorts.get(r.cohort);
    if (!c) cohorts.set(r.cohort, (c = { chargedOff: 0, months: new Map() }));
    c.chargedOff += r.chargedOff;
    for (const p of r.recoveries) {
      checkAmount('charge-off record', i, key, 'recoveries.amount', p.amount);
      checkAmount('charge-off record', i, key, 'recoveries.fees', p.fees ?? 0);
      if (!Number.isInteger(p.month) || p.month < 0) {
        throw new KpiInputError(
          'negative',
          `charge-off record ${i} (${key}): recovery month is ${p.month}, must be a whole number ≥ 0`,
          i,
          'recoveries.month',
        );
      }
      const m = c.months.get(p.month) ?? { recovered: 0, fees: 0 };
      m.recovered += p.amount;
      m.fees += p.fees ?? 0;
      c.months.set(p.month, m);
    }
  });
  const rows: RecoveryRow[] = [];
  for (const [cohort, c] of [...cohorts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const last = Math.max(0, ...c.months.keys());
    for (let month = 0; month <= last; month++) {
      const m = c.months.get(month) ?? { recovered: 0, fees: 0 };
      rows.push({ cohort, month, chargedOff: c.chargedOff, recovered: m.recovered, fees: m.fees });
    }
  }
  return rows;
}

/** Collector activity (e.g. one row per agent and day) → one `agents` row per agent (sums). */
export function activityToAgents(records: readonly AgentRow[]): AgentRow[] {
  const fields = AGENT_COUNT_FIELDS;
  const agents = new Map<string, AgentRow>();
  records.forEach((r, i) => {
    let a = agents.get(r.agentId);
    if (!a)
      agents.set(
        r.agentId,
        (a = {
          agentId: r.agentId,
          name: r.name,
          ...(r.team ? { team: r.team } : {}),
          ...zeroAgentCounts(),
        }),
      );
    for (const f of fields) a[f] += checkAmount('agent activity', i, `agent ${r.agentId}`, f, r[f]);
  });
  return [...agents.values()];
}

/** A contact attempt with the channel economics the `channels` metric needs. */
export interface ChannelAttempt extends ContactAttempt {
  accountId?: string;
  cost?: number;
  collected?: number;
}

function monthOf(at: string | number): string {
  return new Date(typeof at === 'number' ? at : Date.parse(at)).toISOString().slice(0, 7);
}

/** Contact attempts → `channels` rows per month × channel (contacts = answered attempts; accounts distinct). */
export function attemptsToChannels(attempts: readonly ChannelAttempt[]): ChannelRow[] {
  const groups = new Map<string, ChannelRow & { ids: Set<string> }>();
  attempts.forEach((a, i) => {
    const period = monthOf(a.at);
    const channel = a.channel ?? 'phone';
    const key = `${period}\u0000${channel}`;
    let g = groups.get(key);
    if (!g)
      groups.set(
        key,
        (g = { period, channel, attempts: 0, contacts: 0, accounts: 0, cost: 0, collected: 0, ids: new Set() }),
      );
    g.attempts++;
    if (a.answered) g.contacts++;
    g.ids.add(a.accountId ?? a.debtId);
    g.cost += checkAmount('contact attempt', i, `debt ${a.debtId}`, 'cost', a.cost ?? 0);
    g.collected += checkAmount('contact attempt', i, `debt ${a.debtId}`, 'collected', a.collected ?? 0);
  });
  return [...groups.values()]
    .map(({ ids, ...row }) => ({ ...row, accounts: ids.size }))
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : a.channel < b.channel ? -1 : 1));
}

/** Contact attempts → `compliance` rows per month × rule, from `complianceBreaches` run month by month. */
export function attemptsToCompliance(
  attempts: readonly ContactAttempt[],
  rules: readonly (CompliancePreset | ComplianceRuleSet)[],
): ComplianceRow[] {
  const byMonth = new Map<string, ContactAttempt[]>();
  for (const a of attempts) {
    const m = monthOf(a.at);
    let list = byMonth.get(m);
    if (!list) byMonth.set(m, (list = []));
    list.push(a);
  }
  const rows: ComplianceRow[] = [];
  for (const [period, attempts] of sortedEntries(byMonth)) {
    for (const r of complianceBreaches(attempts, rules)) {
      rows.push({ period, rule: r.id, checked: r.checked, breaches: r.breaches.length });
    }
  }
  return rows;
}

/** A snapshot that knows its origination: cohort (month opened) and amount originated. */
export interface VintageSnapshot extends AccountSnapshot {
  cohort: string;
  originalAmount: number;
}

/**
 * Snapshots → `vintage` rows per cohort × months on book: originated accounts and amount of the
 * cohort, and the accounts and balance at or past `thresholdDays` days past due (default 31, M2+).
 */
export function snapshotsToVintage(snapshots: readonly VintageSnapshot[], { thresholdDays = 31 } = {}): VintageRow[] {
  const origin = new Map<string, { accounts: Set<string>; amount: number }>();
  const cells = new Map<string, VintageRow>();
  const lookup = bucketLookup(DEFAULT_BUCKETS);
  snapshots.forEach((s, i) => {
    lookup(checkAmount('snapshot', i, `account ${s.accountId}`, 'dpd', s.dpd));
    let o = origin.get(s.cohort);
    if (!o) origin.set(s.cohort, (o = { accounts: new Set(), amount: 0 }));
    if (!o.accounts.has(s.accountId)) {
      o.accounts.add(s.accountId);
      o.amount += checkAmount('snapshot', i, `account ${s.accountId}`, 'originalAmount', s.originalAmount);
    }
    const mob =
      (Number(s.period.slice(0, 4)) - Number(s.cohort.slice(0, 4))) * 12 +
      Number(s.period.slice(5, 7)) -
      Number(s.cohort.slice(5, 7));
    const key = `${s.cohort}\u0000${mob}`;
    let c = cells.get(key);
    if (!c)
      cells.set(
        key,
        (c = {
          cohort: s.cohort,
          mob,
          originatedAccounts: 0,
          originatedAmount: 0,
          delinquentAccounts: 0,
          delinquentBalance: 0,
        }),
      );
    if (s.dpd >= thresholdDays) {
      c.delinquentAccounts++;
      c.delinquentBalance += s.balance;
    }
  });
  return [...cells.values()]
    .map((c) => {
      const o = must(origin.get(c.cohort), `origination of cohort ${c.cohort}`);
      return { ...c, originatedAccounts: o.accounts.size, originatedAmount: o.amount };
    })
    .sort((a, b) => (a.cohort < b.cohort ? -1 : a.cohort > b.cohort ? 1 : a.mob - b.mob));
}
