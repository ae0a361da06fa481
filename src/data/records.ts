import { SEGMENT_METRICS, segmentNotApplicable, type MetricName, type Query } from '../model/metrics.js';
import type { AgentRow, ExposureRow } from '../model/rows.js';
import type { MetricResponse, ResponseMeta } from '../model/response.js';
import { snapshotsToOverdue, snapshotsToRollRates } from '../kpi/snapshots.js';
import {
  activityToAgents,
  attemptsToChannels,
  attemptsToCompliance,
  chargeOffsToRecovery,
  complaintsToRows,
  snapshotsToExposure,
  snapshotsToVintage,
  type ChannelAttempt,
  type ChargeOffRecord,
  type ComplaintRecord,
  type VintageSnapshot,
} from '../kpi/records.js';
import type { AccountSnapshot, CompliancePreset, ComplianceRuleSet } from '../kpi/index.js';
import { assignmentsToExperiments, type ExperimentAssignment } from '../kpi/experiment-records.js';
import { scoreRecordsToRows, type ScoredAccount } from '../kpi/scores.js';
import { qaCallsToQuality, type QaCallRecord } from '../kpi/quality-records.js';
import { promisesToFunnel, type PromiseRecord } from '../kpi/records-promises.js';
import { attemptsToContactHours } from '../kpi/records-contact-hours.js';
import { customerOutcomesToRows, type CustomerOutcome } from '../kpi/outcome-records.js';
import { assignmentsToWorkload, type CaseAssignment } from '../kpi/records-workload.js';
import { agencyEventsToRows, type AgencyEvent } from '../kpi/agency-records.js';
import { legalCasesToRows, type LegalCaseRecord } from '../kpi/legal-records.js';
import { registerAdapter, type Adapter, type AdapterConfig } from './adapter.js';
import { DataError } from './errors.js';
import { filterRows } from './filter-rows.js';
import { validateResponse } from './validate.js';

/** Raw records the `records` adapter turns into metrics; give the ones you have. */
export interface RecordSet {
  /** Account-month snapshots (with `cohort` and `originalAmount` for vintage; `product`/`region` for filters). */
  snapshots?: readonly (AccountSnapshot &
    Partial<VintageSnapshot> & { product?: string; region?: string; segment?: string })[];
  chargeOffs?: readonly ChargeOffRecord[];
  agentActivity?: readonly (AgentRow & { date?: string })[];
  /** Complaints (`segment`: the complaining customer's, for the segment filter). */
  complaints?: readonly (ComplaintRecord & { segment?: string })[];
  /** Complaint-rate denominators; default: active accounts per month from `snapshots`. */
  exposure?: readonly ExposureRow[];
  /** Contact attempts; the promise funnel also reads `agentId`, `rightParty` and `promised` (and `team` to filter). */
  contactAttempts?: readonly (ChannelAttempt & {
    agentId?: string | null;
    rightParty?: boolean;
    promised?: boolean;
    team?: string;
  })[];
  /** Promises to pay with what was paid on them (the `promises` metric). */
  promises?: readonly (PromiseRecord & { product?: string; region?: string; team?: string })[];
  /** Rule sets for `compliance` (default every preset: `cn-cba-2026`, `us-reg-f`, `cn-gbt-2025`). */
  rules?: readonly (CompliancePreset | ComplianceRuleSet)[];
  /** Collectors' calls with their QA checks, for `quality` (`team`/`region` filter them). */
  qaCalls?: readonly QaCallRecord[];
  meta?: Partial<ResponseMeta>;
  /** Accounts assigned to strategy-test arms, with their outcomes within the horizon (`experiments`). */
  experimentAssignments?: readonly ExperimentAssignment[];
  /** Accounts scored by the repayment model: month scored, band, predicted probability, repaid (`scores`). */
  scoredAccounts?: readonly ScoredAccount[];
  /** Account-months with their customer segment and outcomes (`outcomes`). */
  customerOutcomes?: readonly CustomerOutcome[];
  /** Cases handed to collectors, with the collector's `team` (and `region` to filter) (`workload`). */
  assignments?: readonly (CaseAssignment & { agentId?: string; region?: string })[];
  /** Outside agencies' placements, recoveries, complaints, QA checks and evaluations (`agencies`; `region` filters them). */
  agencyEvents?: readonly (AgencyEvent & { product?: string; region?: string })[];
  /** Cases referred to the legal team with the days they reached each stage (`legal`; `product`/`region` filter them). */
  legalCases?: readonly (LegalCaseRecord & { product?: string; region?: string })[];
}

const dims = (q: Query) => (r: { product?: string; region?: string; team?: string; segment?: string }) =>
  (!q.product || r.product === undefined || r.product === q.product) &&
  (!q.region || r.region === undefined || r.region === q.region) &&
  (!q.team || r.team === undefined || r.team === q.team) &&
  // A segment filter keeps only records of that segment (a record without one is in no segment).
  (!q.segment || r.segment === q.segment);

function need<T>(value: T | undefined, metric: string, what: string): T {
  if (value === undefined)
    throw new DataError('http', `The records adapter has no ${what} for ${metric}.`, { status: 404, metric });
  return value;
}

