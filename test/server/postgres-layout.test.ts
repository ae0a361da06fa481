/**
 * The PostgreSQL layout of docs/scaling.md, executed on the test server: `account_period` partitioned by
 * month of `period`, `contact_attempts` by month of `attempted_at`, the indexes of POSTGRES_INDEXES, the
 * derived tables with their key indexes; filled with two years of generated rows (generate_series, inside
 * the server) and analysed. The query plans (EXPLAIN, as the server binds the metric SQL) of the metrics that
 * read the raw tables show, for one month asked: only that month's attempt partitions scanned, and the date
 * indexes used; and the partitioned tables answer as plain ones do.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Engine } from '../../src/server/engine/engine.js';
import { openPostgres } from '../../src/server/engine/postgres.js';
import { metricParams, metricSql, namedParams, runMetric } from '../../src/server/metrics.js';
import { parseQuery } from '../../src/server/query.js';
import { boundFilters } from '../../src/server/scope.js';
import { buildDerived, POSTGRES_INDEXES, postgresWriter, type WarehouseWriter } from '../../src/server/seed/load.js';
import { DERIVED_KEYS } from '../../src/server/seed/derived.js';
import { CANONICAL_SCHEMA, PRIMARY_KEYS } from '../../src/server/seed/schema.js';
import { TABLE_NAMES } from '../../src/server/seed/tables.js';
import { createPgDatabase, requirePostgres } from './engines-support.js';
import { HOOK_DEADLINE } from './support.js';

/** Months of generated data: 2024-01 … 2025-12. */
const MONTHS = 24;
const ACCOUNTS = 2000;
const ATTEMPTS = 240_000;

