/**
 * Canonical table rows → the `records` adapter's `RecordSet`: the same raw data the SQL reads, in the
 * shapes `recordsResponse` takes, so any deployment can check its SQL against the kit's own math.
 * Every record keeps `product` and `region` (and agents `team`) so a caller can select a scope.
 */
import type { ChannelAttempt, ChargeOffRecord, ComplaintRecord, VintageSnapshot } from '../../kpi/records.js';
import type { ExperimentAssignment } from '../../kpi/experiment-records.js';
import type { ScoredAccount } from '../../kpi/scores.js';
import type { QaCallRecord, QaCheck } from '../../kpi/quality-records.js';
import type { PromiseRecord } from '../../kpi/records-promises.js';
import type { CustomerOutcome } from '../../kpi/outcome-records.js';
import type { CaseAssignment } from '../../kpi/records-workload.js';
import type { AgencyEvent } from '../../kpi/agency-records.js';
import type { LegalCaseRecord } from '../../kpi/legal-records.js';
import { zeroAgentCounts } from '../../kpi/agents.js';
import type { AgentRow } from '../../model/rows.js';
import { monthsBetween } from './calendar.js';
import type { CanonicalTables } from './tables.js';

/** Dimensions every converted record carries. */
export interface Dimensions {
  product?: string;
  region?: string;
  team?: string;
  /** Customer segment (snapshots, complaints and customer outcomes). */
  segment?: string;
}

/** A `RecordSet` whose records carry their dimensions (and agent activity its month). */
export interface DimensionedRecords {
  snapshots: (VintageSnapshot & Dimensions)[];
  chargeOffs: (ChargeOffRecord & Dimensions)[];
  agentActivity: (AgentRow & Dimensions & { date: string })[];
  complaints: (ComplaintRecord & Dimensions)[];
  contactAttempts: (ChannelAttempt & Dimensions & { agentId: string | null; rightParty: boolean; promised: boolean })[];
  experimentAssignments: (ExperimentAssignment & Dimensions)[];
  scoredAccounts: (ScoredAccount & Dimensions)[];
  /** Collectors' phone calls with their QA checks (`quality`). */
  qaCalls: (QaCallRecord & Dimensions)[];
  promises: (PromiseRecord & Dimensions)[];
  customerOutcomes: (CustomerOutcome & Dimensions)[];
  /** Cases handed to collectors, with the collector's team and region (`workload`). */
  assignments: (CaseAssignment & Dimensions & { agentId: string })[];
  /** Outside agencies' events (at UTC midnight of their day) and evaluations (no dimensions) (`agencies`). */
  agencyEvents: (AgencyEvent & Dimensions)[];
  /** Cases referred to the legal team (`legal`). */
  legalCases: (LegalCaseRecord & Dimensions)[];
}

const month = (date: string) => date.slice(0, 7);

/**
 * Converts canonical rows to records: `active` account-period rows become snapshots; charge-offs carry
 * their recovery payments by months since charge-off (fees = cost); agent activity is one row per
 * collector and month (attempt months in UTC, as the `channels` and `compliance` metrics count them).
 */
