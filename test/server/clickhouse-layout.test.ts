/**
 * The ClickHouse layout of docs/scaling.md, executed on chdb: `account_period` a MergeTree sorted by
 * (period, account_id); `overdue_cells`, `roll_cells` and `vintage_cells` SummingMergeTree tables fed by
 * materialised views while the snapshots are inserted in batches (each insert adds a part of partial sums:
 * the metrics sum the cells again, so unmerged parts do not matter). The metrics read from the views' tables
 * equal the same metric SQL with the cells computed from the snapshot table — before and after the parts
 * merge. Then the scale-out equivalent on one process: chdb has no cluster (a `Distributed` table is
 * refused), so four shard tables (accounts placed by cityHash64(account_id)), each with its own views, under `Merge` tables carrying the canonical
 * names, give the same answers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSql } from '../../src/server/engine/dialect.js';
import { openChdb } from '../../src/server/engine/clickhouse.js';
import type { Engine } from '../../src/server/engine/engine.js';
import { metricParams, metricSql, namedParams, runMetric } from '../../src/server/metrics.js';
import { parseQuery } from '../../src/server/query.js';
import { boundFilters } from '../../src/server/scope.js';
import {
  createDerivedTableSql,
  DERIVED_KEYS,
  DERIVED_TABLE_NAMES,
  DERIVED_TEMPLATES,
} from '../../src/server/seed/derived.js';
import { chdbWriter, zonesIn, type WarehouseWriter } from '../../src/server/seed/load.js';
import { CANONICAL_SCHEMA, PRIMARY_KEYS } from '../../src/server/seed/schema.js';
import { simulateTables, type SimulatedPortfolio } from '../../src/server/seed/simulate.js';
import { TABLE_NAMES } from '../../src/server/seed/tables.js';
import { queries } from './records-expected.js';
import { HOOK_DEADLINE, SMALL } from './support.js';

/** The derived tables that are sums of snapshot rows: kept by materialised views (docs/scaling.md). */
const VIEW_CELLS = ['overdue_cells', 'roll_cells', 'vintage_cells'] as const;

/** The metrics that read them (complaints reads overdue_cells for its exposure, a second statement). */
const VIEW_METRICS = ['overdue', 'roll-rates', 'vintage'] as const;

/** Derived tables of attempt-level state (windows per debt, per debtor-day, follow-ups): rebuilt per month. */
const MONTHLY_CELLS = [
  'cn_rule_cells',
  'cn_talk_cells',
  'contact_hour_cells',
  'promise_cells',
  'quality_cells',
  'workload_cells',
  'outcome_cells',
];

/** The SQL files that read those cells → the SQL over the canonical tables they equal. */
const CELLS_FILES = {
  'compliance-cn-rules-cells': 'compliance-cn-rules',
  'contact-hours-cells': 'contact-hours',
  'promises-cells': 'promises',
  'quality-cells': 'quality',
  'workload-cells': 'workload',
  'outcomes-cells': 'outcomes',
} as const;

const SHARDS = 4;

const PORTFOLIO = { ...SMALL, accounts: 200 };

/** `CREATE TABLE` of a view's target (SummingMergeTree, columns typed by the cells' SQL) and the view. */
async function createCellsView(w: WarehouseWriter, cells: string, source: string, suffix = ''): Promise<void> {
  const sql = renderSql(DERIVED_TEMPLATES[cells] ?? '', w.dialect).replace(/FROM account_period\b/, `FROM ${source}`);
  const keys = (DERIVED_KEYS[cells] ?? []).join(', ');
  await w.run(
    `CREATE TABLE ${cells}${suffix} ENGINE = SummingMergeTree ORDER BY (${keys}) SETTINGS allow_nullable_key = 1 EMPTY AS ${sql}`,
  );
  await w.run(`CREATE MATERIALIZED VIEW ${cells}${suffix}_mv TO ${cells}${suffix} AS ${sql}`);
}

/**
 * Loads `t` into a chdb folder with the views in place before the snapshots arrive (in 3 batches of accounts).
 * `sharded`: account_period and the view tables as 4 shard tables under `Merge` tables of the canonical names.
 */
