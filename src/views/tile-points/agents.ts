import { AGENT_COUNT_FIELDS, agentPerformance } from '../../kpi/agents.js';
import { at } from '../../model/at.js';
import type { AgentRow } from '../../model/rows.js';
import { registerTilePoints, type TilePointsFn } from '../tile-points.js';

/**
 * `agents`: rows cover the whole queried range, so one value, the kept-promise rate of all agents as a
 * ratio of sums (the rows are checked one by one, then re-aggregated into one row), no trend.
 */
export const agentPoints: TilePointsFn = (response) => {
  const rows = response.rows as AgentRow[];
  agentPerformance(rows);
  const sum: AgentRow = {
    agentId: 'all',
    name: 'all',
    dials: 0,
    connects: 0,
    rightPartyContacts: 0,
    promises: 0,
    promisesDue: 0,
    promisesKept: 0,
    assigned: 0,
    collected: 0,
    hours: 0,
    complaints: 0,
  };
  for (const r of rows) for (const k of AGENT_COUNT_FIELDS) sum[k] += r[k];
  const total = at(agentPerformance([sum]), 0).metrics.keptRate;
  return {
    kind: 'rate',
    list: [{ period: '', numerator: total.numerator, denominator: total.denominator, rate: total.rate }],
  };
};

registerTilePoints('agents', agentPoints);
