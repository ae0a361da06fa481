import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AGENT_METRICS, agentPerformance, KpiInputError } from '../../src/kpi/index.js';
import type { AgentMetric } from '../../src/kpi/index.js';
import type { AgentRow } from '../../src/model/rows.js';
import { agentRow, type AgentCounts } from '../support/agent-rows.js';

/** Numerator and denominator fields of each metric, from the documented definitions. */
const PARTS: Record<AgentMetric, [keyof AgentRow, keyof AgentRow]> = {
  contactRate: ['connects', 'dials'],
  rpcRate: ['rightPartyContacts', 'dials'],
  ptpRate: ['promises', 'rightPartyContacts'],
  keptRate: ['promisesKept', 'promisesDue'],
  liquidation: ['collected', 'assigned'],
  collectedPerHour: ['collected', 'hours'],
};

/** The oracle: each agent's rates and ranks computed one by one, the plain way (O(n²) ranks). */
function expected(rows: AgentRow[], minimum: Record<AgentMetric, number>, unranked: ReadonlySet<string>) {
  const ratios = rows.map((r) =>
    Object.fromEntries(
      AGENT_METRICS.map((m) => {
        const [num, den] = PARTS[m];
        const [n, d] = [r[num] as number, r[den] as number];
        return [m, { numerator: n, denominator: d, rate: d > 0 ? n / d : null, flagged: d < minimum[m] }];
      }),
    ),
  );
  return rows.map((r, i) => {
    const ranks = Object.fromEntries(
      AGENT_METRICS.map((m) => {
        const own = ratios[i]![m]!;
        if (own.rate === null || own.flagged || unranked.has(r.agentId)) return [m, null];
        const higher = ratios.filter(
          (x, j) => !unranked.has(rows[j]!.agentId) && x[m]!.rate !== null && !x[m]!.flagged && x[m]!.rate > own.rate!,
        ).length;
        return [m, 1 + higher];
      }),
    );
    return {
      agentId: r.agentId,
      name: r.name,
      metrics: ratios[i],
      ranks,
      ...(r.team !== undefined ? { team: r.team } : {}),
    };
  });
}

const row = (i: number, n: number[], team?: string): AgentRow =>
  agentRow(`id${i}`, `Collector ${i}`, team, n as unknown as AgentCounts, i % 3);

describe('agentPerformance against a one-by-one oracle', () => {
  it('property: rates, flags, ranks (per-metric minimums, unranked agents) and teams equal the oracle', () => {
    // Funnels that hold (connects ≤ dials, RPC ≤ connects, kept ≤ due); small values make ties and zero denominators common.
    const agent = fc
      .tuple(
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 9, maxLength: 9 }),
        fc.option(fc.constantFrom('early', 'late', ''), { nil: undefined }),
        fc.boolean(),
      )
      .map(([[d, c, r, p, due, k, assigned, collected, hours], team, out]) => {
        const [rpc, conn, dials] = [r!, c!, d!].sort((a, b) => a - b) as [number, number, number];
        return {
          n: [dials, conn, rpc, p!, Math.max(due!, k!), Math.min(due!, k!), assigned!, collected!, hours!],
          team,
          out,
        };
      });
    const minimums = fc.tuple(...AGENT_METRICS.map(() => fc.integer({ min: 0, max: 8 })));
    fc.assert(
      fc.property(fc.array(agent, { maxLength: 30 }), minimums, (list, mins) => {
        const rows = list.map((a, i) => row(i, a.n, a.team));
        const minimum = Object.fromEntries(AGENT_METRICS.map((m, k) => [m, mins[k]!])) as Record<AgentMetric, number>;
        const unranked = new Set(rows.filter((_, i) => list[i]!.out).map((r) => r.agentId));
        expect(agentPerformance(rows, { minDenominator: minimum, unranked })).toEqual(
          expected(rows, minimum, unranked),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('names the first bad field in field order, then the first broken funnel step, then duplicates', () => {
    const good = [10, 5, 4, 3, 2, 1, 100, 50, 8];
    const bad: AgentRow = { ...row(0, good), dials: Number.NaN, hours: -1 };
    expect(() => agentPerformance([bad])).toThrow('agent row 0 (agent id0): dials is NaN, must be a finite number');
    const negative: AgentRow = { ...row(0, good), promisesDue: -2, hours: Infinity };
    expect(() => agentPerformance([negative])).toThrow('agent row 0 (agent id0): promisesDue is -2, must be ≥ 0');
    const text = { ...row(0, good), complaints: '3' } as unknown as AgentRow;
    expect(() => agentPerformance([text])).toThrow(
      expect.objectContaining({ code: 'not-finite', rowIndex: 0, field: 'complaints' }),
    );
    const funnel = row(1, [10, 11, 12, 3, 2, 3, 100, 50, 8]);
    expect(() => agentPerformance([row(0, good), funnel])).toThrow(
      'agent row 1 (agent id1): connects is 11, more than dials 10',
    );
    const kept = row(1, [10, 5, 4, 3, 2, 3, 100, 50, 8]);
    expect(() => agentPerformance([kept])).toThrow(
      expect.objectContaining({ code: 'inconsistent', field: 'promisesKept' }),
    );
    expect(() => agentPerformance([row(0, good), row(1, good), row(0, good)])).toThrow(
      'agent row 2 (agent id0): a second row for the same agent (first at row 0)',
    );
    expect(() => agentPerformance([{ ...row(0, good), agentId: '' }])).toThrow(KpiInputError);
  });

  it('keeps the rows’ order and leaves team out when the row has none', () => {
    const out = agentPerformance([row(2, [1, 1, 1, 1, 1, 1, 1, 1, 1], 'mid'), row(1, [2, 1, 1, 1, 1, 1, 1, 1, 1])]);
    expect(out.map((a) => a.agentId)).toEqual(['id2', 'id1']);
    expect(out[0]!.team).toBe('mid');
    expect('team' in out[1]!).toBe(false);
    // contact rate 1/1 = 1 beats 1/2: ranks 1 and 2; liquidation 1/1 ties: both 1
    expect(out.map((a) => a.ranks.contactRate)).toEqual([1, 2]);
    expect(out.map((a) => a.ranks.liquidation)).toEqual([1, 1]);
  });
});
