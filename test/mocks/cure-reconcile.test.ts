/**
 * The mock backend's days to cure reconcile with its roll-rate matrix and its overdue stocks: per period, the
 * bins add up to the accounts cured from M1+ into M0, cured + not cured equal the accounts in M1+ at the end of
 * the month before (the overdue response), and cure rates and the net flow to loss stay in plausible ranges.
 */
import { describe, expect, it } from 'vitest';
import { mockResponse, type MockQuery } from '../../mocks/portfolio.js';
import { validateResponse } from '../../src/data/validate.js';
import { cureDays } from '../../src/kpi/cure.js';
import { netFlow } from '../../src/kpi/net-flow.js';
import { shiftPeriod } from '../../src/kpi/index.js';
import { transitionMatrices } from '../../src/kpi/transition.js';
import { cureTrend } from '../../src/views/cure-model.js';

const sum = <T>(rows: readonly T[], f: (r: T) => number) => rows.reduce((a, r) => a + f(r), 0);

describe('mock days to cure reconcile with roll-rates and overdue', () => {
  const queries: MockQuery[] = [{}, { from: '2024-03', to: '2024-09' }, { region: 'west' }, { product: 'auto' }];

  it.each(queries)('bins = cures from M1+ and cured + not cured = overdue M1+ of the month before, for %j', (query) => {
    const roll = validateResponse('roll-rates', mockResponse('roll-rates', query)).rows;
    const overdue = validateResponse('overdue', mockResponse('overdue', { ...query, from: undefined })).rows;
    const days = cureDays(roll);
    expect(days.reported).toBe(true);
    expect(days.periods.length).toBeGreaterThan(3);
    let checked = 0;
    for (const p of days.periods) {
      const cures = roll.filter((r) => r.period === p.period && r.from !== 'M0' && r.from !== 'NEW' && r.to === 'M0');
      expect(sum(p.cured, (v) => v)).toBe(sum(cures, (r) => r.accounts));
      const before = shiftPeriod(p.period, -1);
      const m1plus = overdue.filter((r) => r.period === before && r.bucket !== 'M0');
      if (m1plus.length) {
        expect(p.delinquent).toBe(sum(m1plus, (r) => r.accounts));
        checked++;
      }
      for (const v of p.cured) expect(v).toBeGreaterThan(0);
    }
    expect(checked).toBeGreaterThanOrEqual(days.periods.length - 1);
  });

  it('plausible: M1 cures 20–80 % a month, later buckets less; the net flow to loss is 0.01–5 %', () => {
    const roll = mockResponse('roll-rates', { from: '2024-01', to: '2025-12' }).rows;
    const matrices = transitionMatrices(roll, { basis: 'balance' });
    const [m1, m2, , m4] = cureTrend(matrices);
    for (const rate of m1?.ys ?? []) {
      expect(rate).toBeGreaterThan(0.2);
      expect(rate).toBeLessThan(0.8);
    }
    for (let i = 0; i < (m1?.ys.length ?? 0); i++) {
      expect(m2?.ys[i]).toBeLessThan(m1?.ys[i] ?? 0);
      expect(m4?.ys[i]).toBeLessThan(m2?.ys[i] ?? 0);
    }
    const flows = netFlow(roll, 'balance');
    expect(flows).toHaveLength(24);
    for (const f of flows) {
      expect(f.rate).toBeGreaterThan(0.0001);
      expect(f.rate).toBeLessThan(0.05);
    }
  });
});
