/** Outside agencies (委外机构): hand-checked sums and rates, the overdue boundary, properties, bad rows, and the simulator reconciling. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { agencyScorecard, checkAgencyRows, evaluationOverdue } from '../../src/kpi/agencies.js';
import { KpiInputError } from '../../src/kpi/errors.js';
import type { AgencyRow } from '../../src/model/rows.js';
import { mockResponse } from '../../mocks/portfolio.js';
import { MOCK_AGENCIES } from '../../mocks/metrics/agencies.js';

const row = (period: string, agency: string, n: number[], lastEvaluation?: string): AgencyRow => {
  const [
    accountsPlaced = 0,
    balancePlaced = 0,
    recovered = 0,
    commission = 0,
    complaints = 0,
    callsChecked = 0,
    violations = 0,
  ] = n;
  return {
    period,
    agency,
    accountsPlaced,
    balancePlaced,
    recovered,
    commission,
    complaints,
    callsChecked,
    violations,
    ...(lastEvaluation ? { lastEvaluation } : {}),
  };
};

/** Hand-checked: A placed 2,000 accounts / 10,000,000 over two months, recovered 600,000, paid 120,000, 3 complaints, 8 of 4,000 calls violating. */
const rows: AgencyRow[] = [
  row('2025-11', 'A', [1200, 6_000_000, 250_000, 50_000, 1, 2500, 5], '2025-03-10'),
  row('2025-12', 'A', [800, 4_000_000, 350_000, 70_000, 2, 1500, 3], '2025-03-10'),
  row('2025-11', 'B', [500, 2_000_000, 100_000, 25_000, 4, 1000, 10], '2024-09-30'),
  row('2025-12', 'C', [0, 0, 0, 0, 0, 0, 0]),
];
const ASOF = '2025-12-31T16:00:00Z';

describe('agencyScorecard', () => {
  const card = agencyScorecard(rows, { asOf: ASOF });

  it('sums each agency and derives the four rates from the sums', () => {
    const a = card.agencies.find((x) => x.key === 'A');
    expect(a).toMatchObject({
      accountsPlaced: 2000,
      balancePlaced: 10_000_000,
      recovered: 600_000,
      commission: 120_000,
    });
    expect(a?.recoveryRate).toEqual({ numerator: 600_000, denominator: 10_000_000, rate: 0.06 });
    expect(a?.complaintsPer10k).toEqual({ numerator: 3, denominator: 2000, rate: 15 });
    expect(a?.violationRate).toEqual({ numerator: 8, denominator: 4000, rate: 0.002 });
    expect(a?.commissionShare).toEqual({ numerator: 120_000, denominator: 600_000, rate: 0.2 });
    expect(a?.lastEvaluation).toBe('2025-03-10');
    expect(a?.evaluationOverdue).toBe(false);
  });

  it('flags an evaluation older than 12 months at the data’s as-of day, and none at all', () => {
    const byKey = new Map(card.agencies.map((x) => [x.key, x]));
    expect(byKey.get('B')?.complaintsPer10k.rate).toBe(80);
    expect(byKey.get('B')?.evaluationOverdue).toBe(true);
    expect(byKey.get('C')).toMatchObject({ lastEvaluation: null, evaluationOverdue: true });
    expect(byKey.get('C')?.recoveryRate.rate).toBeNull();
    // The same rows judged a year earlier: B was then current (the clock is never read).
    const before = agencyScorecard(rows, { asOf: '2025-09-30' });
    expect(before.agencies.find((x) => x.key === 'B')?.evaluationOverdue).toBe(false);
  });

  it('orders agencies by balance placed and periods in time; the total sums everything', () => {
    expect(card.agencies.map((a) => a.key)).toEqual(['A', 'B', 'C']);
    expect(card.byPeriod.map((p) => p.key)).toEqual(['2025-11', '2025-12']);
    expect(card.byPeriod[0]?.recoveryRate.rate).toBeCloseTo(350_000 / 8_000_000, 12);
    expect(card.total.recovered).toBe(700_000);
    expect(card.total.complaintsPer10k.rate).toBeCloseTo((7 / 2500) * 10_000, 12);
    expect(card.asOf).toBe('2025-12-31');
  });
});

