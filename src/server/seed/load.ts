/**
 * Loads the canonical tables into ClickHouse (chdb or a server) or PostgreSQL, then builds the derived
 * tables there from the same SQL templates (seed/derived.ts) and the `collectkit_meta` row: what
 * `collectkit seed --db chdb:DIR | clickhouse:http://… | postgres://…` does. (DuckDB: write-duckdb.ts.)
 */
import { resolve } from 'node:path';
import type { Dialect } from '../engine/dialect.js';
import { clickHouseDialect } from '../engine/dialects/clickhouse.js';
import { postgresDialect } from '../engine/dialects/postgres.js';
import { loadChdb, loadClickHouseClient, loadPg } from '../engine/drivers.js';
import { DEFAULT_SETTINGS } from '../metrics.js';
import { createDerivedTableSql, DERIVED_DEFAULT_ZONE, DERIVED_KEYS, DERIVED_TABLE_NAMES } from './derived.js';
import { CANONICAL_SCHEMA, PRIMARY_KEYS } from './schema.js';
import { TABLE_NAMES, type CanonicalTables } from './tables.js';

/** Where a warehouse is written: DDL and inserts in one engine's terms. */
export interface WarehouseWriter {
  readonly dialect: Dialect;
  /** Runs a statement without results. */
  run(sql: string): Promise<void>;
  /** Appends rows (objects keyed by column) to a table. */
  insert(table: string, columns: readonly string[], rows: readonly Record<string, unknown>[]): Promise<void>;
  close(): Promise<void>;
}

const CHUNK = 20_000;

/** PostgreSQL indexes the metrics that read canonical tables use (docs/scaling.md); keys cover the rest. */
export const POSTGRES_INDEXES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  account_period: ['period'],
  contact_attempts: ['attempted_at'],
  promises: ['due_on'],
  assignments: ['assigned_on'],
  complaints: ['received_on'],
  charge_offs: ['charge_off_month'],
  recovery_payments: ['account_id'],
  experiment_assignments: ['assigned_on'],
  scores: ['scored_on'],
  qa_checks: ['attempt_id'],
  customer_outcomes: ['period'],
  legal_cases: ['referred_on'],
});

/** Writes `tables` through `writer`: canonical tables, derived tables, `collectkit_meta`. Returns rows per table. */
export async function loadWarehouse(
  writer: WarehouseWriter,
  tables: CanonicalTables,
  asOf: string,
  progress?: (line: string) => void,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLE_NAMES) {
    const columns = CANONICAL_SCHEMA[table];
    await writer.run(writer.dialect.createTable(table, columns, PRIMARY_KEYS[table] ?? []));
    // Optional tables (experiment_assignments, scores, customer_outcomes, legal_cases) absent from a warehouse load empty.
    const rows = (tables[table] ?? []) as unknown as Record<string, unknown>[];
    for (let i = 0; i < rows.length; i += CHUNK)
      await writer.insert(table, Object.keys(columns), rows.slice(i, i + CHUNK));
    counts[table] = rows.length;
    const index = POSTGRES_INDEXES[table];
    if (writer.dialect.name === 'postgres' && index)
      await writer.run(
        `CREATE INDEX "${table}_${index.join('_')}" ON "${table}" (${index.map((c) => `"${c}"`).join(', ')})`,
      );
    progress?.(`  ${table}: ${rows.length.toLocaleString('en')} rows`);
  }
  if (writer.dialect.name === 'postgres') await writer.run('ANALYZE');
  await buildDerived(writer);
  progress?.(`  derived: ${DERIVED_TABLE_NAMES.join(', ')}`);
  await writer.run(
    writer.dialect.createTable('collectkit_meta', { as_of: 'VARCHAR NOT NULL', source: 'VARCHAR NOT NULL' }, []),
  );
  await writer.insert('collectkit_meta', ['as_of', 'source'], [{ as_of: asOf, source: 'collectkit seed' }]);
  return counts;
}

/** Builds the derived tables from the canonical ones (and, on PostgreSQL, an index on each one's key). */
export async function buildDerived(writer: WarehouseWriter): Promise<void> {
  for (const name of DERIVED_TABLE_NAMES) {
    await writer.run(createDerivedTableSql(name, writer.dialect));
    if (writer.dialect.name === 'postgres') {
      await writer.run(
        `CREATE INDEX "${name}_key" ON "${name}" (${(DERIVED_KEYS[name] ?? []).map((k) => `"${k}"`).join(', ')})`,
      );
      await writer.run(`ANALYZE "${name}"`);
    }
  }
}

