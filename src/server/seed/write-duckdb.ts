/**
 * Writes canonical tables into a new DuckDB file (and optionally Parquet files, one per table), plus a
 * one-row `collectkit_meta` table with the data's `asOf`.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadDuckDb } from '../engine/load-duckdb.js';
import { createDerivedTableSql, DERIVED_TABLE_NAMES } from './derived.js';
import { CANONICAL_SCHEMA, createTableSql } from './schema.js';
import { TABLE_NAMES, type CanonicalTables } from './tables.js';

/** Options of {@link writeTables}. */
export interface WriteOptions {
  /** Path of the `.duckdb` file to create; it must not exist. */
  out: string;
  /** Also write `<table>.parquet` files into this folder. */
  parquet?: string;
  /** `asOf` of the data (ISO 8601), kept in `collectkit_meta`. */
  asOf: string;
  /** Called with a line of progress per table. */
  progress?: (line: string) => void;
}

/** Writes `tables` to a new DuckDB file; returns the row count per table. */
export async function writeTables(tables: CanonicalTables, options: WriteOptions): Promise<Record<string, number>> {
  if (existsSync(options.out))
    throw new Error(`${options.out} exists; collectkit seed writes a new file (remove it first).`);
  const { DuckDBInstance } = await loadDuckDb();
  const instance = await DuckDBInstance.create(options.out);
  const connection = await instance.connect();
  const counts: Record<string, number> = {};
  try {
    for (const table of TABLE_NAMES) {
      await connection.run(createTableSql(table));
      const columns = Object.keys(CANONICAL_SCHEMA[table]);
      const appender = await connection.createAppender(table);
      for (const row of (tables[table] ?? []) as unknown as Record<string, unknown>[]) {
        for (const c of columns) {
          const v = row[c];
          if (v === null || v === undefined) appender.appendNull();
          else if (typeof v === 'boolean') appender.appendBoolean(v);
          else if (typeof v === 'number') appender.appendDouble(v);
          // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the seed's other values are text and dates
          else appender.appendVarchar(String(v));
        }
        appender.endRow();
      }
      appender.closeSync();
      counts[table] = (tables[table] ?? []).length;
      options.progress?.(`  ${table}: ${(tables[table] ?? []).length.toLocaleString('en')} rows`);
    }
    // Per-period aggregates the metrics read (seed/derived.ts), as a bank's materialised views would be.
    for (const name of DERIVED_TABLE_NAMES) await connection.run(createDerivedTableSql(name));
    options.progress?.(`  derived: ${DERIVED_TABLE_NAMES.join(', ')}`);
    await connection.run(
      `CREATE TABLE collectkit_meta AS SELECT $asOf::VARCHAR AS as_of, 'collectkit seed' AS source`,
      { asOf: options.asOf },
    );
    if (options.parquet) {
      const dir = resolve(options.parquet);
      await mkdir(dir, { recursive: true });
      for (const table of [...TABLE_NAMES, ...DERIVED_TABLE_NAMES, 'collectkit_meta']) {
        const file = resolve(dir, `${table}.parquet`).replaceAll("'", "''");
        await connection.run(`COPY "${table}" TO '${file}' (FORMAT parquet)`);
      }
      options.progress?.(`  parquet: ${TABLE_NAMES.length + 1} files in ${dir}`);
    }
    await connection.run('CHECKPOINT');
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return counts;
}