async function load(dir: string, t: SimulatedPortfolio, sharded: boolean): Promise<void> {
  const w = await chdbWriter(dir, zonesIn(t));
  const columns = CANONICAL_SCHEMA.account_period;
  const shardNames = sharded ? [...Array(SHARDS).keys()].map((s) => `_s${s}`) : [''];
  for (const suffix of shardNames) {
    await w.run(
      w.dialect
        .createTable('account_period', columns, PRIMARY_KEYS.account_period ?? [])
        .replace('"account_period"', `"account_period${suffix}"`),
    );
    for (const cells of VIEW_CELLS) await createCellsView(w, cells, `account_period${suffix}`, suffix);
  }
  if (sharded)
    for (const table of ['account_period', ...VIEW_CELLS])
      await w.run(`CREATE TABLE ${table} AS ${table}_s0 ENGINE = Merge(currentDatabase(), '^${table}_s[0-9]+$')`);
  for (const table of TABLE_NAMES) {
    if (table === 'account_period') continue;
    const cols = CANONICAL_SCHEMA[table];
    await w.run(w.dialect.createTable(table, cols, PRIMARY_KEYS[table] ?? []));
    const rows = (t[table] ?? []) as unknown as Record<string, unknown>[];
    if (rows.length) await w.insert(table, Object.keys(cols), rows);
  }
  // Snapshots in batches of accounts: each batch holds every month, so each cell gets a partial row per insert.
  // Sharded, a batch goes through a staging table to the shards by cityHash64(account_id), the sharding key
  // of docs/scaling.md's Distributed table (an account whole in one shard).
  const rows = t.account_period as unknown as Record<string, unknown>[];
  if (sharded) await w.run(`CREATE TABLE account_period_staging AS account_period_s0 ENGINE = Memory`);
  for (let batch = 0; batch < 3; batch++) {
    const part = rows.filter((_, i) => i % 3 === batch);
    if (!sharded) {
      await w.insert('account_period', Object.keys(columns), part);
      continue;
    }
    await w.run('TRUNCATE TABLE account_period_staging');
    await w.insert('account_period_staging', Object.keys(columns), part);
    for (const [s, suffix] of shardNames.entries())
      await w.run(
        `INSERT INTO account_period${suffix} SELECT * FROM account_period_staging WHERE cityHash64(account_id) % ${SHARDS} = ${s}`,
      );
  }
  if (sharded) await w.run('DROP TABLE account_period_staging');
  for (const name of DERIVED_TABLE_NAMES)
    if (!(VIEW_CELLS as readonly string[]).includes(name)) await w.run(createDerivedTableSql(name, w.dialect));
  await w.run(w.dialect.createTable('collectkit_meta', { as_of: 'VARCHAR NOT NULL', source: 'VARCHAR NOT NULL' }, []));
  await w.insert('collectkit_meta', ['as_of', 'source'], [{ as_of: t.asOf, source: 'layout test' }]);
  await w.close();
}

/** The filters asked: none, a region, quarters, and product × region × months (the matrix test sweeps them all). */
function filters(t: SimulatedPortfolio): Record<string, string>[] {
  const all = queries(t);
  const only = (key: string, value?: string) =>
    all.find((q) => Object.keys(q).join() === key && (value === undefined || q[key] === value)) ?? {};
  return [{}, only('region'), only('interval', 'quarter'), all.at(-3) ?? {}];
}

/** `metric`'s answer for every filter, read through the engine as the server does. */
async function answers(engine: Engine, t: SimulatedPortfolio, metric: string): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const raw of filters(t)) {
    const q = parseQuery(raw);
    out.push(await runMetric(engine, metric, q, boundFilters(metric, q, {}), 30_000));
  }
  return out;
}

/** `metric`'s answer for every filter with each view table replaced by its SQL over account_period. */
async function fromBaseTable(engine: Engine, t: SimulatedPortfolio, metric: string): Promise<unknown[]> {
  const dialect = engine.dialect;
  if (!dialect) throw new Error('The chdb engine names its dialect.');
  let sql = metricSql(metric, dialect);
  for (const cells of VIEW_CELLS)
    sql = sql.replace(
      new RegExp(`FROM ${cells}\\b`, 'g'),
      `FROM (${renderSql(DERIVED_TEMPLATES[cells] ?? '', dialect)}) AS ${cells}`,
    );
  const out: unknown[] = [];
  for (const raw of filters(t)) {
    const q = parseQuery(raw);
    const params = metricParams(metric, q, boundFilters(metric, q, {}));
    out.push({ rows: await engine.query(sql, namedParams(sql, params), 30_000) });
  }
  return out;
}

