/**
 * `promises` rows: the promise-to-pay funnel per period, from the same desk work as `agents` (so the
 * funnel's attempts, contacts, RPC and promises summed over periods equal the agents' sums for the same
 * regions, teams and products). Promises due in a month mature in it; a `grace` of g days (0–30) moves
 * the share g/30 of each month's due promises (and their outcomes, amounts and follow-up) to the next
 * month. Promises that had not matured by the portfolio's last month are pending in that month.
 */
import type { PromiseFunnelRow } from '../../src/model/rows.js';
import { TEAMS } from '../catalog.js';
import { MockQueryError, periodGroups, type MockQuery, type ResolvedQuery } from '../query.js';
import type { MetricResult, Portfolio } from '../portfolio-types.js';
import { agentsOfRegion, operationsOf, selectSegments } from '../select.js';
import { P, PROMISE_CELL, promiseCells } from '../simulate/promises.js';

/** Grace days of a query: a whole number 0–30 (default 0). */
export function graceOf(raw: MockQuery): number {
  if (raw.grace === undefined || raw.grace === '') return 0;
  const g = Number(raw.grace);
  if (!/^\d{1,2}$/.test(raw.grace) || g > 30)
    throw new MockQueryError(`Bad "grace" ${JSON.stringify(raw.grace)}: expected whole days 0–30.`);
  return g;
}

/** Fields that mature (and move with the grace days). */
const MATURING = [
  'due',
  'kept',
  'partlyKept',
  'amountKept',
  'amountPartlyPromised',
  'amountPartlyPaid',
  'amountBrokenPromised',
  'under24',
  'from24',
  'from48',
  'over72',
  'none',
] as const;

/** Fields that partition the matured promises (kept, partly kept and the broken ones' follow-up bins). */
const OUTCOMES = ['kept', 'partlyKept', 'under24', 'from24', 'from48', 'over72', 'none'] as const;

/** The selected teams' promise cells of reported month `r`, summed over the selected books. */
function monthCells(p: Portfolio, q: ResolvedQuery, r: number): Float64Array {
  const sum = new Float64Array(PROMISE_CELL.length);
  if (r < 0) return sum;
  for (const s of selectSegments(p, q)) {
    const cells = promiseCells(p.options.seed, s, r, agentsOfRegion(p, s.region), operationsOf(p, s, r).desk);
    TEAMS.forEach((team, k) => {
      if (q.teams && !q.teams.includes(team.code)) return;
      const c = cells[k];
      if (c) for (let i = 0; i < sum.length; i++) sum[i]! += c[i]!;
    });
  }
  return sum;
}

/** Builds `promises` rows (one per period). */
export function promiseRows(p: Portfolio, q: ResolvedQuery, raw: MockQuery = {}): MetricResult<'promises'> {
  const share = graceOf(raw) / 30;
  const moved = (c: Float64Array, i: number) => Math.floor(c[i]! * share);
  const rows: PromiseFunnelRow[] = [];
  for (const group of periodGroups(q, p.start)) {
    const t = new Float64Array(PROMISE_CELL.length);
    let pending = 0;
    for (const r of group.months) {
      const c = monthCells(p, q, r);
      const before = monthCells(p, q, r - 1);
      for (let i = 0; i < P.due; i++) t[i]! += c[i]!;
      for (const f of MATURING) t[P[f]]! += c[P[f]]! - moved(c, P[f]) + (r > 0 ? moved(before, P[f]) : 0);
      if (r === p.months - 1) pending += c[P.promises]! - c[P.due]! + OUTCOMES.reduce((a, f) => a + moved(c, P[f]), 0);
    }
    const broken = t[P.under24]! + t[P.from24]! + t[P.from48]! + t[P.over72]! + t[P.none]!;
    rows.push({
      period: group.label,
      attempts: t[P.attempts]!,
      contacts: t[P.contacts]!,
      rightPartyContacts: t[P.rightPartyContacts]!,
      promises: t[P.promises]!,
      pending,
      matured: t[P.kept]! + t[P.partlyKept]! + broken,
      kept: t[P.kept]!,
      partlyKept: t[P.partlyKept]!,
      broken,
      amountPromised: t[P.amountKept]! + t[P.amountPartlyPromised]! + t[P.amountBrokenPromised]!,
      amountPaid: t[P.amountKept]! + t[P.amountPartlyPaid]!,
      followUpUnder24h: t[P.under24]!,
      followUp24To48h: t[P.from24]!,
      followUp48To72h: t[P.from48]!,
      followUpOver72h: t[P.over72]!,
      followUpNone: t[P.none]!,
    });
  }
  return { rows };
}
