/**
 * `agents` rows: one per collector of the selected regions (and teams) for the whole [from, to]
 * range: the sums of their monthly desk work on the selected products' books. Their collected cash
 * and complaints add up to the phone and visit totals of `channels` and `complaints`.
 */
import type { AgentRow } from '../../src/model/rows.js';
import type { ResolvedQuery } from '../query.js';
import type { MetricResult, Portfolio } from '../portfolio.js';
import type { AgentMonth } from '../simulate/agents.js';
import { agentsOfRegion, operationsOf, selectSegments } from '../select.js';

const FIELDS = ['dials', 'connects', 'rightPartyContacts', 'promises', 'promisesDue', 'promisesKept', 'assigned', 'collected', 'hours', 'complaints'] as const;

/** Builds `agents` rows, in `agentId` order. */
export function agentRows(p: Portfolio, q: ResolvedQuery): MetricResult<'agents'> {
  const totals = new Map<string, Record<(typeof FIELDS)[number], number>>();
  for (const agent of p.agents) {
    if (q.regions && !q.regions.includes(agent.region)) continue;
    if (q.teams && !q.teams.includes(agent.team)) continue;
    totals.set(agent.agentId, Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<(typeof FIELDS)[number], number>);
  }
  for (const s of selectSegments(p, q)) {
    const agents = agentsOfRegion(p, s.region);
    for (let r = q.first; r <= q.last; r++) {
      const desk: AgentMonth[] = operationsOf(p, s, r).desk;
      agents.forEach((agent, i) => {
        const t = totals.get(agent.agentId);
        if (!t) return;
        for (const f of FIELDS) t[f] += desk[i]![f];
      });
    }
  }
  const rows: AgentRow[] = p.agents
    .filter((a) => totals.has(a.agentId))
    .map((a) => {
      const t = totals.get(a.agentId)!;
      return { agentId: a.agentId, name: `${a.nameZh} / ${a.nameEn}`, team: a.team, ...t, hours: Math.round(t.hours * 10) / 10 };
    });
  return { rows };
}
