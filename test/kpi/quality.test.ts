/** Call quality checks (催收质检): hand-checked sums and rates, properties, bad rows, and the mock reconciling with agents. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { agentQuality, checkQualityRows, qualitySummary } from '../../src/kpi/quality.js';
import { KpiInputError } from '../../src/kpi/errors.js';
import { QA_RULES, type QualityRow } from '../../src/model/rows.js';
import { mockResponse } from '../../mocks/portfolio.js';

const row = (
  period: string,
  team: string,
  agentId: string | undefined,
  method: string,
  rule: string,
  calls: number,
  checked: number,
  violations: number,
  scoreSum = 0,
): QualityRow => ({
  period,
  team,
  ...(agentId ? { agentId, name: `N${agentId}` } : {}),
  method,
  rule,
  calls,
  checked,
  violations,
  scoreSum,
});

/** Hand-checked: team a: agents a1 (1,000 calls, 980 AI checked, 4 violating, score 93,100) and a2 (500, 490, 10, 44,100); team b a team row. */
const rows: QualityRow[] = [
  row('2025-11', 'a', 'a1', 'ai', 'any', 1000, 980, 4, 93100),
  row('2025-11', 'a', 'a1', 'ai', 'threats', 1000, 980, 3),
  row('2025-11', 'a', 'a1', 'ai', 'abusive-language', 1000, 980, 2),
  row('2025-11', 'a', 'a1', 'manual', 'any', 1000, 30, 1, 2700),
  row('2025-11', 'a', 'a2', 'ai', 'any', 500, 490, 10, 44100),
  row('2025-11', 'a', 'a2', 'ai', 'threats', 500, 490, 10),
  row('2025-12', 'b', undefined, 'ai', 'any', 2000, 2000, 0, 190000),
  row('2025-12', 'b', undefined, 'ai', 'threats', 2000, 2000, 0),
];

