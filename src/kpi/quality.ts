/**
 * Call quality checks (催收质检) from `quality` rows: coverage (checked ÷ calls), violation rate (calls with a
 * red-line violation ÷ checked) overall and per rule, and average score (score sum ÷ checked), by period,
 * team and agent. Ratios of sums, once, for every backend.
 */
import { QA_ANY, type QualityRow } from '../model/rows.js';
import type { Ratio } from './types.js';
import { checkAmount, checkAtMost, checkLabel, checkUnique, ratio } from './validate.js';

/** Sums of one group of checks and the rates derived from them. */
export interface QualityCell {
  /** The period, team or agent id the cell sums. */
  key: string;
  calls: number;
  checked: number;
  /** Checked calls with at least one red-line violation. */
  violating: number;
  scoreSum: number;
  /** checked ÷ calls. */
  coverage: Ratio;
  /** violating ÷ checked. */
  violationRate: Ratio;
  /** scoreSum ÷ checked (0–100). */
  averageScore: Ratio;
}

/** An agent's cell with the agent's team and name. */
export interface AgentQualityCell extends QualityCell {
  team: string;
  name: string;
}

/** Violation rate of one red-line rule: violations ÷ checked. */
export interface RuleViolation extends Ratio {
  rule: string;
}

/** What `qualitySummary` returns for one QA method. */
export interface QualitySummary {
  method: string;
  /** The methods the rows hold (e.g. `ai`, `manual`). */
  methods: string[];
  /** By period, in period order: the trend. */
  byPeriod: QualityCell[];
  /** By team, worst first (highest violation rate; unrated last). */
  byTeam: QualityCell[];
  /** By agent (agent rows only), worst first. */
  byAgent: AgentQualityCell[];
  /** By rule over all periods and teams, worst first. */
  byRule: RuleViolation[];
  /** Per period, per rule: violations ÷ checked. */
  byPeriodRule: (RuleViolation & { period: string })[];
  total: QualityCell;
}

/** Options of `qualitySummary`. */
export interface QualityOptions {
  /** QA method to summarise (default `ai` when the rows have it, else the first method). */
  method?: string;
  /** Only this team (drill-down to its agents). */
  team?: string;
}

interface Sums {
  calls: number;
  checked: number;
  violating: number;
  scoreSum: number;
}

const cell = (key: string, s: Sums): QualityCell => ({
  key,
  ...s,
  coverage: ratio(s.checked, s.calls),
  violationRate: ratio(s.violating, s.checked),
  averageScore: ratio(s.scoreSum, s.checked),
});

const worstFirst = (a: { rate: number | null; key: string }, b: { rate: number | null; key: string }) =>
  (b.rate ?? -1) - (a.rate ?? -1) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function add(map: Map<string, Sums>, key: string, s: Sums): void {
  const t = map.get(key);
  if (!t) map.set(key, { ...s });
  else {
    t.calls += s.calls;
    t.checked += s.checked;
    t.violating += s.violating;
    t.scoreSum += s.scoreSum;
  }
}

/** Checks `quality` rows (labels, counts, checked ≤ calls, violations ≤ checked, scoreSum ≤ 100 × checked, no duplicates). */
export function checkQualityRows(rows: readonly QualityRow[]): void {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const period = checkLabel('quality', i, 'period', row.period);
    const team = checkLabel('quality', i, 'team', row.team);
    const method = checkLabel('quality', i, 'method', row.method);
    const rule = checkLabel('quality', i, 'rule', row.rule);
    const key = `period ${period}, team ${team}${row.agentId ? `, agent ${row.agentId}` : ''}, ${method}, rule ${rule}`;
    const same = 'period, team, agent, method and rule';
    checkUnique(seen, [period, team, row.agentId ?? '', method, rule], 'quality', i, key, same, 'rule');
    const calls = checkAmount('quality', i, key, 'calls', row.calls);
    const checked = checkAmount('quality', i, key, 'checked', row.checked);
    const violations = checkAmount('quality', i, key, 'violations', row.violations);
    const scoreSum = checkAmount('quality', i, key, 'scoreSum', row.scoreSum);
    checkAtMost('quality', i, key, 'checked', checked, 'calls', calls);
    checkAtMost('quality', i, key, 'violations', violations, 'checked', checked);
    checkAtMost('quality', i, key, 'scoreSum', scoreSum, '100 × checked', 100 * checked);
  });
}

