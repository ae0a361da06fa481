/**
 * DuckDB engine: a `.duckdb` file opened READ_ONLY, or a folder of `<table>.parquet` / `<table>.csv` files
 * exposed as views of an in-memory database. A small pool of connections runs statements in parallel;
 * a statement past its time limit is interrupted.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type {
  DuckDBConnection,
  DuckDBInstance,
  DuckDBMaterializedResult,
  DuckDBValueConverter,
  JS,
} from '@duckdb/node-api';
import { DERIVED_TABLES } from '../seed/derived.js';
import { TABLE_NAMES } from '../seed/tables.js';
import type { ResultColumns } from './columns.js';
import type { BindValues, Engine } from './engine.js';
import { StatementTimeoutError } from './engine.js';
import { duckDbDialect } from './dialects/duckdb.js';
import { loadDuckDb } from './load-duckdb.js';
import { at } from '../../model/at.js';

/**
 * A materialised result's rows as objects keyed by its (deduplicated) column names, the values `getRowObjectsJS`
 * gives, read column by column from its chunks without awaiting each one (a result of 29,135 rows is 15 chunks:
 * `readAll` costs an event-loop round trip per chunk, `getChunk` none). Items of the `plain` types (type ids) are
 * already those values; the others go through `converter`.
 */
function rowObjects(
  result: DuckDBMaterializedResult,
  converter: DuckDBValueConverter<JS>,
  plain: ReadonlySet<number>,
): Record<string, unknown>[] {
  const names = result.deduplicatedColumnNames();
  const rows: Record<string, unknown>[] = [];
  for (let c = 0; c < result.chunkCount; c++) {
    const chunk = result.getChunk(c);
    const start = rows.length;
    const count = chunk.rowCount;
    for (let i = 0; i < count; i++) rows.push({});
    names.forEach((name, column) => {
      const vector = chunk.getColumnVector(column);
      const type = vector.type;
      const same = plain.has(type.typeId);
      for (let i = 0; i < count; i++) {
        const row = rows[start + i];
        const item = vector.getItem(i);
        if (row) row[name] = same || item === null ? item : converter(item, type, converter);
      }
    });
  }
  return rows;
}

/**
 * A materialised result's columns (the values {@link rowObjects} puts on its rows), each read from its typed
 * vectors chunk by chunk: no row object, and a column of numbers is read as numbers only.
 */
function columnValues(
  result: DuckDBMaterializedResult,
  converter: DuckDBValueConverter<JS>,
  plain: ReadonlySet<number>,
): ResultColumns {
  const names = result.deduplicatedColumnNames();
  const rowCount = result.rowCount;
  // Sized once and filled by index: about half the CPU of pushing (quality's 29,135 rows × 9 columns).
  const values: unknown[][] = names.map(() => new Array<unknown>(rowCount));
  let start = 0;
  for (let c = 0; c < result.chunkCount; c++) {
    const chunk = result.getChunk(c);
    const count = chunk.rowCount;
    for (let column = 0; column < values.length; column++) {
      const out = at(values, column);
      const vector = chunk.getColumnVector(column);
      const type = vector.type;
      const same = plain.has(type.typeId);
      for (let i = 0; i < count; i++) {
        const item = vector.getItem(i);
        out[start + i] = same || item === null ? item : converter(item, type, converter);
      }
    }
    start += count;
  }
  return { rowCount, columns: Object.fromEntries(names.map((name, i) => [name, at(values, i)])) };
}

/** A VARCHAR read back from DuckDB (`what` names it when it is not text). */
function text(value: unknown, what: string): string {
  if (typeof value === 'string') return value;
  throw new TypeError(`DuckDB returned ${what} that is not text: ${typeof value}`);
}

/** Options of {@link openDuckDb}. */
export interface DuckDbOptions {
  /** Connections in the pool (default 4). */
  connections?: number;
  /** DuckDB worker threads (default DuckDB's: the number of cores). */
  threads?: number;
}

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * Opens `path`: a DuckDB database file (read-only) or a folder holding one Parquet or CSV file per
 * canonical table (`account_period.parquet`, …; `collectkit_meta` optional).
 * @example const engine = await openDuckDb('portfolio.duckdb');
 */
