/**
 * The derived tables (src/server/seed/derived.ts) change speed, never answers: a database without them (a
 * bank's views, an older seed) gets them as views of the same SQL, and every metric answers the same as from
 * the seeded file that stores them. sql-equals-records.test.ts pins the stored ones to the records adapter.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Engine } from '../../src/server/engine/engine.js';
import { openDuckDb } from '../../src/server/engine/duckdb.js';
import { loadDuckDb } from '../../src/server/engine/load-duckdb.js';
import {
  DEFAULT_SETTINGS,
  metricParams,
  metricSql,
  namedParams,
  runMetric,
  SERVER_METRICS,
  sqlName,
  type MetricSettings,
} from '../../src/server/metrics.js';
import { parseQuery } from '../../src/server/query.js';
import { boundFilters } from '../../src/server/scope.js';
import {
  createDerivedTableSql,
  DERIVED_KEYS,
  DERIVED_TABLE_NAMES,
  DERIVED_TABLES,
  storedDerivedIn,
} from '../../src/server/seed/derived.js';
import { HOOK_DEADLINE, seededFixture, type Fixture } from './support.js';

let fx: Fixture;
let bare: Engine;

beforeAll(async () => {
  fx = await seededFixture();
  const file = join(fx.dir, 'bare.duckdb');
  copyFileSync(fx.file, file);
  const { DuckDBInstance } = await loadDuckDb();
  const db = await DuckDBInstance.create(file);
  const c = await db.connect();
  for (const name of DERIVED_TABLE_NAMES) await c.run(`DROP TABLE "${name}"`);
  c.closeSync();
  db.closeSync();
  bare = await openDuckDb(file, { connections: 2, threads: 1 });
}, HOOK_DEADLINE);
afterAll(() => {
  bare?.close();
  fx?.dispose();
});

it('the seed stores every derived table', async () => {
  const rows = await fx.engine.query(`SELECT table_name AS name FROM duckdb_tables()`, {}, 10_000);
  expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(DERIVED_TABLE_NAMES));
});

it('without the derived tables channels and compliance read the attempts (cells as views would compute every grain per request)', () => {
  expect([...(bare.storedDerived ?? ['?'])]).toEqual([]);
  expect([...(fx.engine.storedDerived ?? [])].sort()).toEqual([...DERIVED_TABLE_NAMES].sort());
  expect(sqlName('channels', {}, DEFAULT_SETTINGS, bare.storedDerived)).toBe('channels');
  expect(sqlName('compliance', {}, DEFAULT_SETTINGS, bare.storedDerived)).toBe('compliance');
  expect(sqlName('compliance', {}, DEFAULT_SETTINGS, fx.engine.storedDerived)).toBe('compliance-cells');
});

it('without the derived tables every metric answers the same (views of their SQL)', async () => {
  const queries = [
    '',
    'from=2024-03&to=2024-08',
    'region=north',
    'product=auto&from=2024-02',
    'to=2024-06&interval=quarter',
    'interval=year',
  ];
  for (const metric of SERVER_METRICS) {
    for (const qs of queries) {
      const q = parseQuery(Object.fromEntries(new URLSearchParams(qs)));
      const filters = boundFilters(metric, q, {});
      const stored = await runMetric(fx.engine, metric, q, filters, 60_000);
      const viewed = await runMetric(bare, metric, q, filters, 60_000);
      expect(viewed, `${metric}?${qs}`).toEqual(stored);
    }
  }
});

it('channels and compliance answer the same from their cells as from the attempts, for any rule settings', async () => {
  const variants: MetricSettings[] = [
    DEFAULT_SETTINGS,
    {
      ...DEFAULT_SETTINGS,
      cn: { ...DEFAULT_SETTINGS.cn, from: 9, until: 20, maxUnanswered: 1 },
      us: { from: 7, until: 22, maxCalls7Days: 1 },
    },
    {
      ...DEFAULT_SETTINGS,
      cn: { ...DEFAULT_SETTINGS.cn, maxUnanswered: 0 },
      us: { ...DEFAULT_SETTINGS.us, maxCalls7Days: 2 },
    },
  ];
  const queries = [
    '',
    'from=2024-03&to=2024-08',
    'region=north',
    'product=auto&from=2024-02',
    'to=2024-06&interval=quarter',
    'interval=year',
  ];
  let cells = 0;
  for (const settings of variants) {
    for (const metric of ['channels', 'compliance']) {
      for (const qs of queries) {
        const q = parseQuery(Object.fromEntries(new URLSearchParams(qs)));
        const filters = boundFilters(metric, q, {});
        if (sqlName(metric, q, settings) !== metric) cells++;
        const fromCells = await runMetric(fx.engine, metric, q, filters, 60_000, settings);
        const raw = await fx.engine.query(metricSql(metric), metricParams(metric, q, filters, settings), 60_000);
        // compliance adds the rules that read the attempts whatever the cells (compliance-cn-rules.sql)
        if (metric === 'compliance')
          raw.push(
            ...(await fx.engine.query(
              metricSql('compliance-cn-rules'),
              metricParams('compliance-cn-rules', q, filters, settings),
              60_000,
            )),
          );
        expect(fromCells.rows, `${metric}?${qs}`).toEqual(raw);
      }
    }
  }
  expect(cells).toBeGreaterThan(20);
  // Another default zone: the cells' local times do not apply, the attempts are read.
  expect(sqlName('compliance', {}, { ...DEFAULT_SETTINGS, cn: { ...DEFAULT_SETTINGS.cn, zone: 'Europe/Paris' } })).toBe(
    'compliance',
  );
});

/** The derived tables that moved compliance's cn rules, contact-hours, promises and quality off the attempts. */
const NEW_CELLS: Record<string, { totals: string; base: string }> = {
  // every attempt once, in its hour × party × run cell
  cn_rule_cells: {
    totals: `SELECT sum(attempts) AS n, sum(others * attempts) AS others FROM cn_rule_cells`,
    base: `SELECT count(*) AS n, count(*) FILTER (WHERE party <> 'debtor') AS others FROM contact_attempts`,
  },
  // every voice conversation once: debtor-days in one cell by their size, split ones row by row
  cn_talk_cells: {
    totals: `SELECT sum(CASE WHEN debtor IS NULL THEN talks * days ELSE talks END) AS n,
                    count(*) FILTER (WHERE debtor IS NOT NULL) AS split FROM cn_talk_cells`,
    base: `SELECT count(*) AS n, (SELECT count(*) FROM cn_talk_cells WHERE debtor IS NOT NULL) AS split
           FROM contact_attempts WHERE channel IN ('phone', 'ai-voice') AND conversation`,
  },
  // every attempt of a listed collector once
  contact_hour_cells: {
    totals: `SELECT sum(attempts) AS n, sum(promises) AS promises FROM contact_hour_cells`,
    base: `SELECT count(*) AS n, count(*) FILTER (WHERE promise_amount IS NOT NULL) AS promises
           FROM contact_attempts a JOIN agents g ON g.agent_id = a.agent_id`,
  },
  // every promise of a listed collector's attempt once, with its amount
  promise_cells: {
    totals: `SELECT sum(pledged) AS n, sum(promised) AS amount FROM promise_cells`,
    base: `SELECT count(*) AS n, sum(p.amount) AS amount FROM promises p
           JOIN contact_attempts a ON a.attempt_id = p.attempt_id JOIN agents g ON g.agent_id = a.agent_id`,
  },
  // every call with a collector once (on one of its grid's rows), every check of one by the two methods once
  quality_cells: {
    totals: `SELECT sum(calls) FILTER (WHERE k = 0 AND method = 'ai') AS n, sum(checked) FILTER (WHERE k = 0) AS checks
             FROM quality_cells`,
    base: `SELECT count(*) AS n, (SELECT count(*) FROM qa_checks q JOIN contact_attempts c ON c.attempt_id = q.attempt_id
                                  WHERE c.channel = 'phone' AND c.agent_id IS NOT NULL AND q.method IN ('ai', 'manual')) AS checks
           FROM contact_attempts WHERE channel = 'phone' AND agent_id IS NOT NULL`,
  },
  // every attempt of a listed collector once; every case (account, team, month) once: summed in its region's row,
  // or rows of its own (account_id set) when its collectors are of several regions
  workload_cells: {
    totals: `SELECT sum(attempts) AS n,
                    coalesce(sum(inventory) FILTER (WHERE account_id IS NULL), 0)
                      + (SELECT count(*) FROM (SELECT DISTINCT period, team, account_id FROM workload_cells
                                               WHERE account_id IS NOT NULL) AS m) AS cases
             FROM workload_cells`,
    base: `SELECT count(*) AS n,
                  (SELECT count(*) FROM (SELECT DISTINCT s.account_id, g.team, date_trunc('month', s.assigned_on)
                                         FROM assignments s JOIN agents g ON g.agent_id = s.agent_id) AS c) AS cases
           FROM contact_attempts a JOIN agents g ON g.agent_id = a.agent_id`,
  },
  // every account-month of customer_outcomes once, with its flags and complaints
  outcome_cells: {
    totals: `SELECT sum(accounts) AS n, sum(overdue_n) AS overdue, sum(cured_n) AS cured, sum(complained_n) AS complained,
                    sum(redefault6) AS redefault6 FROM outcome_cells`,
    base: `SELECT count(*) AS n, count(*) FILTER (WHERE overdue) AS overdue, count(*) FILTER (WHERE entered AND cured) AS cured,
                  sum(complained) AS complained, count(*) FILTER (WHERE arrangement AND redefault_6m) AS redefault6
           FROM customer_outcomes`,
  },
};

