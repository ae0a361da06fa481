/**
 * Same numbers everywhere: for the seeded portfolio, every metric × every filter the contract allows,
 * the SQL on DuckDB returns exactly what the `records` adapter computes in JS from the same rows
 * (counts equal, sums equal to the cent).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordsResponse, type RecordSet } from '../../src/data/records.js';
import { validateResponse } from '../../src/data/validate.js';
import type { MetricName, Query } from '../../src/model/metrics.js';
import { runMetric, SERVER_METRICS } from '../../src/server/metrics.js';
import { parseQuery, type ServerQuery } from '../../src/server/query.js';
import { boundFilters } from '../../src/server/scope.js';
import { toRecordSet, type DimensionedRecords } from '../../src/server/seed/record-set.js';
import { seededFixture, type Fixture } from './support.js';

let fx: Fixture;
let records: DimensionedRecords;

beforeAll(async () => {
  fx = await seededFixture();
  records = toRecordSet(fx.tables);
});
afterAll(() => fx?.dispose());

const monthOf = (cohort: string, plus: number) => {
  const i = Number(cohort.slice(0, 4)) * 12 + Number(cohort.slice(5, 7)) - 1 + plus;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};
const inMonths = (m: string, q: ServerQuery) => (!q.from || m >= q.from) && (!q.to || m <= q.to);

/**
 * The records the query selects, as documented in docs/warehouse-schema.md: dimensions on every record;
 * vintage cohorts in [from, to] observed up to `to`; recovery cohorts in [from, to] with payments up to `to`;
 * agent activity by month. Period-keyed rows are range-filtered by `recordsResponse` itself.
 */
function restrict(metric: MetricName, q: ServerQuery): RecordSet {
  const dims = (r: { product?: string; region?: string; team?: string }) =>
    (metric === 'agents' || !q.product || r.product === q.product) && (!q.region || r.region === q.region) && (metric !== 'agents' || !q.team || r.team === q.team);
  return {
    snapshots: records.snapshots.filter((s) => dims(s) && (metric !== 'vintage' || (inMonths(s.cohort, q) && (!q.to || s.period <= q.to)))),
    chargeOffs: records.chargeOffs
      .filter((c) => dims(c) && inMonths(c.cohort, q))
      .map((c) => ({ ...c, recoveries: c.recoveries.filter((p) => !q.to || monthOf(c.cohort, p.month) <= q.to) })),
    agentActivity: records.agentActivity.filter((a) => dims(a) && inMonths(a.date, q)),
    complaints: records.complaints.filter(dims),
    contactAttempts: records.contactAttempts.filter(dims),
    meta: { asOf: fx.tables.asOf },
  };
}

const cents = (v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v);
function normalise(rows: readonly object[]): Record<string, unknown>[] {
  return rows
    .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cents(v)])))
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

/** Every filter the contract allows, alone and combined (interval: the one this backend serves). */
function queries(tables: Fixture['tables']): Record<string, string>[] {
  const products = [...new Set(tables.account_period.map((r) => r.product))].sort();
  const regions = [...new Set(tables.account_period.map((r) => r.region))].sort();
  const teams = [...new Set(tables.agents.map((a) => a.team))].sort();
  const mid = monthOf(tables.from, 3);
  return [
    {},
    { interval: 'month' },
    { from: tables.from, to: tables.to, interval: 'month' },
    { from: mid },
    { to: mid },
    { from: monthOf(tables.from, 2), to: mid },
    { from: mid, to: mid },
    ...products.map((product) => ({ product })),
    ...regions.map((region) => ({ region })),
    ...teams.map((team) => ({ team })),
    { agency: 'agency-1' },
    { product: products[0]!, region: regions[1]!, from: monthOf(tables.from, 1), to: monthOf(tables.from, 5) },
    { region: regions[2]!, team: teams[0]!, from: mid },
    { product: 'no-such-product' },
  ];
}

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
        const js = recordsResponse(restrict(metric, q), metric, rest as Query);
        const label = `${metric} ${JSON.stringify(raw)}`;
        validateResponse(metric, { meta: js.meta, rows: sql.rows, ...(sql.exposure ? { exposure: sql.exposure } : {}) });
        expect(normalise(sql.rows), label).toEqual(normalise(js.rows as object[]));
        if (metric === 'complaints') expect(normalise(sql.exposure!), `${label} exposure`).toEqual(normalise(js.exposure!));
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
    expect(byRule.size).toBe(7);
  });
});
