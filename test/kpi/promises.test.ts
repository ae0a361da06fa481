import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FOLLOW_UP_BINS,
  followUpBin,
  funnelSteps,
  KpiInputError,
  promiseFunnel,
  PROMISE_FIELDS,
  PROMISE_OUTCOMES,
} from '../../src/kpi/index.js';
import type { PromiseFunnelRow } from '../../src/model/rows.js';

const row = (period: string, over: Partial<PromiseFunnelRow> = {}): PromiseFunnelRow => ({
  period,
  attempts: 1000,
  contacts: 400,
  rightPartyContacts: 250,
  promises: 80,
  pending: 5,
  matured: 60,
  kept: 36,
  partlyKept: 9,
  broken: 15,
  amountPromised: 60_000,
  amountPaid: 40_500,
  followUpUnder24h: 6,
  followUp24To48h: 3,
  followUp48To72h: 2,
  followUpOver72h: 1,
  followUpNone: 3,
  ...over,
});

describe('promiseFunnel', () => {
  it('rates with their parts, hand-checked', () => {
    const f = promiseFunnel([
      row('2025-02'),
      row('2025-01', {
        attempts: 500,
        contacts: 100,
        rightPartyContacts: 100,
        promises: 20,
        matured: 0,
        kept: 0,
        partlyKept: 0,
        broken: 0,
        amountPromised: 0,
        amountPaid: 0,
        followUpUnder24h: 0,
        followUp24To48h: 0,
        followUp48To72h: 0,
        followUpOver72h: 0,
        followUpNone: 0,
      }),
    ]);
    expect(f.periods.map((p) => p.period)).toEqual(['2025-01', '2025-02']);
    const feb = f.periods[1]!;
    expect(feb.contactRate).toEqual({ numerator: 400, denominator: 1000, rate: 0.4 });
    expect(feb.rpcRate).toEqual({ numerator: 250, denominator: 1000, rate: 0.25 });
    expect(feb.ptpRate).toEqual({ numerator: 80, denominator: 250, rate: 0.32 });
    // kept 36 of 60 matured = 60 %; the 5 pending promises are not in the denominator
    expect(feb.keptRate).toEqual({ numerator: 36, denominator: 60, rate: 0.6 });
    expect(feb.amountKeptRate).toEqual({ numerator: 40_500, denominator: 60_000, rate: 0.675 });
    // January: nothing matured → kept rate null, not 0
    expect(f.periods[0]!.keptRate.rate).toBeNull();
    // total: RPC (250 + 100) / (1000 + 500)
    expect(f.total.rpcRate).toEqual({ numerator: 350, denominator: 1500, rate: 350 / 1500 });
    expect(f.total.period).toBe('2025-01/2025-02');
  });

  it('adds rows of one period (e.g. one per team)', () => {
    const f = promiseFunnel([row('2025-01'), row('2025-01')]);
    expect(f.periods).toHaveLength(1);
    expect(f.periods[0]!.kept).toBe(72);
    expect(f.periods[0]!.keptRate.rate).toBe(0.6);
  });

  it.each([
    ['contacts above attempts', { contacts: 1001 }, /contacts is 1001, more than attempts 1000/],
    ['RPC above contacts', { rightPartyContacts: 401 }, /rightPartyContacts is 401, more than contacts 400/],
    ['promises above RPC', { promises: 251 }, /promises is 251, more than rightPartyContacts 250/],
    [
      'outcomes not adding up',
      { broken: 14, followUpNone: 2 },
      /kept 36 \+ partlyKept 9 \+ broken 14 is not matured 60/,
    ],
    ['follow-up not adding up', { followUpNone: 4 }, /follow-up bins add up to 16, not broken 15/],
    ['paid above promised', { amountPaid: 60_001 }, /amountPaid is 60001, more than amountPromised 60000/],
    ['a negative count', { pending: -1 }, /pending is -1, must be ≥ 0/],
  ])('refuses %s', (_name, over, message) => {
    expect(() => promiseFunnel([row('2025-01', over as Partial<PromiseFunnelRow>)])).toThrow(KpiInputError);
    expect(() => promiseFunnel([row('2025-01', over as Partial<PromiseFunnelRow>)])).toThrow(message);
  });

  it('funnel steps with conversions', () => {
    const steps = funnelSteps(row('2025-01'));
    expect(steps.map((s) => s.value)).toEqual([1000, 400, 250, 80]);
    expect(steps[0]!.conversion).toBeNull();
    expect(steps[2]!.conversion).toEqual({ numerator: 250, denominator: 400, rate: 0.625 });
  });

  it('follow-up bins are half-open at 24, 48 and 72 hours', () => {
    expect([0, 23.99, 24, 47.9, 48, 72, 500, null].map(followUpBin)).toEqual([0, 0, 1, 1, 2, 3, 3, 4]);
    expect(() => followUpBin(-1)).toThrow(/cannot come before the break/);
  });

  /** Well-formed rows: each step a part of the one before, outcomes and follow-up bins partitions. */
  const funnelRow = fc
    .record({
      month: fc.integer({ min: 1, max: 12 }),
      attempts: fc.integer({ min: 0, max: 10_000 }),
      f: fc.tuple(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
      ),
      matured: fc.integer({ min: 0, max: 3000 }),
      split: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
      bins: fc.array(fc.nat(100), { minLength: 5, maxLength: 5 }),
      promised: fc.integer({ min: 0, max: 1e7 }),
      paidShare: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ month, attempts, f, matured, split, bins, promised, paidShare }): PromiseFunnelRow => {
      const contacts = Math.floor(attempts * f[0]);
      const rightPartyContacts = Math.floor(contacts * f[1]);
      const promises = Math.floor(rightPartyContacts * f[2]);
      const kept = Math.floor(matured * split[0]);
      const partlyKept = Math.floor((matured - kept) * split[1]);
      const broken = matured - kept - partlyKept;
      const weight = bins.reduce((a, b) => a + b, 0) || 1;
      const counts = bins.map((b) => Math.floor((broken * b) / weight));
      counts[4] = broken - counts.slice(0, 4).reduce((a, b) => a + b, 0);
      const [followUpUnder24h, followUp24To48h, followUp48To72h, followUpOver72h, followUpNone] = counts as [
        number,
        number,
        number,
        number,
        number,
      ];
      return {
        period: `2025-${String(month).padStart(2, '0')}`,
        attempts,
        contacts,
        rightPartyContacts,
        promises,
        pending: promises - Math.floor(promises / 2),
        matured,
        kept,
        partlyKept,
        broken,
        amountPromised: promised,
        amountPaid: Math.floor(promised * paidShare),
        followUpUnder24h,
        followUp24To48h,
        followUp48To72h,
        followUpOver72h,
        followUpNone,
      };
    });

  it('property: every rate in [0, 1], steps never increase, outcomes add up to matured, bins to broken', () => {
    fc.assert(
      fc.property(fc.array(funnelRow, { maxLength: 20 }), (rows) => {
        const f = promiseFunnel(rows);
        for (const p of [...f.periods, f.total]) {
          for (const r of [
            p.contactRate,
            p.rpcRate,
            p.ptpRate,
            p.keptRate,
            p.partlyKeptRate,
            p.brokenRate,
            p.amountKeptRate,
          ]) {
            if (r.rate !== null) expect(r.rate >= 0 && r.rate <= 1).toBe(true);
            else expect(r.denominator).toBe(0);
          }
          const steps = funnelSteps(p);
          for (let i = 1; i < steps.length; i++) expect(steps[i]!.value).toBeLessThanOrEqual(steps[i - 1]!.value);
          expect(PROMISE_OUTCOMES.reduce((a, k) => a + p[k], 0)).toBe(p.matured);
          expect(FOLLOW_UP_BINS.reduce((a, k) => a + p[k], 0)).toBe(p.broken);
        }
      }),
    );
  });

  it('property: the total equals the sum of the periods, field by field (additive)', () => {
    fc.assert(
      fc.property(fc.array(funnelRow, { maxLength: 20 }), (rows) => {
        const f = promiseFunnel(rows);
        for (const field of PROMISE_FIELDS) {
          expect(f.total[field]).toBe(rows.reduce((a, r) => a + r[field], 0));
          expect(f.periods.reduce((a, p) => a + p[field], 0)).toBe(f.total[field]);
        }
      }),
    );
  });
});
