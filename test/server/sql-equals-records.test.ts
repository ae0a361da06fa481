/**
 * Same numbers everywhere: for the seeded portfolio, every metric × every filter the contract allows,
 * the SQL on DuckDB returns exactly what the `records` adapter computes in JS from the same rows
 * (counts equal, sums equal to the cent). The records adapter answers months; for quarters and years
 * its months are rolled up here (stocks at period end, flows summed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordsResponse } from '../../src/data/records.js';
import { validateResponse } from '../../src/data/validate.js';
import type { Query } from '../../src/model/metrics.js';
import { runMetric, SERVER_METRICS } from '../../src/server/metrics.js';
import { parseQuery } from '../../src/server/query.js';
import { boundFilters } from '../../src/server/scope.js';
import { toRecordSet, type DimensionedRecords } from '../../src/server/seed/record-set.js';
import { expected, normalise, queries, restrict } from './records-expected.js';
import { HOOK_DEADLINE, seededFixture, type Fixture } from './support.js';

let fx: Fixture;
let records: DimensionedRecords;

beforeAll(async () => {
  fx = await seededFixture();
  records = toRecordSet(fx.tables);
}, HOOK_DEADLINE);
afterAll(() => fx?.dispose());

describe('SQL on DuckDB = the records adapter, seeded portfolio', () => {
  it('the seed has every kind of record the metrics read', () => {
    for (const [name, list] of Object.entries(records)) expect(list.length, name).toBeGreaterThan(8);
    expect(fx.tables.account_period.some((r) => r.status !== 'active')).toBe(true);
  });

  for (const metric of SERVER_METRICS) {
    it(`${metric}: every filter`, async () => {
      let nonEmpty = 0;
      for (const raw of queries(fx.tables)) {
        const q = parseQuery(raw);
        const sql = await runMetric(fx.engine, metric, q, boundFilters(metric, q, {}), 30_000);
        const { interval: _interval, ...rest } = raw;
        const set = restrict(records, fx.tables.asOf, metric, q);
        const monthly = recordsResponse(set, metric, rest as Query);
        const js = expected(metric, q, monthly, set);
        const label = `${metric} ${JSON.stringify(raw)}`;
        validateResponse(metric, {
          meta: monthly.meta,
          rows: sql.rows,
          ...(sql.exposure ? { exposure: sql.exposure } : {}),
        });
        expect(normalise(sql.rows), label).toEqual(normalise(js.rows));
        if (metric === 'complaints')
          expect(normalise(sql.exposure!), `${label} exposure`).toEqual(normalise(js.exposure!));
        if (q.interval === 'quarter' && sql.rows.length && 'period' in sql.rows[0]!)
          expect(String(sql.rows[0].period), label).toMatch(/^\d{4}-Q[1-4]$/);
        if (sql.rows.length) nonEmpty++;
      }
      expect(nonEmpty).toBeGreaterThan(5);
    });
  }

  it('compliance finds breaches of every rule in the seed (so the equality above compares non-zero counts)', async () => {
    const q = parseQuery({});
    const { rows } = await runMetric(fx.engine, 'compliance', q, boundFilters('compliance', q, {}), 30_000);
    const byRule = new Map<string, number>();
    for (const r of rows) byRule.set(String(r.rule), (byRule.get(String(r.rule)) ?? 0) + Number(r.breaches));
    expect([...byRule].filter(([, n]) => n === 0)).toEqual([]);
    expect(byRule.size).toBe(12);
  });
});
