import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CURE_DAY_FIELDS, cureDayBin, cureDays } from '../../src/kpi/cure.js';
import { netFlow } from '../../src/kpi/net-flow.js';
import { KpiInputError } from '../../src/kpi/errors.js';
import { snapshotsToRollRates } from '../../src/kpi/snapshots.js';
import { transitionMatrices } from '../../src/kpi/transition.js';
import { DEFAULT_BUCKETS } from '../../src/kpi/buckets.js';
import type { RollRateRow } from '../../src/model/rows.js';

const row = (period: string, from: string, to: string, accounts: number, bins = [0, 0, 0, 0]): RollRateRow => ({
  period,
  from,
  to,
  accounts,
  balance: accounts * 100,
  cured1To30: bins[0] ?? 0,
  cured31To60: bins[1] ?? 0,
  cured61To90: bins[2] ?? 0,
  curedOver90: bins[3] ?? 0,
});

describe('cureDayBin', () => {
  it.each([
    [0, -1],
    [-3, -1],
    [1, 0],
    [30, 0],
    [31, 1],
    [60, 1],
    [61, 2],
    [90, 2],
    [91, 3],
    [400, 3],
  ])('%d days past due → bin %d', (dpd, bin) => expect(cureDayBin(dpd)).toBe(bin));
});

describe('cureDays', () => {
  it('sums cured accounts per bin and the delinquent accounts that did not cure (hand-checked)', () => {
    const rows = [
      row('2024-02', 'M0', 'M0', 900),
      row('2024-02', 'M0', 'M1', 40),
      row('2024-02', 'M1', 'M0', 25, [25, 0, 0, 0]),
      row('2024-02', 'M1', 'M2', 10),
      row('2024-02', 'M2', 'M0', 6, [0, 6, 0, 0]),
      row('2024-02', 'M2', 'M3', 4),
      row('2024-02', 'M4', 'CO', 2),
      row('2024-02', 'NEW', 'M0', 30),
      row('2024-03', 'M1', 'M0', 20, [20, 0, 0, 0]),
      row('2024-03', 'M5', 'M0', 1, [0, 0, 0, 1]),
      row('2024-03', 'M1', 'M1', 5),
    ];
    const r = cureDays(rows);
    expect(r.reported).toBe(true);
    expect(r.periods).toEqual([
      { period: '2024-02', cured: [25, 6, 0, 0], notCured: 16, delinquent: 47 },
      { period: '2024-03', cured: [20, 0, 0, 1], notCured: 5, delinquent: 26 },
    ]);
    expect(r.total).toEqual({ period: '', cured: [45, 6, 0, 1], notCured: 21, delinquent: 73 });
  });

  it('rows without the fields are not reported', () => {
    const rows: RollRateRow[] = [{ period: '2024-02', from: 'M1', to: 'M0', accounts: 5, balance: 9 }];
    expect(cureDays(rows).reported).toBe(false);
    expect(cureDays(rows).total.delinquent).toBe(5);
  });

  it.each([
    [
      'bins that do not add up to a cure row',
      row('2024-02', 'M1', 'M0', 5, [4, 0, 0, 0]),
      /add up to 4, not to the row's 5/,
    ],
    [
      'cures on a row that does not end current',
      row('2024-02', 'M1', 'M2', 5, [0, 5, 0, 0]),
      /from M1 to M2\): cured31To60 counts cures, but only rows from M1\+ to M0 cure/,
    ],
    [
      'cures of an account that was current',
      row('2024-02', 'M0', 'M0', 5, [5, 0, 0, 0]),
      /from M0 to M0\): cured1To30 counts cures, but only rows from M1\+ to M0 cure/,
    ],
    ['a fraction', row('2024-02', 'M1', 'M0', 5, [4.5, 0.5, 0, 0]), /cured1To30 is 4.5, must be a whole number/],
    ['a negative count', row('2024-02', 'M1', 'M0', 5, [6, -1, 0, 0]), /cured31To60 is -1/],
  ])('rejects %s, naming the row and field', (_what, bad, message) => {
    expect(() => cureDays([row('2024-02', 'M1', 'M0', 1, [1, 0, 0, 0]), bad])).toThrow(message);
    expect(() => cureDays([bad])).toThrow(KpiInputError);
  });

  it('property: from snapshots, the bins add up to the cures, cured + not cured = delinquent at t−1', () => {
    const snapshot = fc.record({
      account: fc.integer({ min: 0, max: 30 }),
      month: fc.integer({ min: 1, max: 4 }),
      dpd: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 240 })),
    });
    fc.assert(
      fc.property(fc.uniqueArray(snapshot, { selector: (s) => `${s.account}-${s.month}`, maxLength: 120 }), (list) => {
        const snapshots = list.map((s) => ({
          accountId: `a${s.account}`,
          period: `2024-0${s.month}`,
          dpd: s.dpd,
          balance: 100,
        }));
        const rows = snapshotsToRollRates(snapshots);
        const r = cureDays(rows);
        let cures = 0;
        let delinquent = 0;
        for (const x of rows) {
          if (x.from === 'M0') continue;
          delinquent += x.accounts;
          if (x.to === 'M0') cures += x.accounts;
        }
        expect(r.total.cured.reduce((a, v) => a + v, 0)).toBe(cures);
        expect(r.total.delinquent).toBe(delinquent);
        expect(r.total.notCured).toBe(delinquent - cures);
        for (const p of r.periods) expect(p.cured.reduce((a, v) => a + v, 0) + p.notCured).toBe(p.delinquent);
        // Fields are 0 except on cure rows.
        for (const x of rows)
          if (x.to !== 'M0' || x.from === 'M0') for (const f of CURE_DAY_FIELDS) expect(x[f]).toBe(0);
      }),
    );
  });

  it('snapshots: the bin is the days past due at t−1 of each cured account', () => {
    const rows = snapshotsToRollRates([
      { accountId: 'a', period: '2024-01', dpd: 30, balance: 1 },
      { accountId: 'a', period: '2024-02', dpd: 0, balance: 1 },
      { accountId: 'b', period: '2024-01', dpd: 31, balance: 1 },
      { accountId: 'b', period: '2024-02', dpd: 0, balance: 1 },
      { accountId: 'c', period: '2024-01', dpd: 45, balance: 1 },
      { accountId: 'c', period: '2024-02', dpd: 0, balance: 1 },
      { accountId: 'd', period: '2024-01', dpd: 200, balance: 1 },
      { accountId: 'd', period: '2024-02', dpd: 0, balance: 1 },
      { accountId: 'e', period: '2024-01', dpd: 75, balance: 1 },
      { accountId: 'e', period: '2024-02', dpd: 105, balance: 1 },
    ]);
    expect(cureDays(rows).total).toEqual({ period: '', cured: [1, 2, 0, 1], notCured: 1, delinquent: 5 });
  });
});

