/**
 * Days to cure in roll-rates.sql (issue #14): on the seeded warehouse every bin occurs, the bins of a cure
 * row add up to its accounts and are 0 elsewhere (cureDays accepts the response), and they count exactly the
 * cured account-months of the snapshots by their previous month's days past due (computed here from the
 * tables, not from src/kpi). The equality matrix (engines-equal) compares them on DuckDB, chdb and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateResponse } from '../../src/data/validate.js';
import { cureDays } from '../../src/kpi/cure.js';
import { runMetric } from '../../src/server/metrics.js';
import { parseQuery } from '../../src/server/query.js';
import { boundFilters } from '../../src/server/scope.js';
import { HOOK_DEADLINE, seededFixture, type Fixture } from './support.js';

let fx: Fixture;
beforeAll(async () => {
  fx = await seededFixture();
}, HOOK_DEADLINE);
afterAll(() => fx?.dispose());

async function rollRates(raw: Record<string, string>) {
  const q = parseQuery(raw);
  const { rows } = await runMetric(fx.engine, 'roll-rates', q, boundFilters('roll-rates', q, {}), 30_000);
  return validateResponse('roll-rates', { meta: { asOf: fx.tables.asOf }, rows }).rows;
}

describe('roll-rates SQL: days to cure', () => {
  it('fills every bin, adds up per cure row and equals the snapshots counted by hand', async () => {
    const rows = await rollRates({});
    const days = cureDays(rows);
    expect(days.reported).toBe(true);
    for (const v of days.total.cured) expect(v).toBeGreaterThan(0);
    expect(days.total.notCured).toBeGreaterThan(0);
    // By hand from the account snapshots: active at t−1 with dpd > 0 and active at t with dpd 0.
    const hand = [0, 0, 0, 0];
    for (const s of fx.tables.account_period) {
      if (s.status !== 'active' || s.dpd !== 0 || s.prev_dpd === null || !(s.prev_dpd > 0)) continue;
      const d = s.prev_dpd;
      const k = d <= 30 ? 0 : d <= 60 ? 1 : d <= 90 ? 2 : 3;
      hand[k] = (hand[k] ?? 0) + 1;
    }
    expect(days.total.cured).toEqual(hand);
  });

  it('quarters add their months', async () => {
    const months = cureDays(await rollRates({})).total;
    const quarters = cureDays(await rollRates({ interval: 'quarter' })).total;
    expect(quarters).toEqual(months);
  });
});
