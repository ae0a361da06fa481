/**
 * The promise funnel of the mock backend reconciles with the metrics it shares data with: its attempts,
 * contacts, right-party contacts and promises over a range equal the agents' sums for the same filters, its
 * matured and kept promises (no grace) the agents' promises due and kept; rates stay in plausible ranges.
 */
import { describe, expect, it } from 'vitest';
import { mockResponse, type MockQuery } from '../../mocks/portfolio.js';
import { promiseFunnel } from '../../src/kpi/promises.js';
import { validateResponse } from '../../src/data/validate.js';

const sum = <T>(rows: readonly T[], f: (r: T) => number) => rows.reduce((a, r) => a + f(r), 0);

describe('mock promises reconcile with agents', () => {
  const queries: MockQuery[] = [
    {},
    { from: '2024-03', to: '2024-09' },
    { region: 'west' },
    { team: 'early-a' },
    { team: 'field', region: 'east', from: '2025-01' },
    { product: 'auto', to: '2023-06' },
    { interval: 'quarter', region: 'north,south' },
  ];

  it.each(queries)('funnel steps = agents for %j', (query) => {
    const funnel = validateResponse('promises', mockResponse('promises', query)).rows;
    const agents = mockResponse('agents', query).rows;
    expect(funnel.length).toBeGreaterThan(0);
    expect(sum(funnel, (r) => r.attempts)).toBe(sum(agents, (a) => a.dials));
    expect(sum(funnel, (r) => r.contacts)).toBe(sum(agents, (a) => a.connects));
    expect(sum(funnel, (r) => r.rightPartyContacts)).toBe(sum(agents, (a) => a.rightPartyContacts));
    expect(sum(funnel, (r) => r.promises)).toBe(sum(agents, (a) => a.promises));
    // Without grace, promises mature in their due month: matured = due, kept = kept.
    expect(sum(funnel, (r) => r.matured)).toBe(sum(agents, (a) => a.promisesDue));
    expect(sum(funnel, (r) => r.kept)).toBe(sum(agents, (a) => a.promisesKept));
    expect(() => promiseFunnel(funnel)).not.toThrow();
  });

  it('teams add up to the whole desk, and books to the portfolio', () => {
    const all = mockResponse('promises', { from: '2024-01', to: '2024-06' }).rows;
    const teams = ['early-a', 'early-b', 'mid', 'late', 'field'].map(
      (team) => mockResponse('promises', { from: '2024-01', to: '2024-06', team }).rows,
    );
    all.forEach((row, i) => {
      for (const k of ['attempts', 'rightPartyContacts', 'matured', 'broken', 'amountPaid', 'followUpNone'] as const) {
        expect(sum(teams, (t) => t[i]![k])).toBe(row[k]);
      }
    });
  });

  it('grace moves maturity to later months but loses no promise (all matured or pending)', () => {
    const none = mockResponse('promises', {}).rows;
    const grace = mockResponse('promises', { grace: '10' }).rows;
    const total = (rows: typeof none) => sum(rows, (r) => r.matured + r.pending);
    // Promises due in the last month that the grace pushes past the data are pending instead.
    expect(total(grace)).toBe(total(none));
    expect(grace[5]!.matured).not.toBe(none[5]!.matured);
    expect(sum(grace, (r) => r.pending)).toBeGreaterThan(sum(none, (r) => r.pending));
    expect(() => mockResponse('promises', { grace: '45' })).toThrow(/Bad "grace" "45"/);
  });

  it('plausible ranges: RPC 15–30 % of attempts, kept 50–70 % of matured, every period', () => {
    const f = promiseFunnel(mockResponse('promises', {}).rows);
    expect(f.periods).toHaveLength(36);
    for (const p of f.periods) {
      expect(p.rpcRate.rate!, p.period).toBeGreaterThanOrEqual(0.15);
      expect(p.rpcRate.rate!, p.period).toBeLessThanOrEqual(0.3);
      expect(p.keptRate.rate!, p.period).toBeGreaterThanOrEqual(0.5);
      expect(p.keptRate.rate!, p.period).toBeLessThanOrEqual(0.7);
      expect(p.amountKeptRate.rate!, p.period).toBeGreaterThan(p.keptRate.rate!);
    }
    const last = f.periods[f.periods.length - 1]!;
    expect(last.pending).toBeGreaterThan(0);
    expect(f.periods[0]!.pending).toBe(0);
  });
});