describe('evaluationOverdue', () => {
  it.each([
    ['2025-03-31', '2026-03-31', false],
    ['2025-03-31', '2026-04-01', true],
    ['2024-02-29', '2025-02-28', false], // due on the month's last day
    ['2024-02-29', '2025-03-01', true],
    ['2025-01-15', '2025-06-30T23:59:59Z', false],
    ['2024-12-31', '2025-12-31T00:00:00+08:00', false], // the as-of instant's first 10 characters are the day
    [null, '2025-01-01', true],
  ] as const)('last %s at %s → %s', (last, asOf, expected) => {
    expect(evaluationOverdue(last, asOf)).toBe(expected);
  });

  it('rejects days that are not calendar days', () => {
    expect(() => evaluationOverdue('2025-02-30', '2025-12-31')).toThrow(/lastEvaluation/);
    expect(() => evaluationOverdue('2025-01-01', 'yesterday')).toThrow(/asOf/);
  });

  it('property: overdue exactly when the due day (same day, 12 months on, clamped) is before the as-of day', () => {
    const day = fc.date({
      min: new Date(Date.UTC(2000, 0, 1)),
      max: new Date(Date.UTC(2040, 0, 1)),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, day, (a, b) => {
        const last = a.toISOString().slice(0, 10);
        const asOf = b.toISOString().slice(0, 10);
        const y = a.getUTCFullYear() + 1;
        const lastDay = new Date(Date.UTC(y, a.getUTCMonth() + 1, 0)).getUTCDate();
        const due = new Date(Date.UTC(y, a.getUTCMonth(), Math.min(a.getUTCDate(), lastDay)))
          .toISOString()
          .slice(0, 10);
        expect(evaluationOverdue(last, asOf)).toBe(asOf > due);
      }),
    );
  });
});

describe('agencyScorecard properties', () => {
  const agencyRow = fc.record({
    period: fc.constantFrom('2025-10', '2025-11', '2025-12'),
    agency: fc.constantFrom('A', 'B', 'C', 'D'),
    accountsPlaced: fc.nat(10_000),
    balancePlaced: fc.nat(1_000_000),
    recovered: fc.nat(1_000_000),
    commission: fc.nat(300_000),
    complaints: fc.nat(50),
    callsChecked: fc.nat(5000),
    violations: fc.nat(5000),
  });
  const table = fc
    .uniqueArray(agencyRow, { selector: (r) => `${r.period}/${r.agency}`, maxLength: 12 })
    .map((rs) => rs.map((r) => ({ ...r, violations: Math.min(r.violations, r.callsChecked) })));

  it('agencies and periods partition the total; every rate is its sums’ ratio or null', () => {
    fc.assert(
      fc.property(table, (rs) => {
        const card = agencyScorecard(rs, { asOf: ASOF });
        for (const f of [
          'accountsPlaced',
          'balancePlaced',
          'recovered',
          'commission',
          'complaints',
          'callsChecked',
          'violations',
        ] as const) {
          const whole = rs.reduce((n, r) => n + r[f], 0);
          expect(card.agencies.reduce((n, a) => n + a[f], 0)).toBe(whole);
          expect(card.byPeriod.reduce((n, p) => n + p[f], 0)).toBe(whole);
          expect(card.total[f]).toBe(whole);
        }
        for (const a of card.agencies) {
          expect(a.recoveryRate.rate).toBe(a.balancePlaced > 0 ? a.recovered / a.balancePlaced : null);
          expect(a.violationRate.rate ?? 0).toBeLessThanOrEqual(1);
          expect(a.evaluationOverdue).toBe(true); // no row carries an evaluation
        }
      }),
    );
  });

  it('is independent of row order', () => {
    fc.assert(
      fc.property(table, (rs) => {
        expect(agencyScorecard([...rs].reverse(), { asOf: ASOF })).toEqual(agencyScorecard(rs, { asOf: ASOF }));
      }),
    );
  });
});

