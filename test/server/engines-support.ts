/**
 * The engine tests' fixtures: one warehouse loaded into DuckDB, chdb (ClickHouse in the process) and the
 * test PostgreSQL server (test/support/postgres.global.ts), each opened as the server opens it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { openChdb } from '../../src/server/engine/clickhouse.js';
import { openDuckDb } from '../../src/server/engine/duckdb.js';
import type { Engine } from '../../src/server/engine/engine.js';
import { openPostgres } from '../../src/server/engine/postgres.js';
import { chdbWriter, loadWarehouse, postgresWriter, zonesIn } from '../../src/server/seed/load.js';
import type { CanonicalTables } from '../../src/server/seed/tables.js';
import { writeTables } from '../../src/server/seed/write-duckdb.js';
import { skipForEnvironment } from '../support/skip.js';

/** The engines a matrix compares. */
export const ENGINE_NAMES = ['duckdb', 'chdb', 'postgres'] as const;

/** One warehouse on every engine. */
export interface EngineSet {
  engines: Record<(typeof ENGINE_NAMES)[number], Engine>;
  /** The PostgreSQL database's URL. */
  pgUrl: string;
  dispose(): Promise<void>;
}

/** A new database on the test server; returns its URL. */
export async function createPgDatabase(name: string): Promise<string> {
  const base = inject('pgUrl');
  const pg = (await import('pg')).default;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return base.replace(/\/postgres$/, `/${name}`);
}

/** Fails in CI, skips elsewhere, when no test PostgreSQL runs. */
export function requirePostgres(ctx: { skip: (note?: string) => void }): void {
  const missing = inject('pgMissing');
  if (missing) skipForEnvironment(ctx, missing);
}

/** Loads `tables` into a temp DuckDB file, a temp chdb folder and a new PostgreSQL database `name`. */
export async function loadEverywhere(name: string, tables: CanonicalTables, asOf: string): Promise<EngineSet> {
  const dir = mkdtempSync(join(tmpdir(), `collectkit-${name}-`));
  const pgUrl = await createPgDatabase(name);
  // PostgreSQL loads in its own server process while DuckDB and chdb load in this one.
  const load = async (writer: Awaited<ReturnType<typeof postgresWriter>>) => {
    await loadWarehouse(writer, tables, asOf);
    await writer.close();
  };
  await Promise.all([
    postgresWriter(pgUrl).then(load),
    writeTables(tables, { out: join(dir, 'w.duckdb'), asOf })
      .then(() => chdbWriter(join(dir, 'ch'), zonesIn(tables)))
      .then(load),
  ]);
  const engines = {
    duckdb: await openDuckDb(join(dir, 'w.duckdb'), { connections: 2, threads: 1 }),
    chdb: await openChdb(join(dir, 'ch')),
    postgres: await openPostgres(pgUrl, { connections: 2 }),
  };
  return {
    engines,
    pgUrl,
    async dispose() {
      for (const e of Object.values(engines)) e.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
