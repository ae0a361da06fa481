/** Collector (催收员) performance: contact, RPC, PTP, kept-PTP, liquidation rates and collected per hour, ranked. */
import type { AgentRow } from '../model/rows.js';
import { KpiInputError } from './errors.js';
import type { AgentMetric, AgentOptions, AgentPerformance, FlaggedRatio } from './types.js';
import { checkAmount, checkAtMost, checkLabel, divide } from './validate.js';
import { at } from '../model/at.js';

/** The metrics of `agentPerformance`, in display order. */
export const AGENT_METRICS: readonly AgentMetric[] = Object.freeze([
  'contactRate',
  'rpcRate',
  'ptpRate',
  'keptRate',
  'liquidation',
  'collectedPerHour',
]);

/** The summable counts and amounts of an `agents` row (what a period or a team adds up). */
export const AGENT_COUNT_FIELDS = [
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

/** The summable counts and amounts of an `agents` row. */
export type AgentCounts = Pick<AgentRow, (typeof AGENT_COUNT_FIELDS)[number]>;

/** Counts and amounts all zero, in `AGENT_COUNT_FIELDS` order: what an agent's activity adds up from. */
export function zeroAgentCounts(): AgentCounts {
  return Object.fromEntries(AGENT_COUNT_FIELDS.map((f) => [f, 0])) as AgentCounts;
}

/**
 * Rates per agent (input order kept): contact rate 接通率 = connects ÷ dials; RPC rate = right-party
 * contacts ÷ dials; PTP rate 承诺还款率 = promises ÷ RPC; kept rate 兑现率 = promises kept ÷ promises
 * due; liquidation 回款率 = collected ÷ assigned; collected per logged hour. Each has numerator,
 * denominator, rate (null when the denominator is 0) and `flagged` (denominator below
 * `minDenominator`, one number or per metric; default 0, i.e. nothing flagged). Ranks per metric: 1 =
 * highest rate, ties share a rank (1, 1, 3), flagged or null rates get null and are not counted, nor are
 * the agents of `unranked` (e.g. under the leaderboard's `min-qa`).
 * Bad rows (negative, non-finite, connects > dials, RPC > connects, kept > due, duplicate agentId)
 * throw `KpiInputError`.
 * @example agentPerformance(rows, { minDenominator: { contactRate: 50, collectedPerHour: 8 } })
 */
export function agentPerformance(rows: readonly AgentRow[], options: AgentOptions = {}): AgentPerformance[] {
  const minOf = (metric: AgentMetric): number => {
    const m = options.minDenominator;
    return typeof m === 'number' ? m : (m?.[metric] ?? 0);
  };
  const ids = new Map<string, number>();
  const out: AgentPerformance[] = rows.map((row, i) => {
    const agentId = checkLabel('agent', i, 'agentId', row.agentId);
    const key = `agent ${agentId}`;
    if (ids.has(agentId))
      throw new KpiInputError(
        'duplicate',
        `agent row ${i} (${key}): a second row for the same agent (first at row ${ids.get(agentId)})`,
        i,
        'agentId',
      );
    ids.set(agentId, i);
    const v = {} as Record<(typeof AGENT_COUNT_FIELDS)[number], number>;
    for (const f of AGENT_COUNT_FIELDS) v[f] = checkAmount('agent', i, key, f, row[f]);
    checkAtMost('agent', i, key, 'connects', v.connects, 'dials', v.dials);
    checkAtMost('agent', i, key, 'rightPartyContacts', v.rightPartyContacts, 'connects', v.connects);
    checkAtMost('agent', i, key, 'promisesKept', v.promisesKept, 'promisesDue', v.promisesDue);
    const r = (metric: AgentMetric, numerator: number, denominator: number): FlaggedRatio => ({
      numerator,
      denominator,
      rate: divide(numerator, denominator),
      flagged: denominator < minOf(metric),
    });
    const metrics: Record<AgentMetric, FlaggedRatio> = {
      contactRate: r('contactRate', v.connects, v.dials),
      rpcRate: r('rpcRate', v.rightPartyContacts, v.dials),
      ptpRate: r('ptpRate', v.promises, v.rightPartyContacts),
      keptRate: r('keptRate', v.promisesKept, v.promisesDue),
      liquidation: r('liquidation', v.collected, v.assigned),
      collectedPerHour: r('collectedPerHour', v.collected, v.hours),
    };
    const perf: AgentPerformance = {
      agentId,
      name: row.name,
      metrics,
      ranks: {} as Record<AgentMetric, number | null>,
    };
    if (row.team !== undefined) perf.team = row.team;
    return perf;
  });
  for (const metric of AGENT_METRICS) {
    // Rank = 1 + how many trusted rates are higher: sort once, then binary search (O(n log n), not O(n²)).
    const unranked = options.unranked;
    const ranked = unranked?.size ? out.filter((a) => !unranked.has(a.agentId)) : out;
    const rates = Float64Array.from(
      ranked.flatMap(({ metrics }) =>
        metrics[metric].rate !== null && !metrics[metric].flagged ? [metrics[metric].rate] : [],
      ),
    ).sort();
    for (const a of out) {
      const m = a.metrics[metric];
      a.ranks[metric] =
        m.rate === null || m.flagged || unranked?.has(a.agentId) ? null : 1 + rates.length - upperBound(rates, m.rate);
    }
  }
  return out;
}

/** Index of the first value in ascending `sorted` greater than `v`. */
function upperBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at(sorted, mid) > v) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