export function toRecordSet(t: CanonicalTables): DimensionedRecords {
  const snapshots = t.account_period
    .filter((r) => r.status === 'active')
    .map((r) => ({
      accountId: r.account_id,
      period: month(r.period),
      dpd: r.dpd,
      balance: r.balance,
      cohort: month(r.origination_month),
      originalAmount: r.original_amount,
      product: r.product,
      region: r.region,
      segment: r.segment,
    }));

  const payments = new Map<string, { paid_on: string; amount: number; cost: number }[]>();
  for (const p of t.recovery_payments) payments.set(p.account_id, [...(payments.get(p.account_id) ?? []), p]);
  const chargeOffs = t.charge_offs.map((c) => ({
    accountId: c.account_id,
    cohort: month(c.charge_off_month),
    chargedOff: c.amount,
    recoveries: (payments.get(c.account_id) ?? []).map((p) => ({
      month: monthsBetween(c.charge_off_month, p.paid_on),
      amount: p.amount,
      fees: p.cost,
    })),
    product: c.product,
    region: c.region,
  }));

  const agents = new Map(t.agents.map((a) => [a.agent_id, a]));
  const activity = new Map<string, AgentRow & Dimensions & { date: string }>();
  const cell = (agentId: string, date: string) => {
    const key = `${agentId}\u0000${month(date)}`;
    let row = activity.get(key);
    if (!row) {
      const a = agents.get(agentId);
      if (!a) throw new Error(`agent ${agentId} is not in the agents table`);
      row = {
        agentId,
        name: a.name,
        team: a.team,
        region: a.region,
        date: month(date),
        ...zeroAgentCounts(),
      };
      activity.set(key, row);
    }
    return row;
  };
  for (const a of t.contact_attempts) {
    if (a.agent_id === null) continue;
    const row = cell(a.agent_id, a.attempted_at);
    row.dials++;
    if (a.answered) row.connects++;
    if (a.right_party) row.rightPartyContacts++;
    if (a.promise_amount !== null) row.promises++;
    row.collected += a.collected;
  }
  for (const p of t.promises) {
    const row = cell(p.agent_id, p.due_on);
    row.promisesDue++;
    if (p.kept) row.promisesKept++;
  }
  for (const h of t.agent_hours) cell(h.agent_id, h.work_date).hours += h.hours;
  for (const s of t.assignments) cell(s.agent_id, s.assigned_on).assigned += s.balance;
  for (const c of t.complaints) if (c.agent_id !== null) cell(c.agent_id, c.received_on).complaints++;

  const complaints = t.complaints.map((c) => ({
    received: c.received_on,
    category: c.category,
    channel: c.channel,
    closed: c.closed_on,
    onTime: c.closed_on !== null && c.closed_on <= c.due_on,
    upheld: c.upheld,
    product: c.product,
    region: c.region,
    segment: c.segment,
  }));

  const contactAttempts = t.contact_attempts.map((a) => ({
    debtId: a.account_id,
    accountId: a.account_id,
    contactId: a.contact_id,
    at: a.attempted_at,
    timeZone: a.time_zone,
    answered: a.answered,
    conversation: a.conversation,
    party: a.party,
    channel: a.channel,
    consent: a.consent,
    ...(a.collectors !== null ? { collectors: a.collectors } : {}),
    ...(a.debtor_id ? { debtorId: a.debtor_id } : {}),
    invalidNumber: a.invalid_number === true,
    disclosed: a.disclosed === true,
    cost: a.cost,
    collected: a.collected,
    product: a.product,
    region: a.region,
    // The promise funnel: the collector (and their team, its filter), right party, promise made.
    agentId: a.agent_id,
    ...(a.agent_id !== null ? { team: agents.get(a.agent_id)?.team } : {}),
    rightParty: a.right_party,
    promised: a.promise_amount !== null,
  }));

  const experimentAssignments = (t.experiment_assignments ?? []).map((e) => ({
    experiment: e.experiment,
    arm: e.arm,
    assigned: e.assigned_on,
    horizonDays: e.horizon_days,
    cured: e.cured,
    rolledForward: e.rolled_forward,
    collected: e.collected,
    cost: e.cost,
    attempts: e.attempts,
    complaints: e.complaints,
    product: e.product,
    region: e.region,
  }));

  const scoredAccounts = (t.scores ?? []).map((s) => ({
    period: month(s.scored_on),
    band: s.band,
    predicted: s.predicted,
    repaid: s.repaid,
    product: s.product,
    region: s.region,
  }));

  const violations = new Map<number, string[]>();
  for (const v of t.qa_violations) violations.set(v.check_id, [...(violations.get(v.check_id) ?? []), v.rule]);
  const checks = new Map<number, QaCheck[]>();
  for (const c of t.qa_checks)
    checks.set(c.attempt_id, [
      ...(checks.get(c.attempt_id) ?? []),
      { method: c.method, score: c.score, violations: violations.get(c.check_id) ?? [] },
    ]);
  const qaCalls: (QaCallRecord & { region: string })[] = [];
  for (const a of t.contact_attempts) {
    const agent = a.agent_id !== null && a.channel === 'phone' ? agents.get(a.agent_id) : undefined;
    if (agent)
      qaCalls.push({
        agentId: agent.agent_id,
        name: agent.name,
        team: agent.team,
        region: agent.region,
        at: a.attempted_at,
        checks: checks.get(a.attempt_id) ?? [],
      });
  }

  const attemptsById = new Map(t.contact_attempts.map((a) => [a.attempt_id, a]));
  const promises = t.promises.map((p) => {
    const a = attemptsById.get(p.attempt_id);
    if (!a) throw new Error(`promise of attempt ${p.attempt_id} has no contact attempt`);
    return {
      accountId: p.account_id,
      madeAt: a.attempted_at,
      dueOn: p.due_on,
      amount: p.amount,
      paid: p.paid,
      paidOn: p.paid_on,
      product: a.product,
      region: a.region,
      team: agents.get(p.agent_id)?.team,
    };
  });

  const customerOutcomes = (t.customer_outcomes ?? []).map((o) => ({
    period: month(o.period),
    segment: o.segment,
    overdue: o.overdue,
    entered: o.entered,
    cured: o.cured,
    complained: o.complained,
    arrangement: o.arrangement,
    redefault3: o.redefault_3m,
    redefault6: o.redefault_6m,
    product: o.product,
    region: o.region,
  }));

  const assignments = t.assignments.map((s) => {
    const a = agents.get(s.agent_id);
    if (!a) throw new Error(`agent ${s.agent_id} is not in the agents table`);
    return { accountId: s.account_id, agentId: s.agent_id, team: a.team, region: a.region, assigned: s.assigned_on };
  });

  const agencyEvents: (AgencyEvent & Dimensions)[] = [
    ...(t.agency_events ?? []).map((e): AgencyEvent & Dimensions => {
      const common = { agency: e.agency, at: `${e.occurred_on}T00:00:00Z`, product: e.product, region: e.region };
      if (e.kind === 'placement') return { kind: e.kind, ...common, balance: e.amount };
      if (e.kind === 'recovery') return { kind: e.kind, ...common, amount: e.amount, commission: e.commission };
      if (e.kind === 'check') return { kind: e.kind, ...common, violating: e.violating };
      return { kind: e.kind, ...common };
    }),
    ...(t.agency_evaluations ?? []).map((e) => ({
      kind: 'evaluation' as const,
      agency: e.agency,
      at: `${e.evaluated_on}T00:00:00Z`,
    })),
  ];

  const legalCases = (t.legal_cases ?? []).map((c) => ({
    referredOn: c.referred_on,
    balance: c.balance,
    filedOn: c.filed_on,
    judgmentOn: c.judgment_on,
    enforcedOn: c.enforced_on,
    recoveredOn: c.recovered_on,
    amountRecovered: c.amount_recovered,
    filingCost: c.filing_cost,
    enforcementCost: c.enforcement_cost,
    soldOn: c.sold_on,
    salePrice: c.sale_price,
    product: c.product,
    region: c.region,
  }));

  return {
    agencyEvents,
    snapshots,
    chargeOffs,
    agentActivity: [...activity.values()],
    complaints,
    contactAttempts,
    experimentAssignments,
    scoredAccounts,
    qaCalls,
    promises,
    customerOutcomes,
    assignments,
    legalCases,
  };
}
