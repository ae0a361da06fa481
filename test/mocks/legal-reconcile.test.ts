/**
 * The legal pipeline of the mock backend reconciles with the metrics it shares data with: cases are
 * referred only out of the accounts charged off (roll-rates' `CO` flows, so accounts that were delinquent),
 * legal recoveries stay inside the recovery curves' totals of the same cohort and filters, cohorts add up
 * over books, and rates stay in plausible ranges.
 */
import { describe, expect, it } from 'vitest';
import { mockResponse, type MockQuery } from '../../mocks/portfolio.js';
import { legalPipeline } from '../../src/kpi/legal.js';
import { validateResponse } from '../../src/data/validate.js';

const sum = <T>(rows: readonly T[], f: (r: T) => number) => rows.reduce((a, r) => a + f(r), 0);

describe('mock legal reconciles with roll-rates and recovery', () => {
  const queries: MockQuery[] = [
    {},
    { from: '2024-03', to: '2024-09' },
    { region: 'west' },
    { product: 'auto', to: '2023-12' },
    { product: 'credit-card', region: 'east,north', from: '2025-01' },
  ];

  it.each(queries)('referred ⊆ charged off, legal recovered ⊆ recovery curve for %j', (query) => {
    const legal = validateResponse('legal', mockResponse('legal', query)).rows;
    const flows = mockResponse('roll-rates', query).rows.filter((r) => r.to === 'CO');
    const recovery = mockResponse('recovery', query).rows;
    expect(legal.length).toBeGreaterThan(0);
    for (const row of legal) {
      const co = flows.filter((f) => f.period === row.cohort);
      expect(row.referred, row.cohort).toBeLessThanOrEqual(sum(co, (f) => f.accounts));
      expect(row.balanceReferred, row.cohort).toBeLessThanOrEqual(sum(co, (f) => f.balance));
      const curve = sum(
        recovery.filter((r) => r.cohort === row.cohort),
        (r) => r.recovered,
      );
      expect(row.amountRecovered, row.cohort).toBeLessThanOrEqual(curve);
    }
    expect(() => legalPipeline(legal)).not.toThrow();
  });

  it('books add up to the portfolio, and a later `to` only moves cases on', () => {
    const all = mockResponse('legal', { from: '2024-01', to: '2024-06' }).rows;
    const parts = ['cash-loan', 'credit-card', 'auto'].map(
      (product) => mockResponse('legal', { from: '2024-01', to: '2024-06', product }).rows,
    );
    all.forEach((row) => {
      for (const k of ['referred', 'filed', 'judgment', 'balanceEnforced', 'legalCost', 'salePrice'] as const) {
        expect(sum(parts, (p) => p.find((r) => r.cohort === row.cohort)?.[k] ?? 0)).toBe(row[k]);
      }
    });
    const later = mockResponse('legal', { from: '2024-01', to: '2025-06' }).rows;
    for (const row of all) {
      const then = later.find((r) => r.cohort === row.cohort);
      expect(then?.referred).toBe(row.referred);
      expect(then?.filed).toBeGreaterThanOrEqual(row.filed);
      expect(then?.recovered).toBeGreaterThanOrEqual(row.recovered);
    }
  });

  it('plausible ranges on mature cohorts: 4–8 % of charged-off accounts referred, 60–95 % filed (a few dozen cases a cohort), sale price 2–12 %', () => {
    const query = { from: '2023-01', to: '2024-12' };
    const legal = legalPipeline(mockResponse('legal', query).rows);
    const flows = mockResponse('roll-rates', query).rows.filter((r) => r.to === 'CO');
    const mature = legal.cohorts.filter((c) => c.cohort <= '2023-12');
    expect(mature.length).toBeGreaterThan(6);
    for (const c of mature) {
      const co = sum(
        flows.filter((f) => f.period === c.cohort),
        (f) => f.accounts,
      );
      expect(c.referred / co, c.cohort).toBeGreaterThanOrEqual(0.035);
      expect(c.referred / co, c.cohort).toBeLessThanOrEqual(0.085);
      expect(c.conversion.filed.rate!, c.cohort).toBeGreaterThanOrEqual(0.6);
      expect(c.conversion.filed.rate!, c.cohort).toBeLessThanOrEqual(0.95);
      expect(c.salePriceRate.rate!, c.cohort).toBeGreaterThanOrEqual(0.02);
      expect(c.salePriceRate.rate!, c.cohort).toBeLessThanOrEqual(0.12);
      expect(c.legalCost / c.balanceFiled, c.cohort).toBeGreaterThanOrEqual(0.02);
      expect(c.legalCost / c.balanceFiled, c.cohort).toBeLessThanOrEqual(0.1);
      expect(c.recovered, c.cohort).toBeGreaterThan(0);
    }
    // The youngest cohort has had no time to reach a judgment.
    const youngest = legal.cohorts[legal.cohorts.length - 1]!;
    expect(youngest.cohort).toBe('2024-12');
    expect(youngest.judgment).toBe(0);
    expect(youngest.referred).toBeGreaterThan(0);
  });
});
