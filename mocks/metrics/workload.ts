/**
 * `workload` rows: one per period × team, from the same desk work as `agents` (inventory = the team's
 * assigned cases, FTE = logged hours ÷ 168, attempts = dials) and the same account flows as
 * `roll-rates`: a team's inflow 入催 counts the cases entering its stage from an earlier state (for the
 * early stage, the matrix's M0 → M1 entries), its outflow the cases leaving the stage cured (to M0 or
 * closed), rolled on (to a later stage) or charged off. Stage flows are scaled by the stage's in-house
 * share and split equally over the stage's teams, as the desk splits the stage's cases.
 */
import type { WorkloadRow } from '../../src/model/rows.js';
import { TEAMS, type Team } from '../catalog.js';
import { periodGroups, type ResolvedQuery } from '../query.js';
import type { MetricResult, Portfolio } from '../portfolio-types.js';
import { agentsOfRegion, operationsOf, selectSegments } from '../select.js';
import { allocate, WORK } from '../simulate/agents.js';
import { STAGE_COUNT, stageOfBucket } from '../simulate/book.js';

/** Flow fields per stage, in accumulator order. */
const FLOWS = ['inflow', 'cured', 'rolledOn', 'chargedOff'] as const;

/** Share of a stage's cases with a number or address that works (later stages lose contact, 失联). */
const REACHABLE: Record<Team['stage'], number> = { early: 0.95, mid: 0.88, late: 0.72, field: 0.9 };

/** Cases dialled at least once among the reachable share of `cases`, `dials` spread at random over them. */
export function casesDialled(cases: number, dials: number, reachable = 1): number {
  if (cases <= 0) return 0;
  return Math.min(cases, Math.round(cases * reachable * (1 - Math.exp(-dials / cases))));
}

/** Stage flows of one book-month: index `stage * 4 + flow` (accounts). */
function stageFlows(p: Portfolio, flowAccounts: Float64Array, r: number): Float64Array {
  const B = p.buckets.length;
  const F = B + 1;
  const T = B + 3;
  const out = new Float64Array(STAGE_COUNT * FLOWS.length);
  const stage = (b: number) => (b === 0 ? -1 : stageOfBucket(b));
  for (let f = 0; f < B; f++) {
    for (let t = 0; t < T; t++) {
      const n = flowAccounts[r * F * T + f * T + t]!;
      if (!n) continue;
      const from = stage(f);
      if (t < B) {
        const to = stage(t);
        if (to >= 0 && to > from) out[to * 4]! += n; // entry into a later stage (M0 → M1 is the early inflow)
        if (from >= 0 && to === -1) out[from * 4 + 1]! += n; // cured to current
        if (from >= 0 && to > from) out[from * 4 + 2]! += n; // rolled on to a later stage
      } else if (from >= 0) {
        if (t === B + 2)
          out[from * 4 + 3]! += n; // charged off
        else out[from * 4 + 1]! += n; // closed or repaid while delinquent: cured
      }
    }
  }
  return out;
}

/** A team's share of stage flows `flows` (index `stage * 4 + k`) for flow k. */
function teamFlow(team: Team, flows: Float64Array, k: number): number {
  const work = WORK[team.stage];
  if (team.stage === 'field') return Math.round((flows[4 + k]! + flows[8 + k]!) * work.inHouse);
  const s = team.stage === 'early' ? 0 : team.stage === 'mid' ? 1 : 2;
  const same = TEAMS.filter((t) => t.stage === team.stage);
  return allocate(
    Math.round(flows[s * 4 + k]! * work.inHouse),
    same.map(() => 1),
  )[same.indexOf(team)]!;
}

/** Builds `workload` rows (per period, teams in catalogue order). */
export function workloadRows(p: Portfolio, q: ResolvedQuery): MetricResult<'workload'> {
  const teams = TEAMS.filter((t) => !q.teams || q.teams.includes(t.code));
  const rows: WorkloadRow[] = [];
  for (const group of periodGroups(q, p.start)) {
    const acc = new Map(
      teams.map((t) => [t.code, { inventory: 0, hours: 0, casesDialled: 0, attempts: 0, flows: [0, 0, 0, 0] }]),
    );
    for (const r of group.months) {
      for (const s of selectSegments(p, q)) {
        const agents = agentsOfRegion(p, s.region);
        operationsOf(p, s, r).desk.forEach((m, i) => {
          const a = acc.get(agents[i]!.team);
          const team = TEAMS.find((t) => t.code === agents[i]!.team);
          if (!a || !team) return;
          a.inventory += m.accounts;
          a.hours += m.hours;
          a.attempts += m.dials;
          a.casesDialled += casesDialled(m.accounts, m.dials, REACHABLE[team.stage]);
        });
        const flows = stageFlows(p, s.flowAccounts, r);
        for (const team of teams) {
          const a = acc.get(team.code)!;
          FLOWS.forEach((_, k) => (a.flows[k]! += teamFlow(team, flows, k)));
        }
      }
    }
    for (const team of teams) {
      const a = acc.get(team.code)!;
      rows.push({
        period: group.label,
        team: team.code,
        inventory: a.inventory,
        fte: Math.round((a.hours / 168) * 10) / 10,
        casesDialled: a.casesDialled,
        attempts: a.attempts,
        inflow: a.flows[0]!,
        cured: a.flows[1]!,
        rolledOn: a.flows[2]!,
        chargedOff: a.flows[3]!,
      });
    }
  }
  return { rows };
}