/** Rows and distinct keys of a view's table (rows > keys: parts of partial sums not merged yet). */
async function rowsAndKeys(engine: Engine, cells: string): Promise<[number, number]> {
  const keys = (DERIVED_KEYS[cells] ?? []).join(', ');
  const [r] = await engine.query(
    `SELECT toUInt32(count()) AS n, toUInt32(uniqExact(${keys})) AS k FROM ${cells}`,
    {},
    30_000,
  );
  return [Number(r?.n), Number(r?.k)];
}

describe('ClickHouse layout (chdb): MergeTree snapshots, materialised views, shards', () => {
  const tables = simulateTables(PORTFOLIO);
  const dir = mkdtempSync(join(tmpdir(), 'collectkit-chlayout-'));
  /** Each metric's answers per filter from the single-node layout's views. */
  const single = new Map<string, unknown[]>();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe('one node', () => {
    let engine: Engine;
    beforeAll(async () => {
      await load(join(dir, 'one'), tables, false);
      engine = await openChdb(join(dir, 'one'), { writable: true });
    }, HOOK_DEADLINE);
    afterAll(() => engine.close());

    it('account_period is a MergeTree sorted by (period, account_id); the cells are views into SummingMergeTree', async () => {
      const rows = await engine.query(
        `SELECT name, engine, sorting_key AS key FROM system.tables WHERE database = currentDatabase() AND name IN ('account_period', 'overdue_cells', 'overdue_cells_mv') ORDER BY name`,
        {},
        10_000,
      );
      expect(rows).toEqual([
        { name: 'account_period', engine: 'MergeTree', key: 'period, account_id' },
        { name: 'overdue_cells', engine: 'SummingMergeTree', key: 'period, product, region, dpd' },
        { name: 'overdue_cells_mv', engine: 'MaterializedView', key: '' },
      ]);
      const [n] = await engine.query(`SELECT toUInt32(count()) AS n FROM account_period`, {}, 10_000);
      expect(Number(n?.n)).toBe(tables.account_period.length);
    });

    for (const metric of VIEW_METRICS)
      it(`${metric}: from the views' tables = from account_period, before and after the parts merge`, async () => {
        const base = await fromBaseTable(engine, tables, metric);
        expect(base.some((a) => (a as { rows: unknown[] }).rows.length > 0)).toBe(true);
        expect(await answers(engine, tables, metric)).toEqual(base);
        for (const cells of VIEW_CELLS) await engine.query(`OPTIMIZE TABLE ${cells} FINAL`, {}, 30_000);
        for (const cells of VIEW_CELLS) {
          const [n, k] = await rowsAndKeys(engine, cells);
          expect(n, `${cells} merged to one row per key`).toBe(k);
        }
        const merged = await answers(engine, tables, metric);
        expect(merged).toEqual(base);
        single.set(metric, merged);
      });

    it('the cells of the cn rules, contact-hours, promises, quality, workload and outcomes: MergeTree by their keys, rebuilt month by month as one build, answering as the canonical tables', async () => {
      const names = MONTHLY_CELLS;
      const dialect = engine.dialect;
      expect(dialect?.name).toBe('clickhouse');
      if (!dialect) return;
      const sorted = await engine.query(
        `SELECT name, engine, sorting_key AS key FROM system.tables WHERE database = currentDatabase() AND name IN (${names.map((n) => `'${n}'`).join(', ')}) ORDER BY name`,
        {},
        10_000,
      );
      expect(sorted).toEqual(
        [...names].sort().map((name) => ({ name, engine: 'MergeTree', key: (DERIVED_KEYS[name] ?? []).join(', ') })),
      );
      for (const name of names) {
        // A monthly load rebuilds the months it touched: INSERT … SELECT of the definition WHERE period = <month>.
        const sql = renderSql(DERIVED_TEMPLATES[name] ?? '', dialect);
        const keys = (DERIVED_KEYS[name] ?? []).join(', ');
        await engine.query(
          `CREATE TABLE ${name}_monthly ENGINE = MergeTree ORDER BY (${keys}) SETTINGS allow_nullable_key = 1 EMPTY AS ${sql}`,
          {},
          30_000,
        );
        const months = await engine.query(`SELECT DISTINCT toString(period) AS m FROM ${name} ORDER BY m`, {}, 10_000);
        expect(months.length).toBeGreaterThan(1);
        for (const { m } of months)
          await engine.query(
            `INSERT INTO ${name}_monthly SELECT * FROM (${sql}) AS d WHERE period = toDate('${String(m)}')`,
            {},
            30_000,
          );
        const whole = await engine.query(`SELECT * FROM ${name} ORDER BY ${keys}`, {}, 30_000);
        expect(await engine.query(`SELECT * FROM ${name}_monthly ORDER BY ${keys}`, {}, 30_000)).toEqual(whole);
      }
      for (const [cells, raw] of Object.entries(CELLS_FILES)) {
        const metric = raw === 'compliance-cn-rules' ? 'compliance' : raw;
        for (const query of filters(tables)) {
          const q = parseQuery(query);
          const params = metricParams(raw, q, boundFilters(metric, q, {}));
          if (raw === 'promises') params.as_of = (await engine.asOf()).slice(0, 10);
          const run = (file: string) => {
            const sql = metricSql(file, engine.dialect);
            return engine.query(sql, namedParams(sql, params), 30_000);
          };
          const fromCells = await run(cells);
          expect(fromCells, `${cells} ${JSON.stringify(query)}`).toEqual(await run(raw));
        }
      }
      // 6–25 s on 2 shared cores at load 15–25 (a rebuild of six tables and 20 statement pairs): 30 s was hit.
    }, 120_000);

    it('a later batch of snapshots reaches the views: one more month, counted at once', async () => {
      const before = await engine.query(`SELECT toUInt32(sum(accounts)) AS n FROM overdue_cells`, {}, 10_000);
      await engine.query(
        `INSERT INTO account_period SELECT account_id, addMonths(period, 1), product, region, origination_month,
           original_amount, dpd, balance, dpd, balance, status, segment FROM account_period
         WHERE period = (SELECT max(period) FROM account_period) AND status = 'active'`,
        {},
        30_000,
      );
      const after = await engine.query(`SELECT toUInt32(sum(accounts)) AS n FROM overdue_cells`, {}, 10_000);
      const [direct] = await engine.query(
        `SELECT toUInt32(count()) AS n FROM account_period WHERE status = 'active'`,
        {},
        10_000,
      );
      expect(Number(after[0]?.n)).toBeGreaterThan(Number(before[0]?.n));
      expect(Number(after[0]?.n)).toBe(Number(direct?.n));
    });
  });

  describe(`${SHARDS} shards in one process (Merge tables in place of a Distributed table)`, () => {
    let engine: Engine;
    beforeAll(async () => {
      await load(join(dir, 'shards'), tables, true);
      engine = await openChdb(join(dir, 'shards'), { writable: true });
    }, HOOK_DEADLINE);
    afterAll(() => engine.close());

    it('chdb has no cluster: a Distributed table is refused, so Merge tables stand in for it', async () => {
      expect(await engine.query(`SELECT toUInt32(count()) AS n FROM system.clusters`, {}, 10_000)).toEqual([{ n: 0 }]);
      await expect(
        engine.query(
          `CREATE TABLE account_period_all AS account_period_s0 ENGINE = Distributed(collect, currentDatabase(), account_period_s0, cityHash64(account_id))`,
          {},
          10_000,
        ),
      ).rejects.toThrow(/CLUSTER_DOESNT_EXIST|cluster/i);
      const [parts] = await engine.query(`SELECT toUInt32(uniqExact(_table)) AS n FROM overdue_cells`, {}, 10_000);
      expect(Number(parts?.n)).toBe(SHARDS);
    });

    for (const metric of VIEW_METRICS)
      it(`${metric}: the shards' views added = from account_period = one node`, async () => {
        const sharded = await answers(engine, tables, metric);
        expect(sharded).toEqual(await fromBaseTable(engine, tables, metric));
        const one = single.get(metric);
        if (one) expect(sharded).toEqual(one);
        expect(one, 'the one-node answers (run the whole file)').toBeDefined();
      });
  });
});
