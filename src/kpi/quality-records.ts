/**
 * Record-level aggregation of call quality checks for the `records` adapter: collectors' calls with the QA
 * checks made on them → `quality` rows (counts and sums only; rates come from `qualitySummary`).
 */
import { QA_ANY, QA_METHODS, QA_RULES, type QualityRow } from '../model/rows.js';
import { KpiInputError } from './errors.js';
import { toInstant } from './local-time.js';
import { checkAmount, checkLabel } from './validate.js';

/** One QA check of a call: method, score (0–100) and the red-line rules it found violated. */
export interface QaCheck {
  method: string;
  score: number;
  violations: readonly string[];
}

/** One collector's call (a phone attempt) and the QA checks made on it (none for most manual QA). */
export interface QaCallRecord {
  agentId: string;
  name: string;
  team: string;
  /** Instant of the call: the UTC month is the period. */
  at: string | number;
  checks: readonly QaCheck[];
  region?: string;
}

/**
 * Calls → `quality` rows per UTC month × team × agent × method (`ai`, `manual`) × rule (`any`, then the
 * red-line rules): every agent-month with calls gets an `any` row per method, zeros included, counting checks
 * with at least one violation and summing the scores; a rule gets a row only where checks violated it
 * (calls and checked those of the `any` row; rules outside `QA_RULES` count only in `any`). Bad records
 * throw `KpiInputError`.
 */
export function qaCallsToQuality(calls: readonly QaCallRecord[]): QualityRow[] {
  interface Cell {
    period: string;
    team: string;
    agentId: string;
    name: string;
    calls: number;
    m: Map<string, { checked: number; any: number; score: number; rules: Map<string, number> }>;
  }
  const cells = new Map<string, Cell>();
  calls.forEach((c, i) => {
    const agentId = checkLabel('QA call', i, 'agentId', c.agentId);
    const team = checkLabel('QA call', i, 'team', c.team);
    const period = new Date(toInstant(c.at, `QA call ${i} (agent ${agentId})`, i)).toISOString().slice(0, 7);
    const key = `${period}\u0000${agentId}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { period, team, agentId, name: c.name, calls: 0, m: new Map() }));
    cell.calls++;
    for (const check of c.checks) {
      if (!(QA_METHODS as readonly string[]).includes(check.method)) {
        throw new KpiInputError(
          'invalid',
          `QA call ${i} (agent ${agentId}): method is ${JSON.stringify(check.method)}, must be one of ${QA_METHODS.join(', ')}`,
          i,
          'method',
        );
      }
      const score = checkAmount('QA call', i, `agent ${agentId}`, 'score', check.score);
      if (score > 100)
        throw new KpiInputError(
          'invalid',
          `QA call ${i} (agent ${agentId}): score is ${score}, must be 0–100`,
          i,
          'score',
        );
      let m = cell.m.get(check.method);
      if (!m) cell.m.set(check.method, (m = { checked: 0, any: 0, score: 0, rules: new Map() }));
      m.checked++;
      m.score += score;
      const found = new Set(check.violations);
      if (found.size) m.any++;
      for (const rule of found) m.rules.set(rule, (m.rules.get(rule) ?? 0) + 1);
    }
  });
  const rows: QualityRow[] = [];
  const sorted = [...cells.values()].sort((a, b) =>
    a.period < b.period ? -1 : a.period > b.period ? 1 : a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0,
  );
  for (const c of sorted) {
    const who = { period: c.period, team: c.team, agentId: c.agentId, name: c.name };
    for (const method of QA_METHODS) {
      const m = c.m.get(method) ?? { checked: 0, any: 0, score: 0, rules: new Map<string, number>() };
      rows.push({
        ...who,
        method,
        rule: QA_ANY,
        calls: c.calls,
        checked: m.checked,
        violations: m.any,
        scoreSum: m.score,
      });
      for (const rule of QA_RULES) {
        const violations = m.rules.get(rule) ?? 0;
        if (violations > 0)
          rows.push({ ...who, method, rule, calls: c.calls, checked: m.checked, violations, scoreSum: 0 });
      }
    }
  }
  return rows;
}
