/**
 * `quality` rows (催收质检): per period × team × agent × QA method × rule, from the agents' desk work. The calls
 * of an agent are their dials in the `agents` metric (phone teams; the field team's "dials" are visits and are
 * not calls), so Σ calls of one method equals Σ dials of the phone teams' agents exactly. Manual QA checks 1–5 %
 * of calls, AI QA 97–99.5 %; violations follow the agent's temper; the score falls with violations.
 */
import { QA_ANY, QA_RULES, type QualityRow } from '../../src/model/rows.js';
import { periodGroups, type ResolvedQuery } from '../query.js';
import type { MetricResult, Portfolio } from '../portfolio-types.js';
import { binomial, rngFor, uniform } from '../random.js';
import { agentsOfRegion, operationsOf, selectSegments } from '../select.js';

/** Violations per checked call of each red-line rule at temper 1 (in `QA_RULES` order). */
export const QA_RULE_RATES: readonly number[] = [0.004, 0.002, 0.0004, 0.001, 0.003, 0.0015];

/** QA methods and the share of calls each checks (a range, drawn per agent-month). */
export const QA_COVERAGE: readonly (readonly [method: string, lo: number, hi: number])[] = [
  ['ai', 0.97, 0.995],
  ['manual', 0.01, 0.05],
];

interface MethodAcc {
  checked: number;
  any: number;
  score: number;
  rules: number[];
}

interface Acc {
  team: string;
  /** The agent, absent on team rows. */
  agent?: { agentId: string; name: string };
  calls: number;
  methods: MethodAcc[];
}

/** Desks larger than this report per team (rows without an agent, as the contract allows): 2,000 agents × 10 years of agent rows would be millions. */
export const QA_TEAM_ROWS_ABOVE = 300;

/**
 * Builds `quality` rows (agent rows, or team rows for a desk over `QA_TEAM_ROWS_ABOVE` agents), in period, agent
 * (team), method, rule order: the `any` row of each method and a row per violated rule.
 */
export function qualityRows(p: Portfolio, q: ResolvedQuery): MetricResult<'quality'> {
  const rows: QualityRow[] = [];
  const perAgent = p.agents.length <= QA_TEAM_ROWS_ABOVE;
  const segments = selectSegments(p, q);
  for (const group of periodGroups(q, p.start)) {
    const acc = new Map<string, Acc>();
    for (const s of segments) {
      const agents = agentsOfRegion(p, s.region);
      for (const r of group.months) {
        const desk = operationsOf(p, s, r).desk;
        const rng = rngFor(p.options.seed, 'quality', s.product, s.region, r);
        desk.forEach((m, i) => {
          const a = agents[i];
          if (!a || a.team === 'field') return;
          const at = perAgent ? a.agentId : `~${a.team}`;
          let t = acc.get(at);
          const agent = perAgent ? { agent: { agentId: a.agentId, name: `${a.nameZh} / ${a.nameEn}` } } : {};
          if (!t)
            acc.set(
              at,
              (t = {
                team: a.team,
                ...agent,
                calls: 0,
                methods: QA_COVERAGE.map(() => ({ checked: 0, any: 0, score: 0, rules: QA_RULES.map(() => 0) })),
              }),
            );
          t.calls += m.dials;
          for (const [k, [, lo, hi]] of QA_COVERAGE.entries()) {
            const into = t.methods[k];
            if (!into) continue;
            const checked = Math.min(m.dials, Math.round(m.dials * uniform(rng, lo, hi)));
            const v = QA_RULE_RATES.map((rate) => binomial(rng, checked, Math.min(1, rate * a.temper)));
            const most = Math.max(0, ...v);
            const any = Math.min(checked, most + Math.round(0.85 * (v.reduce((x, y) => x + y, 0) - most)));
            into.checked += checked;
            into.any += any;
            into.score += Math.max(0, Math.round(checked * (96 - 3 * a.temper) - 35 * any));
            into.rules = into.rules.map((n, j) => n + (v[j] ?? 0));
          }
        });
      }
    }
    for (const [, t] of [...acc].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (q.teams && !q.teams.includes(t.team)) continue;
      const who = { team: t.team, ...(t.agent ?? {}) };
      QA_COVERAGE.forEach(([method], k) => {
        const m = t.methods[k];
        if (!m) return;
        rows.push({
          period: group.label,
          ...who,
          method,
          rule: QA_ANY,
          calls: t.calls,
          checked: m.checked,
          violations: m.any,
          scoreSum: m.score,
        });
        // A rule's row only where it was violated: a missing rule row is 0 violations of the `any` row's checked.
        QA_RULES.forEach((rule, j) => {
          const violations = m.rules[j] ?? 0;
          if (violations > 0)
            rows.push({
              period: group.label,
              ...who,
              method,
              rule,
              calls: t.calls,
              checked: m.checked,
              violations,
              scoreSum: 0,
            });
        });
      });
    }
  }
  return { rows };
}