export async function openDuckDb(path: string, options: DuckDbOptions = {}): Promise<Engine> {
  const full = resolve(path);
  if (!existsSync(full)) throw new Error(`No database at ${path}.`);
  const { DuckDBInstance, DuckDBTypeId, JSDuckDBValueConverter } = await loadDuckDb();
  // Vector items of these types are the JS values JSDuckDBValueConverter would give (numbers, text, booleans).
  const plain: ReadonlySet<number> = new Set([
    DuckDBTypeId.DOUBLE,
    DuckDBTypeId.INTEGER,
    DuckDBTypeId.VARCHAR,
    DuckDBTypeId.BOOLEAN,
  ]);
  const settings: Record<string, string> = options.threads ? { threads: String(options.threads) } : {};
  let instance: DuckDBInstance;
  // Derived tables defined here as views of their SQL (not stored): metrics may prefer the canonical tables.
  const viewsOfSql = new Set<string>();
  if (statSync(full).isDirectory()) {
    instance = await DuckDBInstance.create(':memory:', settings);
    const setup = await instance.connect();
    const files = readdirSync(full);
    for (const table of [...TABLE_NAMES, 'collectkit_meta']) {
      const parquet = files.includes(`${table}.parquet`);
      const csv = files.includes(`${table}.csv`);
      if (!parquet && !csv) {
        if (table === 'collectkit_meta') continue;
        throw new Error(`${path} has no ${table}.parquet or ${table}.csv.`);
      }
      const file = sqlString(join(full, `${table}.${parquet ? 'parquet' : 'csv'}`));
      await setup.run(
        `CREATE VIEW "${table}" AS SELECT * FROM ${parquet ? `read_parquet(${file})` : `read_csv(${file}, header = true)`}`,
      );
    }
    // Derived tables (seed/derived.ts): a `<name>.parquet` when the folder has one, else a view of their SQL.
    for (const [name, sql] of Object.entries(DERIVED_TABLES)) {
      const file = files.includes(`${name}.parquet`) ? sqlString(join(full, `${name}.parquet`)) : null;
      await setup.run(`CREATE VIEW "${name}" AS ${file ? `SELECT * FROM read_parquet(${file})` : sql}`);
      if (!file) viewsOfSql.add(name);
    }
    // From here on, SQL may read only this folder (and write nothing outside memory).
    await setup.run(`SET allowed_directories = [${sqlString(full + '/')}]`);
    await setup.run(`SET enable_external_access = false`);
    setup.closeSync();
  } else {
    instance = await DuckDBInstance.create(full, {
      ...settings,
      access_mode: 'READ_ONLY',
      enable_external_access: 'false',
    });
  }
  const pool: DuckDBConnection[] = [];
  for (let i = 0; i < (options.connections ?? 4); i++) pool.push(await instance.connect());
  // A database without the derived tables (a bank's views, an older seed) gets them as temporary views of
  // their SQL on each connection (a read-only file allows temporary objects): same answers, only slower.
  const present = new Set(
    (
      await at(pool, 0).runAndReadAll(
        `SELECT table_name AS name FROM duckdb_tables() UNION ALL SELECT view_name FROM duckdb_views()`,
      )
    )
      .getRowObjectsJS()
      .map((r) => text(r.name, 'a table name')),
  );
  const storedDerived = new Set<string>();
  for (const [name, sql] of Object.entries(DERIVED_TABLES)) {
    if (present.has(name) && !viewsOfSql.has(name)) {
      storedDerived.add(name);
      continue;
    }
    if (!present.has(name)) for (const c of pool) await c.run(`CREATE TEMP VIEW "${name}" AS ${sql}`);
  }
  const idle = [...pool];
  const waiting: ((c: DuckDBConnection) => void)[] = [];
  const acquire = () =>
    new Promise<DuckDBConnection>((res) => {
      const c = idle.pop();
      if (c) res(c);
      else waiting.push(res);
    });
  const release = (c: DuckDBConnection) => {
    const next = waiting.shift();
    if (next) next(c);
    else idle.push(c);
  };

  /** Runs `sql` on a pooled connection and reads its materialised result with `read`, within `timeoutMs`. */
  async function run<T>(
    sql: string,
    params: BindValues,
    timeoutMs: number,
    read: (result: DuckDBMaterializedResult) => T,
  ): Promise<T> {
    const connection = await acquire();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      connection.interrupt();
    }, timeoutMs);
    try {
      return read(await connection.run(sql, params));
    } catch (error) {
      if (timedOut) throw new StatementTimeoutError(timeoutMs);
      throw error;
    } finally {
      clearTimeout(timer);
      release(connection);
    }
  }

  const engine: Engine = {
    name: 'duckdb',
    dialect: duckDbDialect,
    storedDerived,
    query(sql: string, params: BindValues, timeoutMs: number) {
      return run(sql, params, timeoutMs, (result) => rowObjects(result, JSDuckDBValueConverter, plain));
    },
    queryColumns(sql: string, params: BindValues, timeoutMs: number) {
      return run(sql, params, timeoutMs, (result) => columnValues(result, JSDuckDBValueConverter, plain));
    },
    async asOf() {
      const tables = await engine
        .query(`SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'collectkit_meta'`, {}, 10_000)
        .then(async (r) =>
          at(r, 0).n
            ? r
            : engine.query(
                `SELECT count(*)::INTEGER AS n FROM duckdb_views() WHERE view_name = 'collectkit_meta'`,
                {},
                10_000,
              ),
        );
      if (at(tables, 0).n) {
        const rows = await engine.query(`SELECT as_of::VARCHAR AS as_of FROM collectkit_meta LIMIT 1`, {}, 10_000);
        if (rows[0]?.as_of) return text(rows[0].as_of, 'as_of');
      }
      const rows = await engine.query(
        `SELECT strftime(last_day(max(period)), '%Y-%m-%d') || 'T23:59:59Z' AS as_of FROM account_period`,
        {},
        60_000,
      );
      return text(rows[0]?.as_of ?? new Date(0).toISOString(), 'as_of');
    },
    close() {
      for (const c of pool) c.closeSync();
      instance.closeSync();
    },
  };
  return engine;
}
