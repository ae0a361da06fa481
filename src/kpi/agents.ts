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
  const n = rows.length;
  const m = options.minDenominator;
  const minOf = (metric: AgentMetric): number => (typeof m === 'number' ? m : (m?.[metric] ?? 0));
  const [minContact, minRpc, minPtp, minKept] = [
    minOf('contactRate'),
    minOf('rpcRate'),
    minOf('ptpRate'),
    minOf('keptRate'),
  ];
  const [minLiquidation, minPerHour] = [minOf('liquidation'), minOf('collectedPerHour')];
  const unranked = options.unranked?.size ? options.unranked : null;
  const ids = new Map<string, number>();
  const out = new Array<AgentPerformance>(n);
  // The trusted rates of each metric, one typed column per metric (what the ranks count): no per-agent arrays.
  const trusted = AGENT_METRICS.map(() => new Float64Array(n));
  const counts = new Uint32Array(AGENT_METRICS.length);
  const ranked = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const row = at(rows, i);
    const agentId = checkLabel('agent', i, 'agentId', row.agentId);
    const first = ids.get(agentId);
    if (first !== undefined)
      throw new KpiInputError(
        'duplicate',
        `agent row ${i} (agent ${agentId}): a second row for the same agent (first at row ${first})`,
        i,
        'agentId',
      );
    ids.set(agentId, i);
    // Fields in AGENT_COUNT_FIELDS order, so that the first bad one is the one named.
    const dials = amount(row.dials, i, agentId, 'dials');
    const connects = amount(row.connects, i, agentId, 'connects');
    const rpc = amount(row.rightPartyContacts, i, agentId, 'rightPartyContacts');
    const promises = amount(row.promises, i, agentId, 'promises');
    const due = amount(row.promisesDue, i, agentId, 'promisesDue');
    const kept = amount(row.promisesKept, i, agentId, 'promisesKept');
    const assigned = amount(row.assigned, i, agentId, 'assigned');
    const collected = amount(row.collected, i, agentId, 'collected');
    const hours = amount(row.hours, i, agentId, 'hours');
    amount(row.complaints, i, agentId, 'complaints');
    if (connects > dials || rpc > connects || kept > due) {
      const key = `agent ${agentId}`;
      checkAtMost('agent', i, key, 'connects', connects, 'dials', dials);
      checkAtMost('agent', i, key, 'rightPartyContacts', rpc, 'connects', connects);
      checkAtMost('agent', i, key, 'promisesKept', kept, 'promisesDue', due);
    }
    const metrics: Record<AgentMetric, FlaggedRatio> = {
      contactRate: flaggedRatio(connects, dials, minContact),
      rpcRate: flaggedRatio(rpc, dials, minRpc),
      ptpRate: flaggedRatio(promises, rpc, minPtp),
      keptRate: flaggedRatio(kept, due, minKept),
      liquidation: flaggedRatio(collected, assigned, minLiquidation),
      collectedPerHour: flaggedRatio(collected, hours, minPerHour),
    };
    const isRanked = !unranked?.has(agentId);
    ranked[i] = isRanked ? 1 : 0;
    if (isRanked) {
      addTrusted(trusted, counts, 0, metrics.contactRate);
      addTrusted(trusted, counts, 1, metrics.rpcRate);
      addTrusted(trusted, counts, 2, metrics.ptpRate);
      addTrusted(trusted, counts, 3, metrics.keptRate);
      addTrusted(trusted, counts, 4, metrics.liquidation);
      addTrusted(trusted, counts, 5, metrics.collectedPerHour);
    }
    const ranks = NO_RANKS;
    out[i] =
      row.team !== undefined
        ? { agentId, name: row.name, metrics, ranks, team: row.team }
        : { agentId, name: row.name, metrics, ranks };
  }
  // Rank = 1 + how many trusted rates are higher: one typed-array sort per metric, then binary search (O(n log n)).
  const sorted = trusted.map((column, k) => column.subarray(0, at(counts, k)).sort());
  const rankOf = (k: number, r: FlaggedRatio, isRanked: boolean): number | null => {
    const column = sorted[k];
    if (r.rate === null || r.flagged || !isRanked || !column) return null;
    return 1 + column.length - upperBound(column, r.rate);
  };
  for (let i = 0; i < n; i++) {
    const a = at(out, i);
    const x = a.metrics;
    const isRanked = ranked[i] === 1;
    a.ranks = {
      contactRate: rankOf(0, x.contactRate, isRanked),
      rpcRate: rankOf(1, x.rpcRate, isRanked),
      ptpRate: rankOf(2, x.ptpRate, isRanked),
      keptRate: rankOf(3, x.keptRate, isRanked),
      liquidation: rankOf(4, x.liquidation, isRanked),
      collectedPerHour: rankOf(5, x.collectedPerHour, isRanked),
    };
  }
  return out;
}

/** Placeholder ranks until the ranks are known (every agent gets its own object). */
const NO_RANKS: Record<AgentMetric, number | null> = Object.freeze({
  contactRate: null,
  rpcRate: null,
  ptpRate: null,
  keptRate: null,
  liquidation: null,
  collectedPerHour: null,
});

/** A count or amount of agent row `i`: a finite number ≥ 0, else `checkAmount`'s error (the key string is made only then). */
function amount(value: unknown, i: number, agentId: string, field: string): number {
  return typeof value === 'number' && value >= 0 && value < Infinity
    ? value
    : checkAmount('agent', i, `agent ${agentId}`, field, value);
}

/** Appends the rate of `r` to column `k` of `trusted` when it counts for the ranks (not null, not flagged). */
function addTrusted(trusted: readonly Float64Array[], counts: Uint32Array, k: number, r: FlaggedRatio): void {
  const column = trusted[k];
  const c = counts[k];
  if (r.rate === null || r.flagged || !column || c === undefined) return;
  column[c] = r.rate;
  counts[k] = c + 1;
}

/** A ratio with its flag: the denominator below `minimum`. */
function flaggedRatio(numerator: number, denominator: number, minimum: number): FlaggedRatio {
  return { numerator, denominator, rate: divide(numerator, denominator), flagged: denominator < minimum };
}

/** Index of the first value in ascending `sorted` greater than `v`. */
function upperBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // Direct reads (mid is inside the array): \`at\`, shared by every caller, is not inlined in this hot loop.
    if ((sorted[mid] ?? NaN) > v) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