/** Builds one metric's contract response from records, with `src/kpi` (the same code every backend's numbers go through). */
export function recordsResponse<M extends MetricName>(records: RecordSet, metric: M, query: Query): MetricResponse<M> {
  if (query.segment && !SEGMENT_METRICS.includes(metric))
    throw new DataError('http', segmentNotApplicable(metric), { status: 400, metric });
  const keep = dims(query);
  const snapshots = () => need(records.snapshots, metric, 'snapshots').filter(keep);
  let rows: unknown[];
  let exposure: ExposureRow[] | undefined;
  switch (metric) {
    case 'overdue':
      rows = snapshotsToOverdue(snapshots());
      break;
    case 'roll-rates':
      rows = snapshotsToRollRates(snapshots());
      break;
    case 'vintage':
      rows = snapshotsToVintage(snapshots() as VintageSnapshot[]);
      break;
    case 'recovery':
      rows = chargeOffsToRecovery(need(records.chargeOffs, metric, 'chargeOffs'));
      break;
    case 'agents':
      rows = activityToAgents(need(records.agentActivity, metric, 'agentActivity').filter(keep));
      break;
    case 'complaints':
      rows = complaintsToRows(
        need(records.complaints, metric, 'complaints').filter((c) => !query.segment || c.segment === query.segment),
      );
      exposure = records.exposure ? [...records.exposure] : records.snapshots ? snapshotsToExposure(snapshots()) : [];
      break;
    case 'channels':
      rows = attemptsToChannels(need(records.contactAttempts, metric, 'contactAttempts'));
      break;
    case 'compliance':
      rows = attemptsToCompliance(
        need(records.contactAttempts, metric, 'contactAttempts'),
        records.rules ?? ['cn-cba-2026', 'us-reg-f', 'cn-gbt-2025'],
      );
      break;
    case 'experiments':
      rows = assignmentsToExperiments(
        need(records.experimentAssignments, metric, 'experimentAssignments').filter(keep),
      );
      break;
    case 'scores':
      rows = scoreRecordsToRows(need(records.scoredAccounts, metric, 'scoredAccounts').filter(keep));
      break;
    case 'quality':
      rows = qaCallsToQuality(need(records.qaCalls, metric, 'qaCalls').filter(keep));
      break;
    case 'promises': {
      const grace = (query as Query & { grace?: string }).grace;
      const all = need(records.contactAttempts, metric, 'contactAttempts').map((a) => ({
        ...a,
        accountId: a.accountId ?? a.debtId,
        agentId: a.agentId ?? null,
        rightParty: !!a.rightParty,
        promised: !!a.promised,
      }));
      rows = promisesToFunnel(all.filter(keep), need(records.promises, metric, 'promises').filter(keep), {
        graceDays: grace ? Number(grace) : 0,
        asOf: records.meta?.asOf ?? new Date().toISOString(),
        contacts: all,
      });
      break;
    }
    case 'contact-hours':
      rows = attemptsToContactHours(
        need(records.contactAttempts, metric, 'contactAttempts')
          .filter(keep)
          .map((a) => ({ ...a, accountId: a.accountId ?? a.debtId })),
      );
      break;
    case 'outcomes':
      rows = customerOutcomesToRows(need(records.customerOutcomes, metric, 'customerOutcomes').filter(keep));
      break;
    case 'workload': {
      // Cases, hours and dials follow the collector's team and region; the accounts' months are read whole.
      const held = need(records.assignments, metric, 'assignments');
      rows = assignmentsToWorkload({
        cases: held.filter(keep),
        held,
        activity: need(records.agentActivity, metric, 'agentActivity').flatMap((a) =>
          keep(a) && a.team !== undefined && a.date !== undefined
            ? [{ team: a.team, date: a.date, dials: a.dials, hours: a.hours }]
            : [],
        ),
        snapshots: need(records.snapshots, metric, 'snapshots'),
        chargeOffs: records.chargeOffs ?? [],
        attempts: need(records.contactAttempts, metric, 'contactAttempts').map((a) => ({
          accountId: a.accountId ?? a.debtId,
          at: a.at,
          agentId: a.agentId ?? null,
        })),
      });
      break;
    }
    case 'agencies': {
      const agency = query.agency;
      rows = agencyEventsToRows(
        need(records.agencyEvents, metric, 'agencyEvents').filter((e) => keep(e) && (!agency || e.agency === agency)),
      );
      break;
    }
    case 'legal':
      rows = legalCasesToRows(need(records.legalCases, metric, 'legalCases').filter(keep), {
        ...(query.from ? { from: query.from.slice(0, 7) } : {}),
        ...(query.to ? { to: query.to.slice(0, 7) } : {}),
      });
      break;
    default:
      throw new DataError('http', `Unknown metric "${String(metric)}".`, { status: 404, metric });
  }
  const meta = {
    asOf: records.meta?.asOf ?? new Date().toISOString(),
    source: records.meta?.source ?? 'records',
    currency: records.meta?.currency ?? 'CNY',
    definitionVersion: records.meta?.definitionVersion ?? '2026.1',
  };
  return filterRows(validateResponse(metric, { meta, rows, ...(exposure ? { exposure } : {}) }), query);
}

/** The records adapter: raw records in hand → every metric, computed in the browser with `src/kpi`. */
export function createRecordsAdapter(records: RecordSet | (() => RecordSet)): Adapter {
  return {
    async fetch<M extends MetricName>(metric: M, query: Query): Promise<MetricResponse<M>> {
      return recordsResponse(typeof records === 'function' ? records() : records, metric, query);
    },
  };
}

/** Factory for `<ck-source adapter="records">`: records from `adapterOptions.records`. */
export function recordsAdapterFactory(config: AdapterConfig): Adapter {
  const records = config.options?.records as RecordSet | undefined;
  if (!records)
    throw new DataError(
      'config',
      'The records adapter needs adapterOptions.records (snapshots, complaints, …) set from JS.',
    );
  return createRecordsAdapter(records);
}

/** Registers `<ck-source adapter="records">` (with records from `adapterOptions.records`). Idempotent. */
export function registerRecordsAdapter(): void {
  registerAdapter('records', recordsAdapterFactory);
}
