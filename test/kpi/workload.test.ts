import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { capacityPlan, inflowFromForecast, workload, type WorkloadPoint } from '../../src/kpi/workload.js';
import { KpiInputError } from '../../src/kpi/errors.js';
import type { BucketForecast } from '../../src/kpi/types.js';
import type { WorkloadRow } from '../../src/model/rows.js';

const row = (period: string, team: string, over: Partial<WorkloadRow> = {}): WorkloadRow => ({
  period,
  team,
  inventory: 1000,
  fte: 2.5,
  casesDialled: 800,
  attempts: 3000,
  inflow: 400,
  cured: 250,
  rolledOn: 100,
  chargedOff: 10,
  ...over,
});

describe('workload', () => {
  it.each([
    // [inventory, fte, dialled, attempts, cases per agent, coverage, penetration]
    [1000, 2.5, 800, 3000, 400, 0.8, 3],
    [600, 4, 150, 150, 150, 0.25, 0.25],
    [0, 0, 0, 0, null, null, null],
    [90, 0, 90, 45, null, 1, 0.5],
  ])(
    'inventory %d, FTE %d, dialled %d, attempts %d → %s per agent, coverage %s, penetration %s',
    (inventory, fte, casesDialled, attempts, perAgent, coverage, penetration) => {
      const [p] = workload([row('2024-01', 'mid', { inventory, fte, casesDialled, attempts })]);
      expect(p?.casesPerAgent).toBe(perAgent);
      expect(p?.coverage.rate).toBe(coverage);
      expect(p?.penetration).toBe(penetration);
      expect(p?.outflow).toBe(360);
    },
  );

  it('sorts periods, keeps team order, and sums teams as ratios of sums', () => {
    const rows = [
      row('2024-02', 'early-a', { inventory: 300, fte: 1, casesDialled: 300 }),
      row('2024-01', 'late', { inventory: 100, fte: 1, casesDialled: 50 }),
      row('2024-01', 'early-a', { inventory: 300, fte: 2, casesDialled: 150 }),
    ];
    expect(workload(rows).map((p) => `${p.period} ${p.team}`)).toEqual([
      '2024-01 late',
      '2024-01 early-a',
      '2024-02 early-a',
    ]);
    const [jan] = workload(rows, { byTeam: false });
    expect(jan?.team).toBeNull();
    expect(jan?.casesPerAgent).toBeCloseTo(400 / 3, 12);
    expect(jan?.coverage).toEqual({ numerator: 200, denominator: 400, rate: 0.5 });
    expect(jan?.inflow).toBe(800);
  });

  it('rejects a negative count and more cases dialled than inventory, naming row and field', () => {
    expect(() => workload([row('2024-01', 'mid', { inflow: -1 })])).toThrow(/workload row 0 .*inflow is -1/);
    expect(() => workload([row('2024-01', 'mid'), row('2024-01', 'late', { casesDialled: 1001 })])).toThrow(
      KpiInputError,
    );
    expect(() => workload([row('2024-01', 'mid', { casesDialled: 1001 })])).toThrow(
      /casesDialled is 1001, more than inventory 1000/,
    );
    expect(() => workload([row('', 'mid')])).toThrow(/period is empty/);
  });

  const rowArb = fc
    .record({
      period: fc.constantFrom('2024-01', '2024-02', '2024-03'),
      team: fc.constantFrom('early-a', 'mid', 'late'),
      inventory: fc.nat(10_000),
      fte: fc.double({ min: 0, max: 50, noNaN: true }),
      attempts: fc.nat(50_000),
      inflow: fc.nat(5000),
      cured: fc.nat(5000),
      rolledOn: fc.nat(5000),
      chargedOff: fc.nat(500),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ share, ...r }): WorkloadRow => ({ ...r, casesDialled: Math.floor(r.inventory * share) }));

  it('property: coverage in [0, 1], teams add up to the period totals, outflow = its parts', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 30 }), (rows) => {
        const teams = workload(rows);
        const totals = workload(rows, { byTeam: false });
        for (const p of teams) {
          if (p.coverage.rate !== null) expect(p.coverage.rate).toBeGreaterThanOrEqual(0);
          if (p.coverage.rate !== null) expect(p.coverage.rate).toBeLessThanOrEqual(1);
          expect(p.outflow).toBe(p.cured + p.rolledOn + p.chargedOff);
        }
        for (const t of totals) {
          const parts = teams.filter((p) => p.period === t.period);
          expect(parts.reduce((a, p) => a + p.inventory, 0)).toBe(t.inventory);
          expect(parts.reduce((a, p) => a + p.inflow, 0)).toBe(t.inflow);
          expect(parts.reduce((a, p) => a + p.coverage.numerator, 0)).toBe(t.coverage.numerator);
        }
        expect(totals.length).toBe(new Set(rows.map((r) => r.period)).size);
      }),
    );
  });
});

describe('inflowFromForecast and capacityPlan', () => {
  const forecast: BucketForecast = {
    states: ['M0', 'M1', 'CO'],
    matrix: [
      [0.9, 0.1, 0],
      [0.5, 0.3, 0.2],
      [0, 0, 1],
    ],
    unobserved: [],
    chargeOff: 'CO',
    months: [
      { month: 1, balances: [850, 130, 20], chargedOff: 20 },
      { month: 2, balances: [830, 124, 46], chargedOff: 26 },
    ],
  };

  it('entries into M1 = cases in M0 the month before × the M0 → M1 rate', () => {
    expect(inflowFromForecast(forecast, 900)).toEqual([90, 85]);
    expect(() => inflowFromForecast(forecast, 900, 'M0', 'M2')).toThrow(/lack M0 or M2/);
  });

  const point = (inventory: number, fte: number, outflow: number): WorkloadPoint => ({
    period: '2024-01',
    team: null,
    inventory,
    fte,
    casesPerAgent: fte ? inventory / fte : null,
    coverage: { numerator: 0, denominator: inventory, rate: 0 },
    attempts: 0,
    penetration: 0,
    inflow: 0,
    cured: outflow,
    rolledOn: 0,
    chargedOff: 0,
    outflow,
  });

  it('rolls inventory with the observed outflow rate and flags inventory above capacity', () => {
    // outflow rate 0.5; capacity 2 × 300 = 600; 1000 × 0.5 + 100 = 600, 600 × 0.5 + 500 = 800 → short 200
    const plan = capacityPlan([point(1000, 2, 500)], [100, 500], 300);
    expect(plan).toEqual([
      { step: 1, inflow: 100, inventory: 600, capacity: 600, shortfall: 0 },
      { step: 2, inflow: 500, inventory: 800, capacity: 600, shortfall: 200 },
    ]);
    expect(capacityPlan([], [1], 300)).toEqual([]);
    expect(() => capacityPlan([point(1, 1, 0)], [1], 0)).toThrow(/target cases per agent is 0/);
  });

  it('property: shortfall is never negative and is inventory − capacity when positive', () => {
    fc.assert(
      fc.property(
        fc.nat(10_000),
        fc.nat(100),
        fc.nat(10_000),
        fc.array(fc.nat(5000), { maxLength: 6 }),
        fc.integer({ min: 1, max: 2000 }),
        (inv, fte, out, inflow, target) => {
          for (const p of capacityPlan([point(inv, fte, Math.min(out, inv))], inflow, target)) {
            expect(p.shortfall).toBeGreaterThanOrEqual(0);
            expect(p.shortfall).toBeCloseTo(Math.max(0, p.inventory - p.capacity), 9);
          }
        },
      ),
    );
  });
});
