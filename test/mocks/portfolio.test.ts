import { describe, expect, it } from 'vitest';
import { ENTRY_STATE, EXIT_STATES } from '../../mocks/catalog.js';
import { getPortfolio, mockResponse, simulatePortfolio } from '../../mocks/portfolio.js';
import { hashSeed, mulberry32, poisson } from '../../mocks/random.js';
import type { OverdueRow, RollRateRow } from '../../src/model/rows.js';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function byPeriod<T extends { period: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) map.set(r.period, [...(map.get(r.period) ?? []), r]);
  return map;
}

describe('random', () => {
  it('mulberry32 is deterministic and uniform-ish', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 10_000 }, () => a());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(sum(xs) / xs.length).toBeCloseTo(0.5, 1);
  });

  it('hashSeed depends on every part and its order', () => {
    expect(hashSeed(42, 'a', 1)).toBe(hashSeed(42, 'a', 1));
    expect(hashSeed(42, 'a', 1)).not.toBe(hashSeed(42, 1, 'a'));
    expect(hashSeed(42, 'a')).not.toBe(hashSeed(43, 'a'));
  });

  it('poisson has about the right mean', () => {
    const rng = mulberry32(1);
    const small = Array.from({ length: 5000 }, () => poisson(rng, 3));
    const large = Array.from({ length: 5000 }, () => poisson(rng, 200));
    expect(sum(small) / 5000).toBeCloseTo(3, 0);
    expect(sum(large) / 5000 / 200).toBeCloseTo(1, 1);
    expect(small.every(Number.isInteger)).toBe(true);
  });
});