describe('checkAgencyRows', () => {
  it.each([
    [{ ...row('2025-11', 'A', [1, 1, 1, 1, 1, 10, 11]) }, /violations is 11, more than callsChecked 10/],
    [{ ...row('2025-11', 'A', [1, -1]) }, /balancePlaced is -1, must be ≥ 0/],
    [{ ...row('2025-11', '', [1]) }, /agency is empty/],
    [{ ...row('2025-11', 'A', [1], '2025-13-01') }, /lastEvaluation is "2025-13-01"/],
    [{ ...row('2025-11', 'A', [Number.NaN]) }, /accountsPlaced is NaN/],
  ])('rejects %o', (bad, message) => {
    expect(() => checkAgencyRows([bad])).toThrow(message);
    expect(() => checkAgencyRows([bad])).toThrow(KpiInputError);
  });

  it('rejects a second row for the same agency and period', () => {
    expect(() => checkAgencyRows([rows[0] as AgencyRow, rows[0] as AgencyRow])).toThrow(/second row/);
  });

  it('rejects an as-of that is not a day', () => {
    expect(() => agencyScorecard(rows, { asOf: '' })).toThrow(/asOf/);
  });
});

describe('the simulator’s agencies reconcile with recovery, complaints and roll-rates', () => {
  const q = { from: '2023-01', to: '2025-12' };
  const agencies = mockResponse('agencies', q).rows;
  const months = [...new Set(agencies.map((r) => r.period))];

  it('gives every agency every month, with commission 10–30 % of recovered', () => {
    expect(agencies.length).toBe(36 * MOCK_AGENCIES.length);
    for (const r of agencies.filter((x) => x.recovered > 10_000)) {
      expect(r.commission / r.recovered).toBeGreaterThanOrEqual(0.1 - 1e-4);
      expect(r.commission / r.recovered).toBeLessThanOrEqual(0.3 + 1e-4);
    }
    const card = agencyScorecard(agencies, { asOf: mockResponse('agencies', q).meta.asOf });
    expect(card.agencies.some((a) => a.evaluationOverdue)).toBe(true);
    expect(card.agencies.some((a) => !a.evaluationOverdue)).toBe(true);
  });

  it('keeps the agencies’ recoveries of each month inside the recovery curves’ total of that month', () => {
    const curves = mockResponse('recovery', q).rows;
    const byMonth = new Map<string, number>();
    for (const r of curves) {
      const [y = 0, m = 1] = r.cohort.split('-').map(Number);
      const at = new Date(Date.UTC(y, m - 1 + r.month, 1)).toISOString().slice(0, 7);
      byMonth.set(at, (byMonth.get(at) ?? 0) + r.recovered);
    }
    let recovered = 0;
    for (const month of months) {
      const sum = agencies.filter((r) => r.period === month).reduce((n, r) => n + r.recovered, 0);
      recovered += sum;
      expect(sum).toBeLessThanOrEqual(byMonth.get(month) ?? 0);
    }
    const total = [...byMonth.values()].reduce((a, b) => a + b, 0);
    expect(recovered / total).toBeGreaterThan(0.3);
    expect(recovered / total).toBeLessThan(0.7);
  });

  it('places part of each month’s charged-off balance (the CO flow) and splits the agency channel’s complaints exactly', () => {
    const flows = mockResponse('roll-rates', q).rows.filter((r) => r.to === 'CO');
    const complaints = mockResponse('complaints', q).rows.filter((r) => r.channel === 'agency');
    for (const month of months) {
      const mine = agencies.filter((r) => r.period === month);
      const co = flows.filter((r) => r.period === month).reduce((n, r) => n + r.balance, 0);
      const placed = mine.reduce((n, r) => n + r.balancePlaced, 0);
      expect(placed).toBeLessThanOrEqual(co * 0.52 + MOCK_AGENCIES.length);
      expect(placed).toBeGreaterThanOrEqual(co * 0.52 - MOCK_AGENCIES.length * 200);
      expect(mine.reduce((n, r) => n + r.complaints, 0)).toBe(
        complaints.filter((r) => r.period === month).reduce((n, r) => n + r.received, 0),
      );
    }
  });

  it('filters by region like the other metrics, and by agency', () => {
    const east = mockResponse('agencies', { ...q, region: 'east' }).rows;
    const complaints = mockResponse('complaints', { ...q, region: 'east' }).rows.filter((r) => r.channel === 'agency');
    expect(east.reduce((n, r) => n + r.complaints, 0)).toBe(complaints.reduce((n, r) => n + r.received, 0));
    const name = MOCK_AGENCIES[0]?.name ?? '';
    const one = mockResponse('agencies', { ...q, agency: name }).rows;
    expect(new Set(one.map((r) => r.agency))).toEqual(new Set([name]));
    expect(() => mockResponse('agencies', { ...q, agency: 'nobody' })).toThrow(/Bad "agency"/);
  });
});