for (const [table, { totals, base }] of Object.entries(NEW_CELLS))
  it(`${table} equals its definition over the canonical tables, and counts each of their rows once`, async () => {
    const keys = (DERIVED_KEYS[table] ?? []).join(', ');
    const stored = await fx.engine.query(`SELECT * FROM "${table}" ORDER BY ${keys}`, {}, 60_000);
    const defined = await fx.engine.query(
      `SELECT * FROM (${DERIVED_TABLES[table] ?? ''}) AS d ORDER BY ${keys}`,
      {},
      60_000,
    );
    expect(stored.length).toBeGreaterThan(0);
    expect(stored).toEqual(defined);
    const [sums] = await fx.engine.query(totals, {}, 60_000);
    const [rows] = await fx.engine.query(base, {}, 60_000);
    expect(Object.values(sums ?? {}).map(Number)).toEqual(Object.values(rows ?? {}).map(Number));
    expect(Number(rows?.n)).toBeGreaterThan(0);
  });

it('a debtor whose conversations of a day span two products: counted whole without a filter, per product with one', async () => {
  // The seed's debtors keep one product; this copy adds one with an auto and a credit-card account, 2 + 2
  // conversations on 2024-03-05 (local): 4 > 3 breaches conversations-per-day overall, 2 per product does not.
  const file = join(fx.dir, 'split.duckdb');
  copyFileSync(fx.file, file);
  const { DuckDBInstance } = await loadDuckDb();
  const db = await DuckDBInstance.create(file);
  const c = await db.connect();
  await c.run(`INSERT INTO contact_attempts
    SELECT one.* REPLACE (900000000 + i AS attempt_id, CASE WHEN i < 2 THEN 'SPLIT-A' ELSE 'SPLIT-C' END AS account_id,
                      CASE WHEN i < 2 THEN 'auto' ELSE 'credit-card' END AS product, 'east' AS region,
                      'SPLIT' AS debtor_id, 'phone' AS channel, true AS conversation, true AS answered, 'debtor' AS party,
                      NULL AS agent_id, TIMESTAMPTZ '2024-03-05 02:00:00+00' + to_minutes(i) AS attempted_at,
                      'Asia/Shanghai' AS time_zone)
    FROM (SELECT * FROM contact_attempts LIMIT 1) AS one CROSS JOIN (SELECT range AS i FROM range(4)) AS r`);
  for (const name of ['cn_rule_cells', 'cn_talk_cells']) {
    await c.run(`DROP TABLE "${name}"`);
    await c.run(createDerivedTableSql(name));
  }
  const [split] = (
    await c.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM cn_talk_cells WHERE debtor = 'SPLIT'`)
  ).getRows();
  expect(split).toEqual([2]);
  c.closeSync();
  db.closeSync();
  const engine = await openDuckDb(file, { connections: 1, threads: 1 });
  try {
    const many = async (qs: string, name: string) => {
      const q = parseQuery(Object.fromEntries(new URLSearchParams(qs)));
      const params = metricParams('compliance-cn-rules', q, boundFilters('compliance', q, {}));
      const sql = metricSql(name);
      const rows = await engine.query(sql, namedParams(sql, params), 60_000);
      return rows.find((r) => r.period === '2024-03' && r.rule === 'cn-gbt-2025/conversations-per-day');
    };
    for (const qs of [
      'from=2024-03&to=2024-03',
      'product=auto&from=2024-03',
      'region=east&from=2024-03',
      'product=credit-card',
    ]) {
      const cells = await many(qs, 'compliance-cn-rules-cells');
      expect(cells, qs).toEqual(await many(qs, 'compliance-cn-rules'));
    }
    const all = await many('', 'compliance-cn-rules-cells');
    const auto = await many('product=auto', 'compliance-cn-rules-cells');
    const before = await runMetric(fx.engine, 'compliance', {}, boundFilters('compliance', {}, {}), 60_000);
    const was = before.rows.find((r) => r.period === '2024-03' && r.rule === 'cn-gbt-2025/conversations-per-day');
    expect(Number(all?.breaches) - Number(was?.breaches)).toBe(1);
    expect(Number(all?.checked) - Number(was?.checked)).toBe(4);
    expect(Number(auto?.checked)).toBeGreaterThan(0);
  } finally {
    engine.close();
  }
});

it('the cn rules, contact-hours, quality and promises answer the same from their cells as from the attempts, for any settings', async () => {
  const variants: MetricSettings[] = [
    DEFAULT_SETTINGS,
    { ...DEFAULT_SETTINGS, gbt: { zone: 'Asia/Shanghai', from: 9, until: 20, maxConversations: 1, failedBefore: 0 } },
    { ...DEFAULT_SETTINGS, gbt: { zone: 'Asia/Shanghai', from: 7, until: 23, maxConversations: 0, failedBefore: 2 } },
    { ...DEFAULT_SETTINGS, cnFailedBefore: 1 },
  ];
  // other ranges and filters than the tests above, and a team (contact-hours, quality, promises filter by it)
  const queries = [
    '',
    'from=2024-02&to=2024-07',
    'region=west',
    'product=cash-loan&to=2024-09',
    'from=2024-04&interval=quarter',
    'interval=year&region=east',
    'team=early-a&product=credit-card',
  ];
  const raw: Record<string, string> = {
    'compliance-cn-rules': 'compliance-cn-rules',
    'contact-hours': 'contact-hours',
    quality: 'quality',
    promises: 'promises',
    workload: 'workload',
  };
  let cells = 0;
  for (const settings of variants)
    for (const [metric, file] of Object.entries(raw))
      for (const qs of queries) {
        const q = parseQuery(Object.fromEntries(new URLSearchParams(qs)));
        const filters = boundFilters(metric === 'compliance-cn-rules' ? 'compliance' : metric, q, {});
        const name = sqlName(metric, q, settings, fx.engine.storedDerived);
        // quality by month reads its cells as coded rows (quality-cells-month.sql): compared as runMetric answers.
        const byMonth = metric === 'quality' && (q.interval ?? 'month') === 'month';
        expect(name, `${metric}?${qs}`).toBe(byMonth ? 'quality-cells-month' : `${metric}-cells`);
        const params = metricParams(metric, q, filters, settings);
        if (metric === 'promises') params.as_of = (await fx.engine.asOf()).slice(0, 10);
        const run = (sql: string) => fx.engine.query(sql, namedParams(sql, params), 60_000);
        const fromCells = byMonth
          ? (await runMetric(fx.engine, metric, q, filters, 60_000, settings)).rows
          : await run(metricSql(name));
        expect(fromCells, `${metric}?${qs}`).toEqual(await run(metricSql(file)));
        if (fromCells.length) cells++;
      }
  expect(cells).toBeGreaterThan(80);
  // Grace days or another zone for attempts without one: the attempts are read.
  expect(sqlName('promises', { grace: '3' }, DEFAULT_SETTINGS)).toBe('promises');
  const paris = {
    ...DEFAULT_SETTINGS,
    gbt: { zone: 'Europe/Paris', from: 8, until: 22, maxConversations: 3, failedBefore: 1 },
  };
  expect(sqlName('compliance-cn-rules', {}, paris)).toBe('compliance-cn-rules');
  expect(sqlName('contact-hours', {}, DEFAULT_SETTINGS, bare.storedDerived)).toBe('contact-hours');
  // Other buckets: workload_cells' outcomes do not apply, the snapshots are read.
  const buckets = DEFAULT_SETTINGS.buckets.map((b, i) =>
    i === 1 ? { ...b, maxDays: 29 } : i === 2 ? { ...b, minDays: 30 } : b,
  );
  expect(sqlName('workload', {}, DEFAULT_SETTINGS)).toBe('workload-cells');
  expect(sqlName('workload', {}, { ...DEFAULT_SETTINGS, buckets })).toBe('workload');
  expect(sqlName('workload', {}, DEFAULT_SETTINGS, bare.storedDerived)).toBe('workload');
});

it('workload: a case handed to collectors of two regions counts once from the cells, whatever regions are asked', async () => {
  // The seed hands an account to collectors of its own region; this copy also hands about a third of the cases, twice
  // over, to a collector of the same team in another region (so some cases have collectors of three regions).
  const file = join(fx.dir, 'regions.duckdb');
  copyFileSync(fx.file, file);
  const { DuckDBInstance } = await loadDuckDb();
  const db = await DuckDBInstance.create(file);
  const c = await db.connect();
  for (const salt of ['one', 'two'])
    await c.run(`INSERT INTO assignments
      SELECT DISTINCT o.agent_id, s.account_id, s.assigned_on, s.balance
      FROM assignments s
      JOIN agents g ON g.agent_id = s.agent_id
      JOIN (SELECT team, region, min(agent_id) AS agent_id FROM agents GROUP BY team, region) AS o
        ON o.team = g.team AND o.region <> g.region
       AND o.region = ['east', 'north', 'south', 'west'][(hash(s.account_id || '${salt}') % 4)::INTEGER + 1]
      WHERE hash(s.account_id || '${salt}') % 3 = 0
        AND NOT EXISTS (SELECT 1 FROM assignments x WHERE x.agent_id = o.agent_id AND x.account_id = s.account_id
                                                       AND x.assigned_on = s.assigned_on)`);
  await c.run(`DROP TABLE workload_cells`);
  await c.run(createDerivedTableSql('workload_cells'));
  const [multi] = (
    await c.runAndReadAll(
      `SELECT count(DISTINCT (period, team, account_id))::INTEGER FROM workload_cells WHERE account_id IS NOT NULL`,
    )
  ).getRows();
  expect(Number(multi?.[0])).toBeGreaterThan(100);
  c.closeSync();
  db.closeSync();
  const engine = await openDuckDb(file, { connections: 1, threads: 1 });
  try {
    // [query, regions of the caller's scope (several regions only come from a scope)]
    const cases: [string, string | null][] = [
      ['', null],
      ['region=north', null],
      ['', 'north,south'],
      ['team=early-a', 'east,west'],
      ['from=2024-03&to=2024-08&region=south', null],
      ['interval=quarter', 'north,east,south'],
      ['interval=year', null],
    ];
    for (const [qs, scope] of cases) {
      const q = parseQuery(Object.fromEntries(new URLSearchParams(qs)));
      const params = metricParams(
        'workload',
        q,
        boundFilters('workload', q, scope === null ? {} : { region: scope.split(',') }),
      );
      const run = (name: string) => {
        const sql = metricSql(name);
        return engine.query(sql, namedParams(sql, params), 60_000);
      };
      const cells = await run('workload-cells');
      expect(cells.length, `${qs} ${scope}`).toBeGreaterThan(0);
      expect(cells, `${qs} ${scope}`).toEqual(await run('workload'));
    }
  } finally {
    engine.close();
  }
});

it('outcomes answers the same from outcome_cells as from customer_outcomes, for any range, interval and filter', async () => {
  const queries = [
    '',
    'from=2024-03&to=2024-08',
    'from=2024-02&to=2024-07&interval=quarter',
    'interval=year&region=east',
    'product=cash-loan&to=2024-09',
    'segment=vulnerable',
    'segment=hardship&product=credit-card&interval=quarter',
    'region=north&segment=other&from=2024-04',
  ];
  let cells = 0;
  for (const qs of queries) {
    const q = parseQuery(Object.fromEntries(new URLSearchParams(qs)));
    const filters = boundFilters('outcomes', q, {});
    expect(sqlName('outcomes', q, DEFAULT_SETTINGS, fx.engine.storedDerived), qs).toBe('outcomes-cells');
    const params = metricParams('outcomes', q, filters);
    const run = (name: string) => {
      const sql = metricSql(name);
      return fx.engine.query(sql, namedParams(sql, params), 60_000);
    };
    const fromCells = await run('outcomes-cells');
    expect(fromCells, qs).toEqual(await run('outcomes'));
    cells += fromCells.length;
  }
  expect(cells).toBeGreaterThan(50);
  // A database without outcome_cells (an older seed; on ClickHouse and PostgreSQL it is optional): outcomes reads
  // customer_outcomes (outcomes.sql, equal to the cells on chdb and PostgreSQL in the *-layout tests).
  expect(sqlName('outcomes', {}, DEFAULT_SETTINGS, bare.storedDerived)).toBe('outcomes');
  const older = storedDerivedIn(new Set(DERIVED_TABLE_NAMES.filter((t) => t !== 'outcome_cells')));
  expect(older.has('outcome_cells')).toBe(false);
  expect(older.has('overdue_cells')).toBe(true);
  expect(sqlName('outcomes', {}, DEFAULT_SETTINGS, older)).toBe('outcomes');
  expect(sqlName('outcomes', {}, DEFAULT_SETTINGS)).toBe('outcomes-cells');
});