/** `2024-01` + k months as `YYYY-MM`. */
const month = (k: number) => `${2024 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;

/** Partition name of `table` for month k. */
const part = (table: string, k: number) => `${table}_p${month(k).replace('-', '_')}`;

/** Canonical tables, the two big ones partitioned by month (their keys gain the partition column). */
async function createTables(w: WarehouseWriter): Promise<void> {
  const partitioned: Record<string, [string, string[], (k: number) => string]> = {
    account_period: ['period', ['account_id', 'period'], (k) => `'${month(k)}-01'`],
    contact_attempts: ['attempted_at', ['attempt_id', 'attempted_at'], (k) => `'${month(k)}-01 00:00:00+00'`],
  };
  for (const table of TABLE_NAMES) {
    const p = partitioned[table];
    if (!p) {
      await w.run(w.dialect.createTable(table, CANONICAL_SCHEMA[table], PRIMARY_KEYS[table] ?? []));
      continue;
    }
    const [column, key, bound] = p;
    await w.run(`${w.dialect.createTable(table, CANONICAL_SCHEMA[table], key)} PARTITION BY RANGE (${column})`);
    for (let k = 0; k < MONTHS; k++)
      await w.run(
        `CREATE TABLE ${part(table, k)} PARTITION OF ${table} FOR VALUES FROM (${bound(k)}) TO (${bound(k + 1)})`,
      );
  }
  for (const [table, cols] of Object.entries(POSTGRES_INDEXES))
    await w.run(`CREATE INDEX "${table}_${cols.join('_')}" ON "${table}" (${cols.join(', ')})`);
}

/** Two years of rows made inside the server (deterministic arithmetic on generate_series). */
const FILL = [
  `INSERT INTO agents SELECT 'A' || i, 'Agent ' || i, (ARRAY['early-a','early-b','mid','late','field'])[1 + i % 5],
     (ARRAY['east','north','south','west'])[1 + (i / 5) % 4] FROM generate_series(0, 49) i`,
  `INSERT INTO account_period (account_id, period, product, region, origination_month, original_amount, dpd, balance,
     prev_dpd, prev_balance, status, segment)
   SELECT 'AC' || (i / ${MONTHS}), (DATE '2024-01-01' + (i % ${MONTHS}) * INTERVAL '1 month')::date,
     (ARRAY['cash-loan','credit-card','auto'])[1 + (i / ${MONTHS}) % 3], (ARRAY['east','north','south','west'])[1 + (i / ${MONTHS} / 3) % 4],
     DATE '2023-06-01', 1000 + (i / ${MONTHS}) % 900, CASE WHEN i % 17 = 0 THEN i % 200 ELSE 0 END, (i % 5000) / 100.0,
     CASE WHEN i % ${MONTHS} > 0 THEN CASE WHEN (i - 1) % 17 = 0 THEN (i - 1) % 200 ELSE 0 END END,
     CASE WHEN i % ${MONTHS} > 0 THEN ((i - 1) % 5000) / 100.0 END, 'active',
     (ARRAY['vulnerable','hardship','other','other','other'])[1 + (i / ${MONTHS}) % 5]
   FROM generate_series(0, ${ACCOUNTS * MONTHS - 1}) i`,
  `INSERT INTO contact_attempts (attempt_id, account_id, contact_id, agent_id, channel, attempted_at, time_zone, answered,
     right_party, conversation, party, consent, collectors, promise_amount, promise_due, cost, collected, product, region)
   SELECT i, 'AC' || (i % ${ACCOUNTS}), 'AC' || (i % ${ACCOUNTS}) || '-1', CASE WHEN i % 10 < 7 THEN 'A' || (i % 50) END,
     (ARRAY['phone','phone','phone','sms','visit'])[1 + i % 5],
     TIMESTAMPTZ '2024-01-01 00:00:00+00' + (i % 730) * INTERVAL '1 day' + (i * 7919 % 86400) * INTERVAL '1 second',
     CASE WHEN i % 20 = 0 THEN 'America/Chicago' ELSE 'Asia/Shanghai' END, i % 10 < 4, i % 10 < 3, i % 10 < 3,
     CASE WHEN i % 97 = 0 THEN 'third-party' ELSE 'debtor' END, i % 50 = 0, NULL,
     CASE WHEN i % 10 = 0 THEN 100.00 END, CASE WHEN i % 10 = 0 THEN DATE '2024-01-08' + (i % 700) END, 0.80,
     CASE WHEN i % 25 = 0 THEN 100.00 ELSE 0 END,
     (ARRAY['cash-loan','credit-card','auto'])[1 + (i % ${ACCOUNTS}) % 3], (ARRAY['east','north','south','west'])[1 + ((i % ${ACCOUNTS}) / 3) % 4]
   FROM generate_series(0, ${ATTEMPTS - 1}) i`,
  `INSERT INTO promises (attempt_id, account_id, agent_id, due_on, amount, kept, paid)
   SELECT attempt_id, account_id, agent_id, promise_due, promise_amount, attempt_id % 10 < 6, 0
   FROM contact_attempts WHERE promise_amount IS NOT NULL AND agent_id IS NOT NULL`,
  `INSERT INTO agent_hours SELECT 'A' || (i % 50), DATE '2024-01-01' + i / 50, 7.50 FROM generate_series(0, 50 * 730 - 1) i`,
  `INSERT INTO assignments SELECT 'A' || (i % 50), 'AC' || i, DATE '2024-01-01' + (i % 730), 1000.00 FROM generate_series(0, 23999) i`,
  `INSERT INTO complaints SELECT 'CP' || i, 'AC' || (i % ${ACCOUNTS}), CASE WHEN i % 2 = 0 THEN 'A' || (i % 50) END,
     'auto', 'east', DATE '2024-01-01' + (i % 730), 'not-owed', 'phone', DATE '2024-01-16' + (i % 730), NULL, i % 3 = 0,
     'other'
   FROM generate_series(0, 4999) i`,
  `INSERT INTO charge_offs SELECT 'AC' || i, (DATE '2024-01-01' + (i % ${MONTHS}) * INTERVAL '1 month')::date, 5000.00,
     (ARRAY['cash-loan','credit-card','auto'])[1 + i % 3], (ARRAY['east','north','south','west'])[1 + i % 4]
   FROM generate_series(0, 47999) i`,
  `INSERT INTO recovery_payments SELECT 'AC' || (i % 48000), (DATE '2024-01-01' + (i % ${MONTHS}) * INTERVAL '1 month')::date
     + (i / 48000) * 30, 50.00, 10.00 FROM generate_series(0, 95999) i`,
  // outcomes per account-month, its flags read off the snapshot (arrangements and complaints by simple arithmetic)
  `INSERT INTO customer_outcomes SELECT account_id, period, segment, dpd > 0, coalesce(prev_dpd BETWEEN 1 AND 30, false),
     coalesce(prev_dpd BETWEEN 1 AND 30, false) AND dpd = 0, (dpd + EXTRACT(MONTH FROM period)::int) % 3 / 2, dpd % 7 = 1,
     dpd % 7 = 1 AND dpd > 100, dpd % 7 = 1 AND dpd > 50, product, region FROM account_period`,
];

/** The plan PostgreSQL makes for `file`'s SQL with the server's bind values for `raw`. */
async function plan(engine: Engine, file: string, metric: string, raw: Record<string, string>): Promise<string> {
  const q = parseQuery(raw);
  const sql = metricSql(file, engine.dialect);
  const params = metricParams(metric, q, boundFilters(metric, q, {}));
  const rows = await engine.query(`EXPLAIN (COSTS OFF) ${sql}`, namedParams(sql, params), 30_000);
  const text = rows.map((r) => String(Object.values(r)[0])).join('\n');
  if (process.env.PRINT_PLANS) console.log(`--- ${file} ${JSON.stringify(raw)}\n${text}`);
  return text;
}

/** Attempt partitions a plan scans. */
const attemptPartitions = (text: string) => [...new Set(text.match(/contact_attempts_p\d{4}_\d{2}/g) ?? [])].sort();

describe('PostgreSQL layout: partitions by month and the indexes of docs/scaling.md', () => {
  let engine: Engine | undefined;
  const march = { from: '2024-03', to: '2024-03' };
  beforeAll(async () => {
    if (inject('pgMissing')) return;
    const url = await createPgDatabase('layout_partitions');
    const w = await postgresWriter(url);
    await createTables(w);
    for (const sql of FILL) await w.run(sql);
    await w.run('ANALYZE');
    await buildDerived(w);
    await w.close();
    engine = await openPostgres(url, { connections: 2 });
  }, HOOK_DEADLINE);
  afterAll(() => engine?.close());

  it('the snapshots and the attempts are partitioned by month', async (ctx) => {
    requirePostgres(ctx);
    const rows = await engine!.query(
      `SELECT c.relname AS name, count(i.inhrelid)::int AS parts FROM pg_class c JOIN pg_inherits i ON i.inhparent = c.oid
       WHERE c.relkind = 'p' AND c.relname IN ('account_period', 'contact_attempts') GROUP BY 1 ORDER BY 1`,
      {},
      10_000,
    );
    expect(rows).toEqual([
      { name: 'account_period', parts: MONTHS },
      { name: 'contact_attempts', parts: MONTHS },
    ]);
  });

  for (const [file, metric] of [
    ['contact-hours', 'contact-hours'],
    ['compliance-cn-rules', 'compliance-cn-rules'],
    ['agents', 'agents'],
  ] as const)
    it(`${file}.sql: one month asked scans that month's attempt partition only (all 24 without bounds)`, async (ctx) => {
      requirePostgres(ctx);
      expect(attemptPartitions(await plan(engine!, file, metric, march))).toEqual(['contact_attempts_p2024_03']);
      expect(attemptPartitions(await plan(engine!, file, metric, {}))).toHaveLength(MONTHS);
    });

  it('agents.sql (a database without agent_cells) reads promises, assignments and complaints through their date indexes', async (ctx) => {
    requirePostgres(ctx);
    const text = await plan(engine!, 'agents', 'agents', march);
    for (const index of ['promises_due_on', 'assignments_assigned_on', 'complaints_received_on'])
      expect(text, text).toContain(index);
  });

  it('recovery.sql finds a month’s charge-offs through charge_offs (charge_off_month)', async (ctx) => {
    requirePostgres(ctx);
    const text = await plan(engine!, 'recovery', 'recovery', march);
    expect(text, text).toMatch(
      /Index Scan on charge_offs_charge_off_month|Index Scan using charge_offs_charge_off_month/,
    );
    expect(await plan(engine!, 'recovery', 'recovery', {}), 'no bounds: every charge-off').not.toContain(
      'charge_offs_charge_off_month',
    );
  });

  it('the cells of the cn rules, contact-hours, promises, quality, workload and outcomes: indexed by their keys, answering as their SQL over the partitions', async (ctx) => {
    requirePostgres(ctx);
    const cells = [
      'cn_rule_cells',
      'cn_talk_cells',
      'contact_hour_cells',
      'outcome_cells',
      'promise_cells',
      'quality_cells',
      'workload_cells',
    ];
    const indexes = await engine!.query(
      `SELECT tablename AS name, indexdef AS def FROM pg_indexes WHERE tablename IN (${cells.map((c) => `'${c}'`).join(', ')}) ORDER BY 1`,
      {},
      10_000,
    );
    expect(indexes.map((r) => r.name)).toEqual(cells);
    for (const r of indexes)
      expect(String(r.def)).toContain(`(${(DERIVED_KEYS[String(r.name)] ?? []).map((k) => k).join(', ')})`);
    const files = {
      'compliance-cn-rules-cells': 'compliance-cn-rules',
      'contact-hours-cells': 'contact-hours',
      'promises-cells': 'promises',
      'quality-cells': 'quality',
      'workload-cells': 'workload',
      'outcomes-cells': 'outcomes',
    };
    for (const [cellsFile, raw] of Object.entries(files))
      for (const query of [{}, { from: '2024-11', to: '2025-02', interval: 'quarter', team: 'mid' }]) {
        const metric = raw === 'compliance-cn-rules' ? 'compliance' : raw;
        const q = parseQuery(query);
        const params = metricParams(raw, q, boundFilters(metric, q, {}));
        if (raw === 'promises') params.as_of = (await engine!.asOf()).slice(0, 10);
        const run = (file: string) => {
          const sql = metricSql(file, engine!.dialect);
          return engine!.query(sql, namedParams(sql, params), 30_000);
        };
        const fromCells = await run(cellsFile);
        expect(fromCells.length, `${cellsFile} ${JSON.stringify(query)}`).toBeGreaterThan(0);
        expect(fromCells, `${cellsFile} ${JSON.stringify(query)}`).toEqual(await run(raw));
      }
  }, 120_000);

  it('the partitioned tables answer as the plain ones would: agents from agent_cells = agents.sql over the partitions', async (ctx) => {
    requirePostgres(ctx);
    for (const raw of [{}, march, { from: '2024-11', to: '2025-02' }, { team: 'mid' }]) {
      const q = parseQuery(raw);
      const filters = boundFilters('agents', q, {});
      const cells = await runMetric(engine!, 'agents', q, filters, 30_000);
      const sql = metricSql('agents', engine!.dialect);
      const rows = await engine!.query(sql, namedParams(sql, metricParams('agents', q, filters)), 30_000);
      expect(cells.rows.length).toBeGreaterThan(0);
      expect(cells.rows).toEqual(rows);
    }
  });
});