/** JSONEachRow lines of `rows` (only `columns`). */
function jsonLines(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return rows.map((r) => JSON.stringify(Object.fromEntries(columns.map((c) => [c, r[c] ?? null])))).join('\n');
}

/** The time zones of attempts about to be loaded, and the defaults (what the ClickHouse dialect computes local times in). */
export const zonesIn = (tables?: Pick<CanonicalTables, 'contact_attempts'>): string[] => [
  ...new Set([
    ...(tables?.contact_attempts ?? []).map((a) => a.time_zone),
    DERIVED_DEFAULT_ZONE,
    DEFAULT_SETTINGS.cn.zone,
  ]),
];

/** A writer into a new chdb folder (ClickHouse in this process); `zones`: those of the attempts to load (see {@link zonesIn}). */
export async function chdbWriter(dir: string, zones: readonly string[] = zonesIn()): Promise<WarehouseWriter> {
  const { Session } = await loadChdb();
  const session = new Session(resolve(dir));
  return {
    dialect: clickHouseDialect(zones),
    async run(sql) {
      await session.queryAsync(
        `${sql}\nSETTINGS join_use_nulls = 1, prefer_column_name_to_alias = 1, enable_positional_arguments = 1`,
      );
    },
    async insert(table, columns, rows) {
      await session.insert({
        table,
        values: Buffer.from(jsonLines(columns, rows)),
        format: 'JSONEachRow',
        columns,
        settings: { date_time_input_format: 'best_effort' },
      });
    },
    async close() {
      session.cleanup();
    },
  };
}

/** A writer into a ClickHouse server database over HTTP (`http://user:pw@host:8123/db`; the database must exist). */
export async function clickHouseWriter(url: string, zones: readonly string[] = zonesIn()): Promise<WarehouseWriter> {
  const u = new URL(url);
  const { createClient } = await loadClickHouseClient();
  const client = createClient({
    url: u.origin,
    database: decodeURIComponent(u.pathname.slice(1)) || 'default',
    username: decodeURIComponent(u.username) || 'default',
    password: decodeURIComponent(u.password),
  });
  return {
    dialect: clickHouseDialect(zones),
    async run(sql) {
      await client.command({
        query: sql,
        clickhouse_settings: { join_use_nulls: 1, prefer_column_name_to_alias: 1, enable_positional_arguments: 1 },
      });
    },
    async insert(table, columns, rows) {
      await client.insert({
        table,
        values: rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? null]))),
        format: 'JSONEachRow',
        clickhouse_settings: { date_time_input_format: 'best_effort' },
      });
    },
    close: () => client.close(),
  };
}

/** PostgreSQL array type of a schema type, for `unnest($1::type[], …)` inserts. */
const pgArray = (type: string) => {
  const base = type.replace(/ NOT NULL$/, '');
  return base === 'VARCHAR' ? 'text[]' : base.startsWith('DECIMAL') ? 'numeric[]' : `${base.toLowerCase()}[]`;
};

/** A writer into a PostgreSQL database (`postgres://…`). */
export async function postgresWriter(url: string): Promise<WarehouseWriter> {
  const pg = await loadPg();
  const client = new pg.Client({ connectionString: url, options: '-c TimeZone=UTC' });
  await client.connect();
  return {
    dialect: postgresDialect,
    async run(sql) {
      await client.query(sql);
    },
    async insert(table, columns, rows) {
      const types = (CANONICAL_SCHEMA as Record<string, Record<string, string>>)[table] ?? {};
      const arrays = columns.map((c) => rows.map((r) => (r[c] ?? null) as unknown));
      const casts = columns.map((c, i) => `$${i + 1}::${pgArray(types[c] ?? 'VARCHAR')}`);
      await client.query(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) SELECT * FROM unnest(${casts.join(', ')})`,
        arrays,
      );
    },
    async close() {
      await client.end();
    },
  };
}

/** A writer for a `--db` target other than DuckDB: `chdb:DIR`, `clickhouse:http://…/db` or `postgres://…`. */
export async function writerFor(db: string, tables?: CanonicalTables): Promise<WarehouseWriter> {
  if (db.startsWith('chdb:')) return chdbWriter(db.slice('chdb:'.length), zonesIn(tables));
  if (db.startsWith('clickhouse:')) return clickHouseWriter(db.slice('clickhouse:'.length), zonesIn(tables));
  if (db.startsWith('postgres://') || db.startsWith('postgresql://')) return postgresWriter(db);
  throw new Error(`Unknown --db ${db.slice(0, 60)}: chdb:DIR, clickhouse:http://host:8123/db or postgres://…`);
}
