/**
 * quality's answer rows from the coded columns of sql/quality-cells-month.sql and its collectors
 * (sql/quality-agents.sql): the same rows, in the same order, as sql/quality.sql answers, with no string for the
 * engine to send per row (id, team and name once per collector; collector, method, rule and month as numbers).
 */
import { QA_ANY, QA_METHODS, QA_RULES } from '../model/rows.js';
import { column, type ResultColumns } from './engine/columns.js';

/** Rule codes by the cells' k (sql/_quality-grid.sql): 0 'any', then the red-line rules in QA_RULES order. */
export const QUALITY_RULE_BY_K: readonly string[] = [QA_ANY, ...QA_RULES];

const DAY_MS = 86_400_000;
const CELLS = 'quality-cells-month.sql';

/** A number the SQL sent (a DOUBLE column); throws naming the column when it is not one. */
function num(value: unknown, name: string): number {
  if (typeof value === 'number') return value;
  throw new TypeError(`${CELLS} sent ${name} that is not a number: ${typeof value}`);
}

/** A collector of quality-agents.sql: what its rows carry. */
interface Collector {
  readonly agentId: unknown;
  readonly team: unknown;
  readonly name: unknown;
}

/** quality-agents.sql's collectors by their code `ix` (0, 1, … in order); throws when a code is missing. */
function collectorsByCode(agents: readonly Record<string, unknown>[]): Collector[] {
  return agents.map((a, i) => {
    if (a.ix !== i) throw new Error(`quality-agents.sql sent collector code ${String(a.ix)} in place ${i}.`);
    return { agentId: a.agentId, team: a.team, name: a.name };
  });
}

/**
 * The answer's rows (period, team, agentId, name, method, rule, calls, checked, violations, scoreSum) of `coded`
 * (columns day, agent, collectors, manual, k and the counts), with id, team and name of collector `agent` from
 * `agents` (ix, agentId, team, name). Returns null when the two statements did not see the same collectors (their
 * count `collectors` differs from `agents`': the agents changed between them); the caller then
 * answers from one statement.
 * @example qualityRows(columnsOfRows([{ day: 19723, agent: 0, collectors: 1, manual: 0, k: 0, calls: 9, checked: 9, violations: 0, scoreSum: 800 }]), [{ ix: 0, agentId: 'A1', team: 'mid', name: 'Ann' }]);
 */
export function qualityRows(
  coded: ResultColumns,
  agents: readonly Record<string, unknown>[],
): Record<string, unknown>[] | null {
  const n = coded.rowCount;
  const collectors = collectorsByCode(agents);
  if (n > 0 && num(column(coded, 'collectors', CELLS)[0], 'collectors') !== collectors.length) return null;
  const col = (name: string) => column(coded, name, CELLS);
  const day = col('day');
  const agent = col('agent');
  const manual = col('manual');
  const k = col('k');
  const calls = col('calls');
  const checked = col('checked');
  const violations = col('violations');
  const scoreSum = col('scoreSum');
  const months = new Map<number, string>();
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const d = num(day[i], 'day');
    let period = months.get(d);
    if (period === undefined) {
      period = new Date(d * DAY_MS).toISOString().slice(0, 7);
      months.set(d, period);
    }
    const code = num(agent[i], 'agent');
    const who = collectors[code];
    if (who === undefined)
      throw new RangeError(`${CELLS} sent collector code ${code}, not 0–${collectors.length - 1}.`);
    const r = num(k[i], 'k');
    const rule = QUALITY_RULE_BY_K[r];
    if (rule === undefined) throw new RangeError(`${CELLS} sent rule k ${r}, not 0–${QA_RULES.length}.`);
    rows.push({
      period,
      team: who.team,
      agentId: who.agentId,
      name: who.name,
      method: num(manual[i], 'manual') === 1 ? QA_METHODS[1] : QA_METHODS[0],
      rule,
      calls: calls[i],
      checked: checked[i],
      violations: violations[i],
      scoreSum: scoreSum[i],
    });
  }
  return rows;
}
