/** The workload's projected inflow from the roll-rate forecast (issue #14): hand-checked, and wired into the plan. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { workload } from '../../src/kpi/workload.js';
import type { RollRateRow, WorkloadRow } from '../../src/model/rows.js';
import { forecastInflow, workloadView } from '../../src/views/workload-model.js';

const roll = (period: string): RollRateRow[] => [
  { period, from: 'M0', to: 'M0', accounts: 900, balance: 9 },
  { period, from: 'M0', to: 'M1', accounts: 100, balance: 1 },
  { period, from: 'M1', to: 'M0', accounts: 60, balance: 1 },
  { period, from: 'M1', to: 'M2', accounts: 40, balance: 1 },
];
const team = (period: string, inflow: number): WorkloadRow => ({
  period,
  team: 'early-a',
  inventory: 500,
  fte: 2,
  casesDialled: 400,
  attempts: 2000,
  inflow,
  cured: 60,
  rolledOn: 40,
  chargedOff: 0,
});
const rows = [team('2025-11', 150), team('2025-12', 130)];

describe('forecastInflow', () => {
  it('rolls the matrices forward and scales the entries into M1 to the teams’ inflow (hand-checked)', () => {
    // Closing Dec: M0 960, M1 100. P[M0][M1] = 0.1, P[M1][M0] = 0.6. Entries: 960 × 0.1 = 96, then
    // M0 = 960 × 0.9 + 100 × 0.6 = 924 → 92.4, then 924 × 0.9 + 96 × 0.6 = 889.2 → 88.92.
    // Scale: (150 + 130) ÷ (100 + 100) = 1.4.
    const inflow = forecastInflow([...roll('2025-11'), ...roll('2025-12')], workload(rows, { byTeam: false }), 3);
    expect(inflow?.map((v) => Math.round(v * 1000) / 1000)).toEqual([134.4, 129.36, 124.488]);
  });

  it('is undefined without shared periods or entries to scale by, and the plan then uses the mean inflow', () => {
    const history = workload(rows, { byTeam: false });
    expect(forecastInflow(roll('2024-01'), history, 2)).toBeUndefined();
    expect(forecastInflow([], history, 2)).toBeUndefined();
    expect(workloadView(rows, 400, 2, roll('2024-01')).plan.map((p) => p.inflow)).toEqual([140, 140]);
  });

  it('feeds the capacity plan of workloadView', () => {
    const view = workloadView(rows, 400, 3, [...roll('2025-11'), ...roll('2025-12')]);
    expect(view.plan.map((p) => Math.round(p.inflow * 10) / 10)).toEqual([134.4, 129.4, 124.5]);
  });

  it('property: one non-negative value per month, proportional to the teams’ inflow', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 5000 }), (horizon, inflow) => {
        const history = workload([team('2025-11', inflow), team('2025-12', inflow)], { byTeam: false });
        const out = forecastInflow([...roll('2025-11'), ...roll('2025-12')], history, horizon) ?? [];
        expect(out).toHaveLength(horizon);
        for (const v of out) expect(v).toBeGreaterThanOrEqual(0);
        expect(out[0]).toBeCloseTo(96 * (inflow / 100), 6);
      }),
    );
  });
});