describe('qualitySummary', () => {
  it('sums the any rows into coverage, violation rate and score, by period, team (worst first) and agent', () => {
    const s = qualitySummary(rows);
    expect(s.method).toBe('ai');
    expect(s.methods).toEqual(['ai', 'manual']);
    expect(s.byPeriod.map((c) => [c.key, c.calls, c.checked, c.violating])).toEqual([
      ['2025-11', 1500, 1470, 14],
      ['2025-12', 2000, 2000, 0],
    ]);
    expect(s.byPeriod[0]?.coverage.rate).toBeCloseTo(1470 / 1500, 12);
    expect(s.byPeriod[0]?.violationRate.rate).toBeCloseTo(14 / 1470, 12);
    expect(s.byPeriod[0]?.averageScore.rate).toBeCloseTo(137200 / 1470, 12);
    expect(s.byTeam.map((c) => c.key)).toEqual(['a', 'b']);
    expect(s.byAgent.map((c) => [c.key, c.team, c.name])).toEqual([
      ['a2', 'a', 'Na2'],
      ['a1', 'a', 'Na1'],
    ]); // 10/490 > 4/980
    // Every rule's denominator is the any rows' checked (980 + 490 + 2,000), also where the rule has no row.
    expect(s.byRule).toEqual([
      { rule: 'threats', numerator: 13, denominator: 3470, rate: 13 / 3470 },
      { rule: 'abusive-language', numerator: 2, denominator: 3470, rate: 2 / 3470 },
    ]);
    expect(s.total.calls).toBe(3500);
  });

  it('another method, and a team drill-down', () => {
    const manual = qualitySummary(rows, { method: 'manual' });
    expect(manual.total.coverage).toEqual({ numerator: 30, denominator: 1000, rate: 0.03 });
    expect(qualitySummary(rows, { team: 'b' }).byAgent).toEqual([]);
    expect(qualitySummary(rows, { team: 'a' }).byAgent.map((c) => c.key)).toEqual(['a2', 'a1']);
  });

  it('agentQuality: average score and violation rate per agent of the AI checks', () => {
    const q = agentQuality(rows);
    expect(q.get('a1')?.averageScore.rate).toBeCloseTo(93100 / 980, 12);
    expect(q.get('a2')?.violationRate).toEqual({ numerator: 10, denominator: 490, rate: 10 / 490 });
    expect(agentQuality(rows, 'manual').get('a1')?.averageScore.rate).toBe(90);
  });

  it.each([
    [{ checked: 1001 }, 'inconsistent', 'checked'],
    [{ violations: 981 }, 'inconsistent', 'violations'],
    [{ scoreSum: 98001 }, 'inconsistent', 'scoreSum'],
    [{ calls: -1 }, 'negative', 'calls'],
    [{ team: '' }, 'missing', 'team'],
  ] as const)('bad row %o → %s on %s', (patch, code, field) => {
    const bad = [{ ...rows[0], ...patch } as QualityRow];
    expect(() => qualitySummary(bad)).toThrow(KpiInputError);
    expect(() => qualitySummary(bad)).toThrow(expect.objectContaining({ code, field, rowIndex: 0 }));
  });

  it('a duplicate row throws', () => {
    expect(() => checkQualityRows([rows[0] as QualityRow, rows[0] as QualityRow])).toThrow(/a second row/);
  });

  it('properties: totals equal the sums of periods, of teams; rates within [0, 1]; order of rows does not matter', () => {
    const arb = fc
      .array(
        fc.record({
          p: fc.constantFrom('2025-10', '2025-11'),
          t: fc.constantFrom('x', 'y'),
          a: fc.constantFrom('1', '2', '3'),
          calls: fc.integer({ min: 0, max: 5000 }),
          c: fc.double({ min: 0, max: 1, noNaN: true }),
          v: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
        { maxLength: 20 },
      )
      .map((list) => {
        const seen = new Set<string>();
        return list
          .filter((r) => !seen.has(`${r.p}${r.a}`) && seen.add(`${r.p}${r.a}`))
          .map((r) => {
            const checked = Math.floor(r.calls * r.c);
            const v = Math.floor(checked * r.v);
            return row(r.p, r.t, `${r.t}${r.a}`, 'ai', 'any', r.calls, checked, v, checked * 90);
          });
      });
    fc.assert(
      fc.property(arb, (list) => {
        const s = qualitySummary(list);
        const sum = (cells: { calls: number; checked: number; violating: number }[]) =>
          cells.reduce<[number, number, number]>(
            ([x, y, z], c) => [x + c.calls, y + c.checked, z + c.violating],
            [0, 0, 0],
          );
        expect(sum(s.byPeriod)).toEqual([s.total.calls, s.total.checked, s.total.violating]);
        expect(sum(s.byTeam)).toEqual([s.total.calls, s.total.checked, s.total.violating]);
        for (const c of [...s.byTeam, ...s.byAgent]) {
          for (const r of [c.coverage.rate, c.violationRate.rate]) if (r !== null) expect(r >= 0 && r <= 1).toBe(true);
        }
        for (let i = 1; i < s.byAgent.length; i++)
          expect((s.byAgent[i - 1]?.violationRate.rate ?? -1) >= (s.byAgent[i]?.violationRate.rate ?? -1)).toBe(true);
        expect(qualitySummary([...list].reverse()).total).toEqual(s.total);
      }),
    );
  });
});

describe('the mock quality metric reconciles with the agents metric', () => {
  const query = { from: '2025-01', to: '2025-06' };
  const quality = mockResponse('quality', query).rows;
  const agents = mockResponse('agents', query).rows;

  it('QA calls of each method equal the phone agents’ dials, agent by agent', () => {
    const dials = new Map(agents.filter((a) => a.team !== 'field').map((a) => [a.agentId, a.dials]));
    for (const method of ['ai', 'manual']) {
      const calls = new Map<string, number>();
      for (const r of quality)
        if (r.method === method && r.rule === 'any' && r.agentId)
          calls.set(r.agentId, (calls.get(r.agentId) ?? 0) + r.calls);
      expect(calls).toEqual(new Map([...dials].filter(([, d]) => d > 0)));
    }
  });

  it('manual coverage is 1–5 %, AI coverage near 100 %, violations plausible, rows consistent', () => {
    checkQualityRows(quality);
    const manual = qualitySummary(quality, { method: 'manual' }).total;
    const ai = qualitySummary(quality, { method: 'ai' }).total;
    expect(manual.coverage.rate).toBeGreaterThanOrEqual(0.01);
    expect(manual.coverage.rate).toBeLessThanOrEqual(0.05);
    expect(ai.coverage.rate).toBeGreaterThanOrEqual(0.97);
    expect(ai.violationRate.rate).toBeGreaterThan(0.001);
    expect(ai.violationRate.rate).toBeLessThan(0.05);
    expect(ai.averageScore.rate).toBeGreaterThan(80);
    expect(new Set(quality.map((r) => r.rule))).toEqual(new Set(['any', ...QA_RULES]));
    for (const r of quality.filter((x) => x.rule === 'any')) {
      const rules = quality.filter(
        (x) => x.period === r.period && x.agentId === r.agentId && x.method === r.method && x.rule !== 'any',
      );
      const most = Math.max(...rules.map((x) => x.violations));
      expect(r.violations).toBeGreaterThanOrEqual(most);
      expect(r.violations).toBeLessThanOrEqual(rules.reduce((a, x) => a + x.violations, 0));
    }
  });

  it('a desk over 300 collectors is reported per team, still equal to the agents’ calls', () => {
    const options = { agents: 400, months: 2, start: '2025-01' };
    const team = mockResponse('quality', {}, options).rows;
    expect(team.every((r) => r.agentId === undefined)).toBe(true);
    const calls = team.filter((r) => r.method === 'manual' && r.rule === 'any').reduce((a, r) => a + r.calls, 0);
    const dials = mockResponse('agents', {}, options)
      .rows.filter((a) => a.team !== 'field')
      .reduce((a, r) => a + r.dials, 0);
    expect(calls).toBe(dials);
    expect(qualitySummary(team).byTeam).toHaveLength(4);
  });

  it('a team filter keeps that team only', () => {
    const mid = mockResponse('quality', { ...query, team: 'mid' }).rows;
    expect(mid.length).toBeGreaterThan(0);
    expect(new Set(mid.map((r) => r.team))).toEqual(new Set(['mid']));
  });
});

describe('agentPerformance unranked (the leaderboard under min-qa)', () => {
  it('unranked agents get no rank and others rank as if they were not there', async () => {
    const { agentPerformance, AGENT_METRICS } = await import('../../src/kpi/agents.js');
    const arb = fc.array(
      fc.record({
        dials: fc.integer({ min: 1, max: 500 }),
        c: fc.double({ min: 0, max: 1, noNaN: true }),
        out: fc.boolean(),
      }),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(arb, (list) => {
        const rows = list.map((x, i) => {
          const connects = Math.floor(x.dials * x.c);
          return {
            agentId: `a${i}`,
            name: `n${i}`,
            dials: x.dials,
            connects,
            rightPartyContacts: connects,
            promises: 0,
            promisesDue: 0,
            promisesKept: 0,
            assigned: 100,
            collected: i,
            hours: 1,
            complaints: 0,
          };
        });
        const unranked = new Set(rows.filter((_, i) => list[i]?.out).map((r) => r.agentId));
        const all = agentPerformance(rows, { unranked });
        const without = new Map(
          agentPerformance(rows.filter((r) => !unranked.has(r.agentId))).map((p) => [p.agentId, p]),
        );
        for (const p of all) {
          for (const m of AGENT_METRICS)
            expect(p.ranks[m]).toBe(unranked.has(p.agentId) ? null : (without.get(p.agentId)?.ranks[m] ?? null));
        }
      }),
    );
  });
});