describe('simulatePortfolio', () => {
  it('gives the same portfolio for the same seed and a different one for another seed', () => {
    const a = simulatePortfolio({ seed: 7 });
    const b = simulatePortfolio({ seed: 7 });
    const c = simulatePortfolio({ seed: 8 });
    expect(a).toEqual(b);
    expect(a.segments[0]!.overdueBalance).not.toEqual(c.segments[0]!.overdueBalance);
    for (const metric of ['overdue', 'agents', 'complaints', 'recovery'] as const) {
      expect(mockResponse(metric, {}, { seed: 7 })).toEqual(mockResponse(metric, {}, { seed: 7 }));
      expect(mockResponse(metric, {}, { seed: 7 }).rows).not.toEqual(mockResponse(metric, {}, { seed: 8 }).rows);
    }
  });

  it('caches per options', () => {
    expect(getPortfolio({ seed: 5 })).toBe(getPortfolio({ seed: 5 }));
    expect(getPortfolio({ seed: 5 })).not.toBe(getPortfolio({ seed: 6 }));
  });

  it('rejects bad options', () => {
    expect(() => simulatePortfolio({ start: '2023-13' })).toThrow(/start/);
    expect(() => simulatePortfolio({ chargeOffBucket: 'M9' })).toThrow(/charge-off/);
  });

  it('keeps every cohort-bucket count and balance a non-negative integer', () => {
    const p = getPortfolio();
    for (const s of p.segments) {
      for (const arr of [s.overdueAccounts, s.overdueBalance, s.flowAccounts, s.flowBalance, s.collected]) {
        expect(arr.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
      }
      for (const c of s.cohorts) {
        expect(c.accountsByMob.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
        expect(c.balanceByMob.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
      }
    }
  });
});

describe('conservation and reconciliation', () => {
  const overdue = byPeriod(mockResponse('overdue', {}).rows);
  const rolls = byPeriod(mockResponse('roll-rates', {}).rows);
  const periods = [...overdue.keys()];

  it('roll-rate rows out of each bucket add up to that bucket one month earlier', () => {
    for (let t = 1; t < periods.length; t++) {
      const prev = overdue.get(periods[t - 1]!)!;
      const flows = rolls.get(periods[t]!)!;
      for (const b of prev) {
        const out = flows.filter((r) => r.from === b.bucket);
        expect(sum(out.map((r) => r.accounts)), `${periods[t]} from ${b.bucket}`).toBe(b.accounts);
        expect(sum(out.map((r) => r.balance)), `${periods[t]} from ${b.bucket}`).toBe(b.balance);
      }
    }
  });

  it('roll-rate rows into each bucket add up to that bucket this month (originations enter as NEW → M0)', () => {
    for (const period of periods) {
      const flows = rolls.get(period)!;
      for (const b of overdue.get(period)!) {
        const into = flows.filter((r) => r.to === b.bucket);
        expect(sum(into.map((r) => r.accounts))).toBe(b.accounts);
        expect(sum(into.map((r) => r.balance))).toBe(b.balance);
      }
      const fresh = flows.filter((r) => r.from === ENTRY_STATE);
      expect(fresh.map((r) => r.to)).toEqual(['M0']);
    }
  });

  it('portfolio totals move only by originations and exits', () => {
    for (let t = 1; t < periods.length; t++) {
      const prev = overdue.get(periods[t - 1]!)!;
      const now = overdue.get(periods[t]!)!;
      const flows = rolls.get(periods[t]!)!;
      const entered = flows.filter((r) => r.from === ENTRY_STATE);
      const left = flows.filter((r) => (EXIT_STATES as readonly string[]).includes(r.to));
      for (const field of ['accounts', 'balance'] as const) {
        const expected =
          sum(prev.map((r) => r[field])) + sum(entered.map((r) => r[field])) - sum(left.map((r) => r[field]));
        expect(sum(now.map((r) => r[field]))).toBe(expected);
      }
      expect(left.filter((r) => r.to === 'REPAID').every((r) => r.accounts === 0)).toBe(true);
    }
  });

  it('charge-offs leave only from the charge-off bucket, also when it is configured lower', () => {
    const co = (rows: RollRateRow[]) => new Set(rows.filter((r) => r.to === 'CO').map((r) => r.from));
    expect(co(mockResponse('roll-rates', {}).rows)).toEqual(new Set(['M7+']));
    const m4 = mockResponse('roll-rates', {}, { chargeOffBucket: 'M4' }).rows;
    expect(co(m4)).toEqual(new Set(['M4']));
    const od = mockResponse('overdue', {}, { chargeOffBucket: 'M4' }).rows;
    expect(
      od.filter((r) => ['M5', 'M6', 'M7+'].includes(r.bucket)).every((r) => r.accounts === 0 && r.balance === 0),
    ).toBe(true);
  });

  it('cohort balances never exceed the originated amount and vintage originations equal NEW flows', () => {
    const vintage = mockResponse('vintage', {}).rows;
    for (const r of vintage) {
      expect(r.delinquentBalance).toBeLessThanOrEqual(r.originatedAmount);
      expect(r.delinquentAccounts).toBeLessThanOrEqual(r.originatedAccounts);
    }
    for (const period of periods) {
      const fresh = rolls.get(period)!.find((r) => r.from === ENTRY_STATE)!;
      const v =
        vintage.find((r) => r.cohort === period) ?? mockResponse('vintage', { from: period, to: period }).rows[0];
      if (v) {
        expect(v.originatedAccounts).toBe(fresh.accounts);
        expect(v.originatedAmount).toBe(fresh.balance);
      }
    }
    const p = getPortfolio();
    for (const s of p.segments) {
      for (const c of s.cohorts) {
        for (let mob = 0; mob * p.buckets.length < c.balanceByMob.length; mob++) {
          const bal = sum(Array.from(c.balanceByMob.subarray(mob * 8, mob * 8 + 8)));
          expect(bal).toBeLessThanOrEqual(c.amount);
        }
      }
    }
  });

  it('complaint exposure equals active accounts of overdue', () => {
    for (const query of [
      {},
      { product: 'auto' },
      { region: 'east,west' },
      { from: '2024-01', to: '2024-12', interval: 'quarter' },
    ]) {
      const complaints = mockResponse('complaints', query);
      const od = byPeriod(mockResponse('overdue', query).rows);
      expect(complaints.exposure!.length).toBe(od.size);
      for (const e of complaints.exposure!) expect(e.accounts).toBe(sum(od.get(e.period)!.map((r) => r.accounts)));
    }
  });

  it('charged-off balances of recovery equal CO flows of roll-rates', () => {
    const recovery = mockResponse('recovery', {}).rows;
    for (const [period, flows] of rolls) {
      const co = sum(flows.filter((r) => r.to === 'CO').map((r) => r.balance));
      const cohort = recovery.find((r) => r.cohort === period);
      if (cohort) expect(cohort.chargedOff).toBe(co);
    }
  });

  it('agents collected cash and complaints equal the phone and visit totals', () => {
    for (const query of [
      { from: '2024-01', to: '2024-12' },
      { from: '2025-03', to: '2025-05', product: 'credit-card', region: 'north' },
    ]) {
      const agents = mockResponse('agents', query).rows;
      const channels = mockResponse('channels', query).rows.filter(
        (r) => r.channel === 'phone' || r.channel === 'visit',
      );
      const complaints = mockResponse('complaints', query).rows.filter(
        (r) => r.channel === 'phone' || r.channel === 'visit',
      );
      expect(sum(agents.map((a) => a.collected))).toBe(sum(channels.map((c) => c.collected)));
      expect(sum(agents.map((a) => a.complaints))).toBe(sum(complaints.map((c) => c.received)));
      expect(sum(agents.map((a) => a.dials))).toBe(sum(channels.map((c) => c.attempts)));
      expect(sum(agents.map((a) => a.connects))).toBe(sum(channels.map((c) => c.contacts)));
    }
  });

  it('cash collected over all channels equals the payments of delinquent accounts', () => {
    const p = getPortfolio();
    const channels = byPeriod(mockResponse('channels', {}).rows);
    [...channels.values()].forEach((rows, r) => {
      const paid = sum(p.segments.map((s) => s.collected[r * 3]! + s.collected[r * 3 + 1]! + s.collected[r * 3 + 2]!));
      expect(sum(rows.map((c) => c.collected))).toBe(paid);
    });
  });
});

describe('plausibility', () => {
  it('M1+ overdue rate by balance stays between 2 % and 12 %, for the whole book and every product', () => {
    for (const query of [{}, { product: 'cash-loan' }, { product: 'credit-card' }, { product: 'auto' }]) {
      for (const rows of byPeriod(mockResponse('overdue', query).rows).values()) {
        const total = sum(rows.map((r) => r.balance));
        const m1plus = sum(rows.filter((r) => r.bucket !== 'M0').map((r) => r.balance));
        expect(m1plus / total).toBeGreaterThan(0.02);
        expect(m1plus / total).toBeLessThan(0.12);
      }
    }
  });

  it('roll rates by balance are in the usual ranges', () => {
    const od = byPeriod(mockResponse('overdue', { from: '2024-12', to: '2025-12' }).rows);
    const periods = [...od.keys()];
    for (let t = 1; t < periods.length; t++) {
      const prev = od.get(periods[t - 1]!)!;
      const now = od.get(periods[t]!)!;
      const b = (rows: OverdueRow[], code: string) => rows.find((r) => r.bucket === code)!.balance;
      const flow = (from: string, to: string) => b(now, to) / b(prev, from);
      expect(flow('M0', 'M1')).toBeGreaterThan(0.015);
      expect(flow('M0', 'M1')).toBeLessThan(0.045);
      expect(flow('M1', 'M2')).toBeGreaterThan(0.25);
      expect(flow('M1', 'M2')).toBeLessThan(0.45);
      expect(flow('M2', 'M3')).toBeGreaterThan(0.45);
      expect(flow('M2', 'M3')).toBeLessThan(0.7);
      for (const [from, to] of [
        ['M3', 'M4'],
        ['M4', 'M5'],
        ['M5', 'M6'],
        ['M6', 'M7+'],
      ] as const) {
        expect(flow(from, to)).toBeGreaterThan(0.65);
        expect(flow(from, to)).toBeLessThan(0.95);
      }
    }
  });

  it('cures from M1 are common, from late buckets rare', () => {
    const rows = mockResponse('roll-rates', { from: '2025-01', to: '2025-12', interval: 'year' }).rows;
    const p = (from: string, to: string) =>
      sum(rows.filter((r) => r.from === from && r.to === to).map((r) => r.accounts)) /
      sum(rows.filter((r) => r.from === from).map((r) => r.accounts));
    expect(p('M1', 'M0')).toBeGreaterThan(0.35);
    expect(p('M6', 'M0')).toBeLessThan(0.05);
  });

  it('recovers 10–35 % of charged-off balance within 36 months, fees 10–20 % of recoveries', () => {
    const rows = mockResponse('recovery', { from: '2023-01', to: '2026-12' }, { months: 48 }).rows.filter(
      (r) => r.cohort <= '2023-12',
    );
    const cohorts = byPeriod(rows.map((r) => ({ ...r, period: r.cohort })));
    expect(cohorts.size).toBe(12);
    for (const c of cohorts.values()) {
      expect(c.length).toBe(36);
      const share = sum(c.map((r) => r.recovered)) / c[0]!.chargedOff;
      expect(share).toBeGreaterThan(0.1);
      expect(share).toBeLessThan(0.35);
      const fees = sum(c.map((r) => r.fees)) / sum(c.map((r) => r.recovered));
      expect(fees).toBeGreaterThan(0.1);
      expect(fees).toBeLessThan(0.2);
    }
  });

  it('collectors differ realistically: contact 20–70 %, kept promises 35–90 %, ~160 hours a month', () => {
    const agents = mockResponse('agents', { from: '2025-01', to: '2025-12' }).rows;
    expect(agents.length).toBe(60);
    expect(new Set(agents.map((a) => a.team)).size).toBe(5);
    const contact = agents.map((a) => a.connects / a.dials);
    for (const a of agents) {
      expect(a.connects / a.dials).toBeGreaterThan(0.2);
      expect(a.connects / a.dials).toBeLessThan(0.7);
      expect(a.promisesKept / a.promisesDue).toBeGreaterThan(0.35);
      expect(a.promisesKept / a.promisesDue).toBeLessThan(0.9);
      expect(a.hours / 12).toBeGreaterThan(120);
      expect(a.hours / 12).toBeLessThan(175);
      expect(a.name).toMatch(/^\p{Script=Han}+ \/ [A-Z][a-z]+ [A-Z][a-z]+$/u);
    }
    expect(Math.max(...contact) - Math.min(...contact)).toBeGreaterThan(0.1);
  });

  it('channel contact rates of the phone desk are 20–70 %, and breaches are a small share of checks', () => {
    for (const c of mockResponse('channels', {}).rows.filter((r) => r.channel === 'phone')) {
      expect(c.contacts / c.attempts).toBeGreaterThan(0.2);
      expect(c.contacts / c.attempts).toBeLessThan(0.7);
    }
    const compliance = mockResponse('compliance', {}).rows;
    expect(new Set(compliance.map((r) => r.rule))).toContain('us-reg-f/7-in-7');
    for (const r of compliance) {
      expect(r.breaches).toBeLessThan(r.checked * 0.03);
    }
    expect(sum(compliance.map((r) => r.breaches))).toBeGreaterThan(0);
  });

  it('complaints come at about 1–5 per 10,000 accounts a month and are mostly closed on time', () => {
    const c = mockResponse('complaints', { from: '2024-01', to: '2025-06' });
    for (const [period, rows] of byPeriod(c.rows)) {
      const exposure = c.exposure!.find((e) => e.period === period)!.accounts;
      const per10k = (sum(rows.map((r) => r.received)) / exposure) * 10_000;
      expect(per10k).toBeGreaterThan(1);
      expect(per10k).toBeLessThan(5);
      const closed = sum(rows.map((r) => r.closed));
      expect(sum(rows.map((r) => r.closedOnTime)) / closed).toBeGreaterThan(0.65); // ~60 complaints a month: noisy
    }
    const onTime = sum(c.rows.map((r) => r.closedOnTime)) / sum(c.rows.map((r) => r.closed));
    expect(onTime).toBeGreaterThan(0.85);
    expect(onTime).toBeLessThan(0.97);
  });
});