/**
 * Summarises `quality` rows of one QA method: by period (trend), team and agent (worst first), and per
 * red-line rule. Cells come from the `any` rows (calls, checked, calls with ≥ 1 violation, score sum); rule
 * rates are each rule's violations (its rows; a period without its row: 0) ÷ the `any` rows' checked, for
 * every rule the method's rows name (a rule violated nowhere in the rows has no row, so no rate). Team cells sum the team's rows: agent rows when
 * the team has them, else its team row (a backend sends one or the other per team and period).
 * Bad rows throw `KpiInputError`.
 * @example qualitySummary(rows, { method: 'manual' }).total.coverage.rate // 0.03
 */
export function qualitySummary(rows: readonly QualityRow[], options: QualityOptions = {}): QualitySummary {
  checkQualityRows(rows);
  const methods = methodsOf(rows);
  const method = options.method ?? defaultMethod(methods);
  const mine = rows.filter((r) => r.method === method && (!options.team || r.team === options.team));
  const periods = new Map<string, Sums>();
  const teams = new Map<string, Sums>();
  const agents = new Map<string, Sums>();
  const agentInfo = new Map<string, { team: string; name: string }>();
  /** Violations per rule, and per period and rule; the denominators are the `any` rows' checked. */
  const rules = new Map<string, number>();
  const periodRules = new Map<string, number>();
  const total: Sums = { calls: 0, checked: 0, violating: 0, scoreSum: 0 };
  for (const r of mine) {
    if (r.rule === QA_ANY) {
      const s = { calls: r.calls, checked: r.checked, violating: r.violations, scoreSum: r.scoreSum };
      add(periods, r.period, s);
      add(teams, r.team, s);
      total.calls += s.calls;
      total.checked += s.checked;
      total.violating += s.violating;
      total.scoreSum += s.scoreSum;
      if (r.agentId) {
        add(agents, r.agentId, s);
        agentInfo.set(r.agentId, { team: r.team, name: r.name ?? r.agentId });
      }
      continue;
    }
    rules.set(r.rule, (rules.get(r.rule) ?? 0) + r.violations);
    const pk = `${r.period}\u0000${r.rule}`;
    periodRules.set(pk, (periodRules.get(pk) ?? 0) + r.violations);
  }
  // Every rule the rows name, in every period with `any` rows: a missing rule row is 0 violations of their checked.
  const ruleList = periods.size ? [...rules.keys()] : [];
  const byPeriodRule = [...periods].flatMap(([period, s]) =>
    ruleList.map((rule) => ({ period, rule, ...ratio(periodRules.get(`${period}\u0000${rule}`) ?? 0, s.checked) })),
  );
  const byRate = (a: QualityCell, b: QualityCell) =>
    worstFirst({ rate: a.violationRate.rate, key: a.key }, { rate: b.violationRate.rate, key: b.key });
  return {
    method,
    methods,
    byPeriod: [...periods].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, s]) => cell(k, s)),
    byTeam: [...teams].map(([k, s]) => cell(k, s)).sort(byRate),
    byAgent: [...agents]
      .map(([k, s]) => ({ ...cell(k, s), team: agentInfo.get(k)?.team ?? '', name: agentInfo.get(k)?.name ?? k }))
      .sort(byRate),
    byRule: ruleList
      .map((rule) => ({ rule, ...ratio(rules.get(rule) ?? 0, total.checked) }))
      .sort((a, b) => worstFirst({ rate: a.rate, key: a.rule }, { rate: b.rate, key: b.rule })),
    byPeriodRule: byPeriodRule.sort((a, b) =>
      a.period < b.period ? -1 : a.period > b.period ? 1 : a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0,
    ),
    total: cell('total', total),
  };
}

const methodsOf = (rows: readonly QualityRow[]) => [...new Set(rows.map((r) => r.method))].sort();
const defaultMethod = (methods: readonly string[]) => (methods.includes('ai') ? 'ai' : (methods[0] ?? 'ai'));

/**
 * QA of every agent over all periods, from the `any` rows of one method (default `ai` when the rows have
 * it, else the first): calls, checked, average score and violation rate by agent id — the leaderboard's QA
 * column.
 */
export function agentQuality(rows: readonly QualityRow[], method?: string): Map<string, QualityCell> {
  checkQualityRows(rows);
  const m = method ?? defaultMethod(methodsOf(rows));
  const sums = new Map<string, Sums>();
  for (const r of rows) {
    if (r.rule !== QA_ANY || !r.agentId || r.method !== m) continue;
    add(sums, r.agentId, { calls: r.calls, checked: r.checked, violating: r.violations, scoreSum: r.scoreSum });
  }
  return new Map([...sums].map(([k, s]) => [k, cell(k, s)]));
}
