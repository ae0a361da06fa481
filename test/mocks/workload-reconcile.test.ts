/**
 * The workload metric of the mock backend reconciles with the metrics it shares data with: the early
 * teams' inflow 入催 equals the roll-rate matrix's entries into M1, attempts equal the agents' dials, and
 * cases per agent, coverage and penetration stay in plausible ranges.
 */
import { describe, expect, it } from 'vitest';
import { mockResponse, type MockQuery } from '../../mocks/portfolio.js';
import { validateResponse } from '../../src/data/validate.js';
import { workload } from '../../src/kpi/workload.js';

const sum = <T>(rows: readonly T[], f: (r: T) => number) => rows.reduce((a, r) => a + f(r), 0);

describe('mock workload reconciles with roll-rates and agents', () => {
  const queries: MockQuery[] = [
    {},
    { from: '2024-03', to: '2024-09' },
    { region: 'west' },
    { product: 'auto', to: '2023-06' },
    { interval: 'quarter', region: 'north,south' },
  ];

  it.each(queries)('early inflow = roll-rate entries into M1, per period, for %j', (query) => {
    const rows = validateResponse('workload', mockResponse('workload', query)).rows;
    const roll = mockResponse('roll-rates', query).rows;
    const periods = [...new Set(rows.map((r) => r.period))];
    expect(periods.length).toBeGreaterThan(0);
    for (const period of periods) {
      const early = rows.filter((r) => r.period === period && r.team.startsWith('early-'));
      const intoM1 = roll.filter((r) => r.period === period && r.to === 'M1' && (r.from === 'M0' || r.from === 'NEW'));
      expect(sum(early, (r) => r.inflow)).toBe(sum(intoM1, (r) => r.accounts));
      expect(sum(early, (r) => r.inflow)).toBeGreaterThan(0);
    }
  });

  it.each(queries)('attempts = agents dials for %j', (query) => {
    const rows = mockResponse('workload', query).rows;
    const agents = mockResponse('agents', query).rows;
    expect(sum(rows, (r) => r.attempts)).toBe(sum(agents, (a) => a.dials));
  });

  it('charged-off outflow of the late teams is the matrix entries into CO, scaled by the in-house share', () => {
    const rows = mockResponse('workload', { from: '2024-01', to: '2024-12' }).rows;
    const roll = mockResponse('roll-rates', { from: '2024-01', to: '2024-12' }).rows;
    const co = sum(
      roll.filter((r) => r.to === 'CO'),
      (r) => r.accounts,
    );
    const late = sum(
      rows.filter((r) => r.team === 'late'),
      (r) => r.chargedOff,
    );
    expect(co).toBeGreaterThan(0);
    expect(late / co).toBeGreaterThan(0.45);
    expect(late / co).toBeLessThan(0.55);
  });

  it('plausible ranges per month and team (coverage 30–100 %, penetration ≥ coverage, cases per agent 20–5000)', () => {
    const points = workload(mockResponse('workload', { from: '2024-01', to: '2025-12' }).rows);
    expect(points.length).toBe(24 * 5);
    for (const p of points) {
      expect(p.inventory).toBeGreaterThan(0);
      expect(p.fte).toBeGreaterThan(0);
      expect(p.coverage.rate).toBeGreaterThanOrEqual(0.3);
      expect(p.coverage.rate).toBeLessThanOrEqual(1);
      expect(p.penetration).toBeGreaterThanOrEqual(p.coverage.rate ?? 0);
      expect(p.casesPerAgent).toBeGreaterThan(20);
      expect(p.casesPerAgent).toBeLessThan(5000);
    }
  });
});
