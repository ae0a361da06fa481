import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KpiInputError, LEGAL_FIELDS, legalPipeline } from '../../src/kpi/index.js';
import { legalCasesToRows, type LegalCaseRecord } from '../../src/kpi/legal-records.js';

const day = (base: string, plus: number) =>
  new Date(Date.parse(`${base}T00:00:00Z`) + plus * 86_400_000).toISOString().slice(0, 10);

/** Three cases of 2024-01 and one of 2024-02; every figure below is counted by hand from them. */
const CASES: LegalCaseRecord[] = [
  {
    referredOn: '2024-01-10',
    balance: 1000.1,
    filedOn: '2024-01-30', // 20 days
    judgmentOn: '2024-05-09', // 100 days
    enforcedOn: '2024-11-05', // 180 days
    recoveredOn: '2024-11-15', // 10 days
    amountRecovered: 300.2,
    filingCost: 50.05,
    enforcementCost: 20.1,
  },
  { referredOn: '2024-01-20', balance: 500, soldOn: '2024-03-20', salePrice: 25.5 },
  { referredOn: '2024-01-31', balance: 200, filedOn: '2024-06-28', filingCost: 10 }, // 149 days
  { referredOn: '2024-02-01', balance: 300 },
];

describe('legalCasesToRows', () => {
  it('counts stages, amounts, costs, sales and day bins per referral month (hand-checked)', () => {
    const [jan, feb] = legalCasesToRows(CASES);
    expect(jan).toMatchObject({
      cohort: '2024-01',
      referred: 3,
      filed: 2,
      judgment: 1,
      enforced: 1,
      recovered: 1,
      balanceReferred: 1700.1,
      balanceFiled: 1200.1,
      balanceJudgment: 1000.1,
      balanceEnforced: 1000.1,
      amountRecovered: 300.2,
      legalCost: 80.15,
      sold: 1,
      balanceSold: 500,
      salePrice: 25.5,
      toFileUnder90d: 1,
      toFile90To180d: 1,
      toFileOver180d: 0,
      toJudgmentUnder90d: 0,
      toJudgment90To180d: 1,
      toEnforceOver180d: 1,
      toRecoverUnder90d: 1,
    });
    expect(feb).toMatchObject({ cohort: '2024-02', referred: 1, filed: 0, balanceReferred: 300, legalCost: 0 });
  });

  it('`to` keeps cohorts up to it and the stages seen by its month end; `from` drops earlier cohorts', () => {
    const [jan, ...rest] = legalCasesToRows(CASES, { to: '2024-05' });
    expect(rest.map((r) => r.cohort)).toEqual(['2024-02']);
    expect(legalCasesToRows(CASES, { to: '2024-01' }).map((r) => r.cohort)).toEqual(['2024-01']);
    expect(jan).toMatchObject({ filed: 1, judgment: 1, enforced: 0, recovered: 0, legalCost: 50.05, sold: 1 });
    expect(legalCasesToRows(CASES, { to: '2024-02' })[0]).toMatchObject({ filed: 1, judgment: 0, sold: 0 });
    expect(legalCasesToRows(CASES, { from: '2024-02' }).map((r) => r.cohort)).toEqual(['2024-02']);
  });

  it('balances that add up above the referred balance only in floating point still hold together (in cents)', () => {
    const rows = legalCasesToRows([
      { referredOn: '2024-04-01', balance: 8744.58, soldOn: '2024-04-01', salePrice: 0 },
      { referredOn: '2024-04-01', balance: 6909.8, filedOn: '2024-04-01' },
    ]);
    expect(rows[0]).toMatchObject({ balanceReferred: 15654.38, balanceSold: 8744.58, balanceFiled: 6909.8 });
    expect(legalPipeline(rows).total.referred).toBe(2);
  });

  it.each([
    [{ referredOn: '2024-13-01', balance: 1 }, 'referredOn'],
    [{ referredOn: '2024-01-01', balance: -1 }, 'balance'],
    [{ referredOn: '2024-01-01', balance: 1, judgmentOn: '2024-02-01' }, 'judgmentOn'],
    [{ referredOn: '2024-01-05', balance: 1, filedOn: '2024-01-04' }, 'filedOn'],
    [{ referredOn: '2024-01-05', balance: 1, filedOn: '2024-01-06', soldOn: '2024-03-01' }, 'soldOn'],
    [{ referredOn: '2024-01-05', balance: 1, soldOn: '2024-01-01' }, 'soldOn'],
  ] as [LegalCaseRecord, string][])('rejects a bad case naming the field (%j)', (c, field) => {
    let error: unknown;
    try {
      legalCasesToRows([c]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KpiInputError);
    expect((error as KpiInputError).field).toBe(field);
  });

  const caseArb = fc
    .record({
      month: fc.integer({ min: 0, max: 5 }),
      d: fc.integer({ min: 1, max: 28 }),
      balance: fc.integer({ min: 1, max: 1_000_000 }).map((c) => c / 100),
      gaps: fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 4, maxLength: 4 }),
      reach: fc.integer({ min: 0, max: 4 }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      sold: fc.boolean(),
    })
    .map(({ month, d, balance, gaps, reach, share, sold }): LegalCaseRecord => {
      const referredOn = `2024-0${month + 1}-${String(d).padStart(2, '0')}`;
      const dates: string[] = [];
      let at = referredOn;
      for (let k = 0; k < reach; k++) dates.push((at = day(at, gaps[k] ?? 0)));
      return {
        referredOn,
        balance,
        filedOn: dates[0] ?? null,
        judgmentOn: dates[1] ?? null,
        enforcedOn: dates[2] ?? null,
        recoveredOn: dates[3] ?? null,
        amountRecovered: Math.round(balance * share * 100) / 100,
        filingCost: 12.34,
        enforcementCost: 5.67,
        soldOn: reach === 0 && sold ? day(referredOn, gaps[0] ?? 0) : null,
        salePrice: Math.round(balance * share * 10) / 100,
      };
    });

  it('property: rows hold together for legalPipeline, and an earlier `to` never shows more', () => {
    fc.assert(
      fc.property(fc.array(caseArb, { maxLength: 40 }), fc.integer({ min: 0, max: 20 }), (cases, cut) => {
        const all = legalCasesToRows(cases);
        expect(() => legalPipeline(all)).not.toThrow();
        expect(all.reduce((a, r) => a + r.referred, 0)).toBe(cases.length);
        const to = `${2024 + Math.floor(cut / 12)}-${String((cut % 12) + 1).padStart(2, '0')}`;
        for (const early of legalCasesToRows(cases, { to })) {
          const full = all.find((r) => r.cohort === early.cohort);
          for (const f of LEGAL_FIELDS) expect(early[f], f).toBeLessThanOrEqual(full?.[f] ?? -1);
        }
      }),
    );
  });
});
