/**
 * Records → `workload` rows for the `records` adapter: cases handed to collectors, the collectors' monthly
 * dials and hours, account snapshots and charge-offs, counted exactly as the reference backend's SQL counts
 * them (src/server/sql/workload.sql). Counts and sums only; ratios come from `workload`.
 */
import type { BucketConfig } from '../model/buckets.js';
import type { WorkloadRow } from '../model/rows.js';
import { bucketLookup, DEFAULT_BUCKETS } from './buckets.js';
import { checkAmount, checkLabel } from './validate.js';

/** A case handed to a collector (an `assignments` row). */
export interface CaseAssignment {
  accountId: string;
  /** The collector's team. */
  team: string;
  /** Day assigned, `YYYY-MM-DD` (or a month `YYYY-MM`): the case counts in that month. */
  assigned: string;
}

/** What {@link assignmentsToWorkload} reads. */
export interface WorkloadRecords {
  /** The teams' cases (already filtered to the teams and regions asked). */
  cases: readonly CaseAssignment[];
  /** Every assignment, of any region, to tell a team's new cases (it did not hold them the month before); default `cases`. */
  held?: readonly CaseAssignment[];
  /** Collectors' activity per month (`date` `YYYY-MM…`): attempts (`dials`) and logged `hours`, by team. */
  activity: readonly { team: string; date: string; dials: number; hours: number }[];
  /** Active account-month snapshots (`period` `YYYY-MM`). */
  snapshots: readonly { accountId: string; period: string; dpd: number }[];
  /** Charged-off accounts and the month (`cohort` `YYYY-MM`) they were charged off. */
  chargeOffs: readonly { accountId: string; cohort: string }[];
  /** Contact attempts: one by a collector (`agentId` set) in a case's UTC month marks the case dialled. */
  attempts: readonly { accountId: string; at: string | number; agentId?: string | null }[];
}

const monthOf = (date: string) => date.slice(0, 7);
const utcMonth = (at: string | number) => new Date(at).toISOString().slice(0, 7);
/** The month before `YYYY-MM`. */
function previous(month: string): string {
  const i = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 2;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

interface Acc {
  inventory: number;
  casesDialled: number;
  inflow: number;
  cured: number;
  rolledOn: number;
  chargedOff: number;
  attempts: number;
  hours: number;
}

/**
 * One `workload` row per month × team with cases, attempts or hours, sorted by month then team. A team's
 * cases of a month are the accounts assigned to it that month (each once); inflow = cases the team did not
 * hold the month before (entering its stage); dialled = cases with a collector's attempt that UTC month; chargedOff = charged off that
 * month, else cured = no active snapshot that month (closed) or one in the first bucket, else rolledOn =
 * the snapshot's bucket above the previous month's. FTE = hours ÷ 168.
 * @example assignmentsToWorkload({ cases, activity, snapshots, chargeOffs, attempts })[0] // { period: '2024-01', team: 'early-a', inventory: 3, … }
 */
export function assignmentsToWorkload(
  records: WorkloadRecords,
  buckets: BucketConfig = DEFAULT_BUCKETS,
): WorkloadRow[] {
  const bucket = bucketLookup(buckets);
  const key = (account: string, month: string) => `${account}\u0000${month}`;
  const held = new Set(
    (records.held ?? records.cases).map((a) => `${key(a.accountId, monthOf(a.assigned))}\u0000${a.team}`),
  );
  const worked = new Set<string>();
  for (const a of records.attempts) if (a.agentId) worked.add(key(a.accountId, utcMonth(a.at)));
  const snapshot = new Map<string, number>();
  records.snapshots.forEach((s, i) => {
    checkAmount('workload snapshots', i, s.accountId, 'dpd', s.dpd);
    snapshot.set(key(s.accountId, monthOf(s.period)), s.dpd);
  });
  const charged = new Set(records.chargeOffs.map((c) => key(c.accountId, monthOf(c.cohort))));

  const rows = new Map<string, Acc & { period: string; team: string }>();
  const cell = (month: string, team: string) => {
    const k = `${month}\u0000${team}`;
    let acc = rows.get(k);
    if (!acc) {
      acc = {
        period: month,
        team,
        inventory: 0,
        casesDialled: 0,
        inflow: 0,
        cured: 0,
        rolledOn: 0,
        chargedOff: 0,
        attempts: 0,
        hours: 0,
      };
      rows.set(k, acc);
    }
    return acc;
  };
  const seen = new Set<string>();
  records.cases.forEach((c, i) => {
    checkLabel('workload cases', i, 'team', c.team);
    const month = monthOf(c.assigned);
    const id = `${key(c.accountId, month)}\u0000${c.team}`;
    if (seen.has(id)) return;
    seen.add(id);
    const acc = cell(month, c.team);
    acc.inventory++;
    if (!held.has(`${key(c.accountId, previous(month))}\u0000${c.team}`)) acc.inflow++;
    if (worked.has(key(c.accountId, month))) acc.casesDialled++;
    const dpd = snapshot.get(key(c.accountId, month));
    const before = snapshot.get(key(c.accountId, previous(month)));
    if (charged.has(key(c.accountId, month))) acc.chargedOff++;
    else if (dpd === undefined || bucket(dpd) === 0) acc.cured++;
    else if (before !== undefined && bucket(dpd) > bucket(before)) acc.rolledOn++;
  });
  records.activity.forEach((a, i) => {
    checkAmount('workload activity', i, a.team, 'dials', a.dials);
    checkAmount('workload activity', i, a.team, 'hours', a.hours);
    if (!a.dials && !a.hours) return;
    const acc = cell(monthOf(a.date), a.team);
    acc.attempts += a.dials;
    acc.hours += a.hours;
  });
  return [...rows.values()]
    .sort((a, b) =>
      a.period < b.period ? -1 : a.period > b.period ? 1 : a.team < b.team ? -1 : a.team > b.team ? 1 : 0,
    )
    .map(({ hours, ...r }) => ({
      period: r.period,
      team: r.team,
      inventory: r.inventory,
      fte: hours / 168,
      casesDialled: r.casesDialled,
      attempts: r.attempts,
      inflow: r.inflow,
      cured: r.cured,
      rolledOn: r.rolledOn,
      chargedOff: r.chargedOff,
    }));
}
