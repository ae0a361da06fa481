import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  closingBalances,
  cureRates,
  flowRates,
  KpiInputError,
  transitionMatrices,
  transitionMatrix,
} from '../../src/kpi/index.js';
import type { OverdueRow, RollRateRow } from '../../src/model/rows.js';

const rr = (period: string, from: string, to: string, accounts: number, balance: number): RollRateRow => ({
  period,
  from,
  to,
  accounts,
  balance,
});
const BUCKETS = ['M0', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7+'];

// One period. Row M0: 90 stay, 10 roll (total 100). Row M1: 4 cure, 2 stay, 4 roll (total 10).
// Row M2: 5 roll to M3 (total 5). NEW: 20 enter M0. Balances are ×100 except M2→M3 (600).
const rows: RollRateRow[] = [
  rr('2024-02', 'M0', 'M0', 90, 9000),
  rr('2024-02', 'C', 'M1', 10, 1000),
  rr('2024-02', 'M1', 'C', 4, 400),
  rr('2024-02', 'M1', 'M1', 2, 200),
  rr('2024-02', 'M1', 'M2', 4, 400),
  rr('2024-02', 'M2', 'M3', 5, 600),
  rr('2024-02', 'NEW', 'M0', 20, 2000),
];

describe('transitionMatrix', () => {
  it('counts and row-normalised rates (count basis), null rows for empty states', () => {
    const m = transitionMatrix(rows, { basis: 'count' });
    expect(m.states).toEqual([...BUCKETS, 'NEW']); // CLOSED/REPAID/CO do not occur, so they are left out
    expect(m.counts[0]!.slice(0, 3)).toEqual([90, 10, 0]);
    expect(m.rates[0]!.slice(0, 3)).toEqual([0.9, 0.1, 0]); // 90/100, 10/100
    expect(m.rates[1]!.slice(0, 3)).toEqual([0.4, 0.2, 0.4]); // 4/10, 2/10, 4/10
    expect(m.rates[2]![3]).toBe(1); // 5/5
    expect(m.rates[3]).toEqual(Array(9).fill(null)); // M3 had nothing at t−1
    expect(m.rates[8]![0]).toBe(1); // NEW → M0: 20/20
  });

  it('balance basis: M2 → M3 = 600/600', () => {
    const m = transitionMatrix(rows, { basis: 'balance' });
    expect(m.counts[2]![3]).toBe(600);
    expect(m.rates[1]![0]).toBe(0.4); // 400 / (400 + 200 + 400)
  });

  it('pools periods; transitionMatrices splits them, ascending, with the same states', () => {
    const more = [...rows, rr('2024-01', 'M0', 'M0', 10, 1000), rr('2024-01', 'M0', 'CO', 10, 1000)];
    const pooled = transitionMatrix(more, { basis: 'count' });
    expect(pooled.counts[0]![0]).toBe(100); // 90 + 10
    const per = transitionMatrices(more, { basis: 'count' });
    expect(per.map((m) => m.period)).toEqual(['2024-01', '2024-02']);
    expect(per[0]!.states).toEqual(per[1]!.states);
    expect(per[0]!.states).toEqual([...BUCKETS, 'NEW', 'CO']);
    expect(per[0]!.rates[0]![9]).toBe(0.5); // M0 → CO in 2024-01: 10/20
  });

  it('custom extra states', () => {
    const m = transitionMatrix([rr('2024-01', 'M1', 'closed', 3, 30), rr('2024-01', 'M1', 'M1', 1, 10)], {
      basis: 'count',
      extraStates: ['closed'],
    });
    expect(m.states.at(-1)).toBe('closed');
    expect(m.rates[1]![8]).toBe(0.75); // 3 / 4
  });

  it.each<[string, RollRateRow[], string, number, string, string]>([
    [
      'unknown to-state',
      [rr('2024-01', 'M1', 'M9', 1, 1)],
      'unknown-bucket',
      0,
      'to',
      'roll-rate row 0 (period 2024-01, from M1 to M9): unknown state "M9"',
    ],
    [
      'negative accounts',
      [rr('2024-01', 'M0', 'M0', 1, 1), rr('2024-01', 'M1', 'M2', -2, 1)],
      'negative',
      1,
      'accounts',
      'roll-rate row 1 (period 2024-01, from M1 to M2): accounts is -2, must be ≥ 0',
    ],
    ['NaN balance', [rr('2024-01', 'M1', 'M2', 1, NaN)], 'not-finite', 0, 'balance', 'balance is NaN'],
    [
      'duplicate (C = M0)',
      [rr('2024-01', 'M0', 'M1', 1, 1), rr('2024-01', 'C', 'M1', 1, 1)],
      'duplicate',
      1,
      'to',
      'roll-rate row 1 (period 2024-01, from C to M1): a second row',
    ],
  ])('%s → KpiInputError', (_name, bad, code, rowIndex, field, message) => {
    expect(() => transitionMatrix(bad, { basis: 'count' })).toThrow(KpiInputError);
    expect(() => transitionMatrix(bad, { basis: 'count' })).toThrow(expect.objectContaining({ code, rowIndex, field }));
    expect(() => transitionMatrix(bad, { basis: 'count' })).toThrow(message);
  });

  it('transitionMatrices needs a period on every row', () => {
    expect(() => transitionMatrices([{ from: 'M0', to: 'M0', accounts: 1, balance: 1 }], { basis: 'count' })).toThrow(
      expect.objectContaining({ code: 'missing', field: 'period' }),
    );
  });

  it('property: row sums conserve the from-state counts; rates are in [0, 1], rows sum to 1 or are null', () => {
    const arb = fc.uniqueArray(
      fc.record({
        period: fc.constant('2024-01'),
        from: fc.constantFrom(...BUCKETS),
        to: fc.constantFrom(...BUCKETS, 'CO'),
        accounts: fc.nat({ max: 10_000 }),
        balance: fc.double({ min: 0, max: 1e7, noNaN: true }),
      }),
      { selector: (r) => `${r.from}>${r.to}`, maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, (rs) => {
        const m = transitionMatrix(rs, { basis: 'count' });
        m.states.forEach((state, i) => {
          const expected = rs.filter((r) => r.from === state).reduce((s, r) => s + r.accounts, 0);
          expect(m.counts[i]!.reduce((s, v) => s + v, 0)).toBe(expected);
          const row = m.rates[i]!;
          if (expected === 0) expect(row.every((v) => v === null)).toBe(true);
          else {
            for (const v of row) expect(v! >= 0 && v! <= 1).toBe(true);
            expect(row.reduce((s, v) => s! + v!, 0)).toBeCloseTo(1, 9);
          }
        });
      }),
    );
  });
});

describe('closingBalances', () => {
  it('column totals per on-book state at the end of the period (entry and exit states left out)', () => {
    // Count basis. M0 ← 90 stayed + 4 cured + 20 new = 114; M1 ← 10 rolled + 2 stayed = 12; M2 ← 4; M3 ← 5.
    expect(closingBalances(transitionMatrix(rows, { basis: 'count' }))).toEqual({
      M0: 114,
      M1: 12,
      M2: 4,
      M3: 5,
      M4: 0,
      M5: 0,
      M6: 0,
      'M7+': 0,
    });
    // Balance basis: M0 ← 9,000 + 400 + 2,000; M3 ← 600.
    const b = closingBalances(transitionMatrix(rows, { basis: 'balance' }));
    expect([b.M0, b.M1, b.M2, b.M3]).toEqual([11_400, 1_200, 400, 600]);
    // A state left out on request, e.g. when M0 is not on the forecast.
    expect(closingBalances(transitionMatrix(rows, { basis: 'count' }), ['NEW', 'M0'])).not.toHaveProperty('M0');
  });
});

describe('cureRates', () => {
  it('P[i][M0] per delinquent state with numerator and denominator', () => {
    const cures = cureRates(transitionMatrix(rows, { basis: 'count' }));
    expect(cures.map((c) => c.state)).toEqual(BUCKETS.slice(1)); // M0 and NEW are not reported
    expect(cures[0]).toEqual({ state: 'M1', numerator: 4, denominator: 10, rate: 0.4 });
    expect(cures[1]).toEqual({ state: 'M2', numerator: 0, denominator: 5, rate: 0 });
    expect(cures[2]).toEqual({ state: 'M3', numerator: 0, denominator: 0, rate: null });
  });
  it('chosen states and cure state; unknown throws', () => {
    const m = transitionMatrix(rows, { basis: 'count' });
    expect(cureRates(m, { states: ['M1'], cure: 'M1' })).toEqual([
      { state: 'M1', numerator: 2, denominator: 10, rate: 0.2 },
    ]);
    expect(() => cureRates(m, { cure: 'X' })).toThrow(KpiInputError);
    expect(() => cureRates(m, { states: ['M9'] })).toThrow(/"M9" is not in the matrix/);
  });
});

describe('flowRates', () => {
  const o = (period: string, bucket: string, balance: number): OverdueRow => ({
    period,
    bucket,
    accounts: balance > 0 ? 1 : 0,
    balance,
  });
  const data: OverdueRow[] = [
    o('2024-02', 'M0', 10500),
    o('2024-02', 'M1', 800),
    o('2024-02', 'M2', 300),
    o('2024-02', 'M3', 200),
    o('2024-01', 'M0', 10000),
    o('2024-01', 'M1', 1000),
    o('2024-01', 'M2', 500),
    // 2024-03 is missing: 2024-04 gets no flow rates
    o('2024-04', 'M0', 100),
    o('2024-04', 'M1', 10),
    o('2024-05', 'M0', 100),
    o('2024-05', 'M1', 5),
    o('2024-05', 'M2', 5),
  ];

  it('balance in M(n) at t ÷ balance in M(n−1) at t−1, sorted, gaps skipped', () => {
    const out = flowRates(data);
    expect(out.map((f) => f.period)).toEqual([
      ...Array<string>(7).fill('2024-02'),
      ...Array<string>(7).fill('2024-05'),
    ]);
    expect(out.slice(0, 4)).toEqual([
      {
        period: '2024-02',
        previousPeriod: '2024-01',
        from: 'M0',
        to: 'M1',
        numerator: 800,
        denominator: 10000,
        rate: 0.08,
      }, // C→M1
      {
        period: '2024-02',
        previousPeriod: '2024-01',
        from: 'M1',
        to: 'M2',
        numerator: 300,
        denominator: 1000,
        rate: 0.3,
      },
      {
        period: '2024-02',
        previousPeriod: '2024-01',
        from: 'M2',
        to: 'M3',
        numerator: 200,
        denominator: 500,
        rate: 0.4,
      },
      { period: '2024-02', previousPeriod: '2024-01', from: 'M3', to: 'M4', numerator: 0, denominator: 0, rate: null },
    ]);
    expect(out[7]).toMatchObject({ period: '2024-05', previousPeriod: '2024-04', from: 'M0', to: 'M1', rate: 0.05 }); // 5 / 100
    expect(out[8]).toMatchObject({ from: 'M1', to: 'M2', rate: 0.5 }); // 5 / 10
  });

  it('count basis', () => {
    expect(flowRates(data, { basis: 'count' })[0]).toMatchObject({ numerator: 1, denominator: 1, rate: 1 });
  });

  it('bad rows throw like overdueRates', () => {
    expect(() => flowRates([o('2024-01', 'M0', 1), { ...o('2024-01', 'M0', 2) }])).toThrow(
      expect.objectContaining({ code: 'duplicate', rowIndex: 1 }),
    );
    expect(() => flowRates([o('2024-01', 'M0', -1)])).toThrow(
      expect.objectContaining({ code: 'negative', rowIndex: 0, field: 'balance' }),
    );
  });

  it('property: each flow rate is the balance of its bucket at t over the balance of the bucket before it at t−1 (null on 0)', () => {
    const arb = fc
      .array(
        fc.record({
          period: fc.constantFrom('2024-01', '2024-02', '2024-03'),
          bucket: fc.constantFrom(...BUCKETS),
          accounts: fc.nat({ max: 100 }),
          balance: fc.constantFrom(0, 0, 1, 50, 1e6),
        }),
        { maxLength: 30 },
      )
      .map((rs) => rs.filter((r, i) => rs.findIndex((q) => q.period === r.period && q.bucket === r.bucket) === i));
    fc.assert(
      fc.property(arb, (rs) => {
        // Oracle: the balance of the bucket "to" at t over the balance of "from" at t−1, looked up in the rows.
        const balance = (period: string, bucket: string) =>
          rs.find((r) => r.period === period && r.bucket === bucket)?.balance ?? 0;
        const out = flowRates(rs);
        for (const f of out) {
          expect([f.numerator, f.denominator], `${f.previousPeriod} ${f.from} → ${f.period} ${f.to}`).toEqual([
            balance(f.period, f.to),
            balance(f.previousPeriod, f.from),
          ]);
          if (f.denominator === 0) expect(f.rate).toBeNull();
          else expect(f.rate).toBe(f.numerator / f.denominator);
        }
        // every consecutive pair of periods present gives the seven flows M0→M1 … M6→M7+
        const periods = [...new Set(rs.map((r) => r.period))].sort();
        const pairs = periods.slice(1).filter((p, i) => Number(p.slice(5)) === Number(periods[i]!.slice(5)) + 1);
        expect(out.length).toBe(7 * pairs.length);
      }),
    );
  });
});
