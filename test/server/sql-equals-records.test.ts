/**
 * Same numbers everywhere: for the seeded portfolio, every metric × every filter the contract allows,
 * the SQL on DuckDB returns exactly what the `records` adapter computes in JS from the same rows
 * (counts equal, sums equal to the cent). The records adapter answers months; for quarters and years
 * its months are rolled up here (stocks at period end, flows summed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordsResponse, type RecordSet } from '../../src/data/records.js';
import { validateResponse } from '../../src/data/validate.js';
import type { MetricName, Query } from '../../src/model/metrics.js';
import { runMetric, SERVER_METRICS } from '../../src/server/metrics.js';
import { parseQuery, type ServerQuery } from '../../src/server/query.js';
import { boundFilters } from '../../src/server/scope.js';
import { toRecordSet, type DimensionedRecords } from '../../src/server/seed/record-set.js';
import { HOOK_DEADLINE, seededFixture, type Fixture } from './support.js';

let fx: Fixture;
let records: DimensionedRecords;

beforeAll(async () => {
  fx = await seededFixture();
  records = toRecordSet(fx.tables);
}, HOOK_DEADLINE);
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
    (metric === 'agents' || !q.product || r.product === q.product) &&
    (!q.region || r.region === q.region) &&
    (metric !== 'agents' || !q.team || r.team === q.team);
  return {
    snapshots: records.snapshots.filter(
      (s) => dims(s) && (metric !== 'vintage' || (inMonths(s.cohort, q) && (!q.to || s.period <= q.to))),
    ),
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

const labelOf = (interval: string | undefined) => (month: string) =>
  interval === 'quarter'
    ? `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`
    : interval === 'year'
      ? month.slice(0, 4)
      : month;

/** Sums rows by their key fields (period relabelled); `stock`: keep each label's last month instead. */
function rollUp(
  rows: readonly object[],
  label: (m: string) => string,
  keys: string[],
  stock: boolean,
): Record<string, unknown>[] {
  const out = new Map<string, Record<string, unknown>>();
  const last = new Map<string, string>();
  if (stock)
    for (const r of rows as { period: string }[])
      last.set(label(r.period), r.period > (last.get(label(r.period)) ?? '') ? r.period : last.get(label(r.period))!);
  for (const r of rows as Record<string, unknown>[]) {
    const period = String(r.period);
    if (stock && last.get(label(period)) !== period) continue;
    const row: Record<string, unknown> = { ...r, period: label(period) };
    const key = keys.map((k) => String(row[k])).join('\u0000');
    const acc = out.get(key);
    if (!acc) out.set(key, row);
    else
      for (const [k, v] of Object.entries(row))
        if (typeof v === 'number' && !keys.includes(k)) acc[k] = (acc[k] as number) + v;
  }
  return [...out.values()];
}

/**
 * The records adapter's monthly answer rolled up to the query's interval, as the contract defines it:
 * stocks (overdue, exposure) at period end, flows summed; channel accounts counted once per period (from
 * the attempts, since monthly distinct counts do not add).
 */
function expected(metric: MetricName, q: ServerQuery, js: { rows: object[]; exposure?: object[] }, set: RecordSet) {
  const label = labelOf(q.interval);
  if (!q.interval || q.interval === 'month' || ['vintage', 'recovery', 'agents'].includes(metric)) return js;
  switch (metric) {
    case 'overdue':
      return { rows: rollUp(js.rows, label, ['period', 'bucket'], true) };
    case 'roll-rates':
      return { rows: rollUp(js.rows, label, ['period', 'from', 'to'], false) };
    case 'complaints':
      return {
        rows: rollUp(js.rows, label, ['period', 'category', 'channel'], false),
        exposure: rollUp(js.exposure ?? [], label, ['period'], true),
      };
    case 'compliance':
      return { rows: rollUp(js.rows, label, ['period', 'rule'], false) };
    default: {
      const groups = new Map<
        string,
        {
          period: string;
          channel: string;
          attempts: number;
          contacts: number;
          ids: Set<string>;
          cost: number;
          collected: number;
        }
      >();
      for (const a of set.contactAttempts as DimensionedRecords['contactAttempts']) {
        const month = new Date(String(a.at)).toISOString().slice(0, 7);
        if (!inMonths(month, q)) continue;
        const key = `${label(month)} ${a.channel}`;
        let g = groups.get(key);
        if (!g)
          groups.set(
            key,
            (g = {
              period: label(month),
              channel: a.channel!,
              attempts: 0,
              contacts: 0,
              ids: new Set(),
              cost: 0,
              collected: 0,
            }),
          );
        g.attempts++;
        if (a.answered) g.contacts++;
        g.ids.add(a.accountId!);
        g.cost += a.cost ?? 0;
        g.collected += a.collected ?? 0;
      }
      return { rows: [...groups.values()].map(({ ids, ...g }) => ({ ...g, accounts: ids.size })) };
    }
  }
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
    { interval: 'quarter' },
    { interval: 'year' },
    { interval: 'quarter', from: monthOf(tables.from, 1), to: monthOf(tables.from, 7), region: regions[0]! },
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
        const set = restrict(metric, q);
        const monthly = recordsResponse(set, metric, rest as Query);
        const js = expected(metric, q, monthly as { rows: object[]; exposure?: object[] }, set);
        const label = `${metric} ${JSON.stringify(raw)}`;
        validateResponse(metric, {
          meta: monthly.meta,
          rows: sql.rows,
          ...(sql.exposure ? { exposure: sql.exposure } : {}),
        });
        expect(normalise(sql.rows), label).toEqual(normalise(js.rows as object[]));
        if (metric === 'complaints')
          expect(normalise(sql.exposure!), `${label} exposure`).toEqual(normalise(js.exposure!));
        if (q.interval === 'quarter' && sql.rows.length && 'period' in sql.rows[0]!)
          expect(String(sql.rows[0]!.period), label).toMatch(/^\d{4}-Q[1-4]$/);
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