/** A one-period matrix with the given flow rates along the chain and the rest staying put. */
function chainRows(period: string, flows: readonly number[], withCo = false): RollRateRow[] {
  const codes = DEFAULT_BUCKETS.map((b) => b.code);
  const out: RollRateRow[] = [];
  codes.forEach((code, k) => {
    const next = k + 1 < codes.length ? codes[k + 1] : withCo ? 'CO' : undefined;
    const flow = next ? (flows[k] ?? 0) : 0;
    const moved = Math.round(flow * 1000);
    if (next && moved) out.push({ period, from: code, to: next, accounts: moved, balance: moved });
    if (1000 - moved) out.push({ period, from: code, to: code, accounts: 1000 - moved, balance: 1000 - moved });
  });
  return out;
}

describe('netFlow', () => {
  it.each([
    // flows C→M1 … M6→M7+ (and M7+→CO), net flow
    [[0.05, 0.4, 0.6, 0.7, 0.8, 0.9, 0.95], false, 0.05 * 0.4 * 0.6 * 0.7 * 0.8 * 0.9 * 0.95],
    [[0.02, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5], false, 0.02 / 64],
    [[0.02, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5], true, 0.02 / 128],
    [[0.1, 1, 1, 1, 1, 1, 1], false, 0.1],
    [[0.1, 0.3, 0, 0.9, 0.9, 0.9, 0.9], false, 0],
  ])('flows %j (CO %s) → %d', (flows, co, expected) => {
    const [point] = netFlow(chainRows('2024-02', flows, co), 'count');
    expect(point?.rate).toBeCloseTo(expected, 12);
    expect(point?.links.map((l) => `${l.from}→${l.to}`)).toEqual([
      'M0→M1',
      'M1→M2',
      'M2→M3',
      'M3→M4',
      'M4→M5',
      'M5→M6',
      'M6→M7+',
      ...(co ? ['M7+→CO'] : []),
    ]);
  });

  it('hand-checked from a matrix with cures and exits: 0.1 × 0.25 × … (each link a share of its row)', () => {
    const rows: RollRateRow[] = [
      { period: '2024-05', from: 'M0', to: 'M0', accounts: 900, balance: 9000 },
      { period: '2024-05', from: 'M0', to: 'M1', accounts: 100, balance: 1000 },
      { period: '2024-05', from: 'M1', to: 'M0', accounts: 60, balance: 600 },
      { period: '2024-05', from: 'M1', to: 'M2', accounts: 20, balance: 200 },
      { period: '2024-05', from: 'M1', to: 'CLOSED', accounts: 0, balance: 0 },
      { period: '2024-05', from: 'M1', to: 'M1', accounts: 0, balance: 0 },
      { period: '2024-05', from: 'M1', to: 'M3', accounts: 0, balance: 0 },
      { period: '2024-05', from: 'M1', to: 'M4', accounts: 0, balance: 0 },
      { period: '2024-05', from: 'M1', to: 'M5', accounts: 0, balance: 0 },
      { period: '2024-05', from: 'M1', to: 'M6', accounts: 0, balance: 0 },
      { period: '2024-05', from: 'M1', to: 'M7+', accounts: 0, balance: 0 },
      { period: '2024-05', from: 'M1', to: 'CO', accounts: 0, balance: 0 },
      { period: '2024-05', from: 'M1', to: 'REPAID', accounts: 0, balance: 0 },
      { period: '2024-05', from: 'M1', to: 'NEW', accounts: 0, balance: 0 },
    ];
    // M1: 60 cured, 20 rolled → P[M1][M2] = 20 ÷ 80; M2 … M7+ have nothing at t−1 → null.
    const [p] = netFlow(rows, 'balance');
    expect(p?.links[0]?.rate).toBe(0.1);
    expect(p?.links[1]?.rate).toBe(0.25);
    expect(p?.rate).toBeNull();
  });

  it('property: in [0, 1] and equal to the product of the chain of flow rates', () => {
    const flow = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(fc.array(flow, { minLength: 8, maxLength: 8 }), fc.boolean(), (flows, co) => {
        const rows = chainRows('2024-07', flows, co);
        const [p] = netFlow(rows, 'count');
        const product = (p?.links ?? []).reduce((a, l) => a * (l.rate ?? NaN), 1);
        // Independently: the chain of the transition matrix's rates P[i][i+1].
        const [m] = transitionMatrices(rows, { basis: 'count' });
        const hasCo = rows.some((r) => r.to === 'CO');
        const chain = ['M0', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7+', ...(hasCo ? ['CO'] : [])];
        const fromMatrix = chain
          .slice(1)
          .reduce((a, to, k) => a * (m?.rates[m.states.indexOf(chain[k] ?? '')]?.[m.states.indexOf(to)] ?? NaN), 1);
        expect(p?.rate).toBeCloseTo(fromMatrix, 12);
        expect(p?.rate).not.toBeNull();
        expect(p?.rate).toBeGreaterThanOrEqual(0);
        expect(p?.rate).toBeLessThanOrEqual(1);
        expect(p?.rate).toBeCloseTo(product, 12);
        // Independently: the rounded flows of chainRows.
        const used = flows.slice(0, hasCo ? 8 : 7).map((f) => Math.round(f * 1000) / 1000);
        expect(p?.rate).toBeCloseTo(
          used.reduce((a, f) => a * f, 1),
          12,
        );
      }),
    );
  });
});
