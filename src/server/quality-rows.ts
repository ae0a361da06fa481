/**
 * quality's answer rows from the coded rows of sql/quality-cells-month.sql and its collectors
 * (sql/quality-agents.sql): the same rows, in the same order, as sql/quality.sql answers, with fewer strings
 * for the engine to send (team and name once per collector, method, rule and month as numbers).
 */
import { QA_ANY, QA_METHODS, QA_RULES } from '../model/rows.js';

/** Rule codes by the cells' k (sql/_quality-grid.sql): 0 'any', then the red-line rules in QA_RULES order. */
export const QUALITY_RULE_BY_K: readonly string[] = [QA_ANY, ...QA_RULES];

const DAY_MS = 86_400_000;

/** A number the SQL sent (a DOUBLE column); throws naming the column when it is not one. */
function num(value: unknown, column: string): number {
  if (typeof value === 'number') return value;
  throw new TypeError(`quality-cells-month.sql sent ${column} that is not a number: ${typeof value}`);
}

/**
 * The answer's rows (period, team, agentId, name, method, rule, calls, checked, violations, scoreSum) of
 * `coded` (day, agentId, manual, k and the counts), taking team and name from `agents` (agentId, team, name).
 * A row whose collector is not among `agents` is left out, as the SQL's join to agents would.
 * @example qualityRows([{ day: 19723, agentId: 'A1', manual: 0, k: 0, calls: 9, checked: 9, violations: 0, scoreSum: 800 }], [{ agentId: 'A1', team: 'mid', name: 'Ann' }]);
 */
export function qualityRows(
  coded: readonly Record<string, unknown>[],
  agents: readonly Record<string, unknown>[],
): Record<string, unknown>[] {
  const byId = new Map(agents.map((a) => [a.agentId, a]));
  const months = new Map<number, string>();
  const rows: Record<string, unknown>[] = [];
  for (const r of coded) {
    const agent = byId.get(r.agentId);
    if (!agent) continue;
    const day = num(r.day, 'day');
    let period = months.get(day);
    if (period === undefined) {
      period = new Date(day * DAY_MS).toISOString().slice(0, 7);
      months.set(day, period);
    }
    const k = num(r.k, 'k');
    const rule = QUALITY_RULE_BY_K[k];
    if (rule === undefined) throw new RangeError(`quality-cells-month.sql sent rule k ${k}, not 0–${QA_RULES.length}.`);
    rows.push({
      period,
      team: agent.team,
      agentId: r.agentId,
      name: agent.name,
      method: num(r.manual, 'manual') === 1 ? QA_METHODS[1] : QA_METHODS[0],
      rule,
      calls: r.calls,
      checked: r.checked,
      violations: r.violations,
      scoreSum: r.scoreSum,
    });
  }
  return rows;
}
