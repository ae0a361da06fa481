import { AGENT_METRICS } from '../../kpi/agents.js';
import type { AgentRow } from '../../model/rows.js';
import type { AgentMetric, AgentPerformance, FlaggedRatio } from '../../kpi/types.js';
import { pseudonym, pseudonymCodes } from '../../render/redact.js';
import type { AgentQa } from './leaderboard-qa.js';

/** Columns of the leaderboard that hold a number: the six agent rates and the collected amount. */
export type LeaderboardColumn = AgentMetric | 'collected';

/** Sort keys: a number column, or the collector's name or team. */
export type LeaderboardSort = LeaderboardColumn | 'name' | 'team';

/** The number columns in display order. */
export const LEADERBOARD_COLUMNS: readonly LeaderboardColumn[] = ['collected', ...AGENT_METRICS];

const ALIASES: Record<string, LeaderboardSort> = {
  collected: 'collected',
  'contact-rate': 'contactRate',
  contact: 'contactRate',
  'rpc-rate': 'rpcRate',
  rpc: 'rpcRate',
  'ptp-rate': 'ptpRate',
  ptp: 'ptpRate',
  'kept-rate': 'keptRate',
  kept: 'keptRate',
  liquidation: 'liquidation',
  'collected-per-hour': 'collectedPerHour',
  'per-hour': 'collectedPerHour',
  name: 'name',
  team: 'team',
};

/** Reads the `sort` attribute: camelCase metric names and kebab-case aliases (`contact-rate`, `kept`…); default `collected`. */
export function parseSort(value: string | null | undefined): LeaderboardSort {
  const v = (value ?? '').trim();
  if ((LEADERBOARD_COLUMNS as readonly string[]).includes(v) || v === 'name' || v === 'team')
    return v as LeaderboardSort;
  return ALIASES[v.toLowerCase()] ?? 'collected';
}

/** One displayed row: the KPI result with the name to show (a pseudonym when redacted). */
export interface LeaderboardEntry {
  perf: AgentPerformance;
  /** Name shown everywhere (cells, tooltip, announcements, events). */
  display: string;
  /** Collected amount (the numerator of liquidation) as a plain ratio-free value. */
  collected: number;
  /** Average QA score (with `min-qa`; null: no checks). */
  qaScore?: number | null;
  /** Under `min-qa`: flagged and not ranked on any column. */
  qaBelow?: boolean;
}

/**
 * Ratio of a column for one agent. `collected` is an amount, not a rate: its "ratio" is collected
 * of assigned (the liquidation parts) with the amount as value, so tooltips still show both.
 */
export function cell(entry: LeaderboardEntry, column: LeaderboardColumn): FlaggedRatio & { value: number | null } {
  if (column === 'collected') {
    const l = entry.perf.metrics.liquidation;
    return { ...l, flagged: false, value: entry.collected };
  }
  const m = entry.perf.metrics[column];
  return { ...m, value: m.rate };
}

/** Names to show: the real names, or stable pseudonyms unique within the set when `redact`; with `qa`, each one's QA score and flag. */
export function displayEntries(
  perf: readonly AgentPerformance[],
  rows: readonly AgentRow[],
  redact: boolean,
  locale: string,
  qa: AgentQa | null = null,
): LeaderboardEntry[] {
  const codes = redact ? pseudonymCodes(perf.map((p) => p.agentId)) : null;
  // agentPerformance keeps the rows' order: row i is collector i's (a map only if they differ).
  let byId: Map<string, number> | null = null;
  const collectedOf = (p: AgentPerformance, i: number): number | undefined => {
    const row = rows[i];
    if (row?.agentId === p.agentId) return row.collected;
    byId ??= new Map(rows.map((r) => [r.agentId, r.collected]));
    return byId.get(p.agentId);
  };
  return perf.map((p, i) => ({
    perf: p,
    display: codes ? pseudonym(p.agentId, locale, codes.get(p.agentId)) : p.name,
    collected: collectedOf(p, i) ?? p.metrics.liquidation.numerator,
    ...(qa ? { qaScore: qa.scores.get(p.agentId) ?? null, qaBelow: qa.below.has(p.agentId) } : {}),
  }));
}

/**
 * The sort value of a column for one agent without building a cell: the collected amount, or the
 * rate; NaN when the rate is flagged (denominator too small), missing or not finite, or the agent is under `min-qa`.
 */
export function columnValue(entry: LeaderboardEntry, column: LeaderboardColumn): number {
  if (entry.qaBelow) return NaN; // under min-qa: last, not ranked
  if (column === 'collected') return Number.isFinite(entry.collected) ? entry.collected : NaN;
  const m = entry.perf.metrics[column];
  return m.flagged || m.rate === null || !Number.isFinite(m.rate) ? NaN : m.rate;
}
