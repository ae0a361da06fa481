/**
 * The reference backend's `legal` metric on the seeded warehouse: every stage, sale and time bin occurs (so
 * the equality with the records adapter compares non-zero counts), rows hold together by `legalPipeline`'s
 * checks, legal recoveries are part of the recovery payments, and `to` cuts the stages seen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legalPipeline, LEGAL_FIELDS } from '../../src/kpi/legal.js';
import type { LegalRow } from '../../src/model/rows.js';
import { runMetric } from '../../src/server/metrics.js';
import { parseQuery } from '../../src/server/query.js';
import { boundFilters } from '../../src/server/scope.js';
import { HOOK_DEADLINE, seededFixture, type Fixture } from './support.js';

let fx: Fixture;
const legal = async (raw: Record<string, string>) => {
  const q = parseQuery(raw);
  return (await runMetric(fx.engine, 'legal', q, boundFilters('legal', q, {}), 30_000)).rows as unknown as LegalRow[];
};
beforeAll(async () => {
  fx = await seededFixture();
}, HOOK_DEADLINE);
afterAll(() => fx?.dispose());

describe('legal on the seeded warehouse', () => {
  it('has cases at every stage, sales, and each stage in more than one day bin', async () => {
    const { total } = legalPipeline(await legal({}));
    for (const f of ['referred', 'filed', 'judgment', 'enforced', 'recovered', 'sold', 'legalCost'] as const)
      expect(total[f], f).toBeGreaterThan(0);
    expect(total.filed).toBeLessThan(total.referred);
    expect(total.toFileUnder90d).toBeGreaterThan(0);
    expect(total.toJudgment90To180d + total.toJudgmentOver180d).toBeGreaterThan(0);
    expect(total.salePriceRate.rate ?? -1).toBeGreaterThanOrEqual(0.02);
    expect(total.salePriceRate.rate ?? 1).toBeLessThanOrEqual(0.12);
  });

  it('legal recoveries of charged-off accounts are their recovery payments; every one after enforcement, within the balance', () => {
    const paid = new Map(fx.tables.recovery_payments.map((p) => [`${p.account_id} ${p.paid_on}`, p.amount]));
    const chargedOff = new Set(fx.tables.charge_offs.map((c) => c.account_id));
    const recovered = (fx.tables.legal_cases ?? []).filter((c) => c.recovered_on !== null);
    expect(recovered.length).toBeGreaterThan(0);
    for (const c of recovered) {
      if (chargedOff.has(c.account_id)) expect(paid.get(`${c.account_id} ${c.recovered_on}`)).toBe(c.amount_recovered);
      expect(String(c.recovered_on) >= String(c.enforced_on)).toBe(true);
      expect(c.amount_recovered).toBeGreaterThan(0);
      expect(c.amount_recovered).toBeLessThanOrEqual(c.balance);
    }
  });

  it('`to` cuts the stages: a cohort seen at an earlier month end has at most what it has at the last', async () => {
    const all = await legal({});
    const first = all[0];
    expect(first).toBeDefined();
    const cohort = first?.cohort ?? '';
    const [early] = await legal({ from: cohort, to: cohort });
    expect(early?.referred).toBe(first?.referred);
    for (const f of LEGAL_FIELDS) expect(early?.[f] ?? 0, f).toBeLessThanOrEqual(first?.[f] ?? 0);
    expect((early?.filed ?? 0) + (early?.sold ?? 0)).toBeLessThan((first?.filed ?? 0) + (first?.sold ?? 0));
  });
});
