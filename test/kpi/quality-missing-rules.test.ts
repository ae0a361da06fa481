/**
 * `quality` rule rows come only where a rule was violated: a missing rule row is 0 violations out of the `any`
 * row's checked. Table-driven hand-checked cases, and a property: the sparse rows summarise exactly like the full
 * grid (every rule row, zeros included) they were cut from, for every rule violated somewhere in them.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { qualitySummary, type QualitySummary } from '../../src/kpi/quality.js';
import { QA_ANY, QA_RULES, type QualityRow } from '../../src/model/rows.js';

const any = (period: string, agentId: string, checked: number, violations = 0): QualityRow => ({
  period,
  team: 't',
  agentId,
  name: agentId,
  method: 'ai',
  rule: QA_ANY,
  calls: checked + 10,
  checked,
  violations,
  scoreSum: 90 * checked,
});
const rule = (period: string, agentId: string, name: string, checked: number, violations: number): QualityRow => ({
  ...any(period, agentId, checked),
  rule: name,
  violations,
  scoreSum: 0,
});

/** [case, rows, byRule as rule → [violations, checked], byPeriodRule of 'threats' as period → [violations, checked]]. */
const CASES: [string, QualityRow[], Record<string, [number, number]>, Record<string, [number, number]>][] = [
  ['an any row alone: no rule violated, no rule listed', [any('2025-01', 'a', 200)], {}, {}],
  [
    'one violated rule: its violations of the any row’s checked',
    [any('2025-01', 'a', 200, 5), rule('2025-01', 'a', 'threats', 200, 5)],
    { threats: [5, 200] },
    { '2025-01': [5, 200] },
  ],
  [
    'a rule violated in one month of two: both months’ checked in its total, 0 of the other month’s checked',
    [any('2025-01', 'a', 100, 2), rule('2025-01', 'a', 'threats', 100, 2), any('2025-02', 'a', 300)],
    { threats: [2, 400] },
    { '2025-01': [2, 100], '2025-02': [0, 300] },
  ],
  [
    'two agents, the rule violated by one: the other agent’s checks count too',
    [any('2025-01', 'a', 100, 1), rule('2025-01', 'a', 'threats', 100, 1), any('2025-01', 'b', 50)],
    { threats: [1, 150] },
    { '2025-01': [1, 150] },
  ],
  [
    'two rules in different months: each 0 where it has no row',
    [
      any('2025-01', 'a', 100, 1),
      rule('2025-01', 'a', 'threats', 100, 1),
      any('2025-02', 'a', 60, 3),
      rule('2025-02', 'a', 'outside-hours', 60, 3),
    ],
    { threats: [1, 160], 'outside-hours': [3, 160] },
    { '2025-01': [1, 100], '2025-02': [0, 60] },
  ],
  [
    'a rule row carrying other checked than its any row: the any row’s is the denominator',
    [any('2025-01', 'a', 200, 4), rule('2025-01', 'a', 'threats', 20, 4)],
    { threats: [4, 200] },
    { '2025-01': [4, 200] },
  ],
  [
    'a zero-violation rule row (the former full grid) lists the rule at 0',
    [any('2025-01', 'a', 80), rule('2025-01', 'a', 'threats', 80, 0)],
    { threats: [0, 80] },
    { '2025-01': [0, 80] },
  ],
  [
    'nothing checked in a month: 0 of 0 there, no rate',
    [any('2025-01', 'a', 50, 1), rule('2025-01', 'a', 'threats', 50, 1), any('2025-02', 'a', 0)],
    { threats: [1, 50] },
    { '2025-01': [1, 50], '2025-02': [0, 0] },
  ],
];

describe('qualitySummary with rule rows only where violated', () => {
  it.each(CASES)('%s', (_, rows, byRule, threats) => {
    const s = qualitySummary(rows);
    expect(Object.fromEntries(s.byRule.map((r) => [r.rule, [r.numerator, r.denominator]]))).toEqual(byRule);
    expect(
      Object.fromEntries(
        s.byPeriodRule.filter((p) => p.rule === 'threats').map((p) => [p.period, [p.numerator, p.denominator]]),
      ),
    ).toEqual(threats);
    for (const p of [...s.byRule, ...s.byPeriodRule])
      expect(p.rate).toBe(p.denominator ? p.numerator / p.denominator : null);
    expect(s.byPeriodRule).toHaveLength(s.byPeriod.length * s.byRule.length);
  });

  it('no rows: no rules', () => {
    expect(qualitySummary([]).byRule).toEqual([]);
    expect(qualitySummary([]).byPeriodRule).toEqual([]);
  });

  it('property: the sparse rows summarise exactly like the full grid, for every rule violated in them', () => {
    const cell = fc.record({
      period: fc.constantFrom('2025-01', '2025-02', '2025-03'),
      agent: fc.constantFrom('a', 'b', 'c', 'd'),
      method: fc.constantFrom('ai', 'manual'),
      checked: fc.integer({ min: 0, max: 400 }),
      shares: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
        minLength: QA_RULES.length,
        maxLength: QA_RULES.length,
      }),
      hit: fc.array(fc.boolean(), { minLength: QA_RULES.length, maxLength: QA_RULES.length }),
    });
    const arb = fc.uniqueArray(cell, { selector: (c) => `${c.period}/${c.agent}/${c.method}`, maxLength: 16 });
    /** The full grid's summary without the rules no row of the method violated. */
    const violatedOnly = (s: QualitySummary, rules: Set<string>): QualitySummary => ({
      ...s,
      byRule: s.byRule.filter((r) => rules.has(r.rule)),
      byPeriodRule: s.byPeriodRule.filter((r) => rules.has(r.rule)),
    });
    fc.assert(
      fc.property(arb, fc.constantFrom('ai', 'manual'), (cells, method) => {
        const full: QualityRow[] = [];
        for (const c of cells) {
          const v = QA_RULES.map((_, j) => (c.hit[j] ? Math.floor(c.checked * (c.shares[j] ?? 0)) : 0));
          const who = { period: c.period, team: `t${c.agent}`, agentId: c.agent, name: c.agent, method: c.method };
          const shared = { calls: c.checked * 2, checked: c.checked };
          full.push({ ...who, rule: QA_ANY, ...shared, violations: Math.max(0, ...v), scoreSum: 50 * c.checked });
          QA_RULES.forEach((r, j) => full.push({ ...who, rule: r, ...shared, violations: v[j] ?? 0, scoreSum: 0 }));
        }
        const sparse = full.filter((r) => r.rule === QA_ANY || r.violations > 0);
        const violated = new Set(sparse.filter((r) => r.rule !== QA_ANY && r.method === method).map((r) => r.rule));
        const expected = violatedOnly(qualitySummary(full, { method }), violated);
        expect(qualitySummary(sparse, { method })).toEqual(expected);
        expect(qualitySummary([...sparse].reverse(), { method })).toEqual(expected);
      }),
    );
  });
});
