/**
 * `agents` rows: one per collector of the selected regions (and teams) for the whole [from, to]
 * range: the sums of their monthly desk work on the selected products' books. Their collected cash
 * and complaints add up to the phone and visit totals of `channels` and `complaints`.
 */
import type { AgentRow } from '../../src/model/rows.js';
import type { ResolvedQuery } from '../query.js';
import type { MetricResult, Portfolio } from '../portfolio-types.js';
import type { AgentMonth } from '../simulate/agents.js';
import { agentsOfRegion, operationsOf, selectSegments } from '../select.js';

/** Accumulated fields, in the order of the accumulator columns. */
const FIELDS = [
  'dials',
  'connects',
  'rightPartyContacts',
  'promises',
  'promisesDue',
  'promisesKept',
  'assigned',
  'collected',
  'hours',
  'complaints',
] as const;

/** Builds `agents` rows, in `agentId` order. */
export function agentRows(p: Portfolio, q: ResolvedQuery): MetricResult<'agents'> {
  const index = new Map(p.agents.map((a, i) => [a.agentId, i]));
  const F = FIELDS.length;
  const totals = new Float64Array(p.agents.length * F);
  for (const s of selectSegments(p, q)) {
    const slots = agentsOfRegion(p, s.region).map((a) => index.get(a.agentId)! * F);
    for (let r = q.first; r <= q.last; r++) {
      const desk: AgentMonth[] = operationsOf(p, s, r).desk;
      for (let i = 0; i < desk.length; i++) {
        const m = desk[i]!;
        const at = slots[i]!;
        totals[at]! += m.dials;
        totals[at + 1]! += m.connects;
        totals[at + 2]! += m.rightPartyContacts;
        totals[at + 3]! += m.promises;
        totals[at + 4]! += m.promisesDue;
        totals[at + 5]! += m.promisesKept;
        totals[at + 6]! += m.assigned;
        totals[at + 7]! += m.collected;
        totals[at + 8]! += m.hours;
        totals[at + 9]! += m.complaints;
      }
    }
  }
  const rows: AgentRow[] = [];
  p.agents.forEach((a, i) => {
    if (q.regions && !q.regions.includes(a.region)) return;
    if (q.teams && !q.teams.includes(a.team)) return;
    const t = (k: number) => totals[i * F + k]!;
    rows.push({
      agentId: a.agentId,
      name: `${a.nameZh} / ${a.nameEn}`,
      team: a.team,
      dials: t(0),
      connects: t(1),
      rightPartyContacts: t(2),
      promises: t(3),
      promisesDue: t(4),
      promisesKept: t(5),
      assigned: t(6),
      collected: t(7),
      hours: Math.round(t(8) * 10) / 10,
      complaints: t(9),
    });
  });
  return { rows };
}
