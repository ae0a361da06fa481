/**
 * `--db` → engine: `duckdb:FILE|DIR` (or a bare path: DuckDB stays the default), `chdb:DIR`,
 * `clickhouse:http://user:pw@host:8123/db`, `postgres://…`. Each driver is imported only when chosen.
 */
import { UsageError } from '../usage-error.js';
import type { Engine } from './engine.js';

/** The `--db` forms, for usage messages. */
export const DB_FORMS =
  'duckdb:FILE.duckdb | duckdb:DIR | chdb:DIR | clickhouse:http://host:8123/db | postgres://user@host:5432/db';

/** Opens the engine a `--db` value names (read-only). */
export async function openEngine(db: string): Promise<Engine> {
  if (db.startsWith('chdb:') && db.length > 5) return (await import('./clickhouse.js')).openChdb(db.slice(5));
  if (db.startsWith('clickhouse:') && db.length > 11)
    return (await import('./clickhouse.js')).openClickHouse(db.slice(11));
  if (/^postgres(ql)?:\/\/./.test(db)) return (await import('./postgres.js')).openPostgres(db);
  const path = db.startsWith('duckdb:') ? db.slice(7) : db;
  if (!path || /^[a-z][a-z0-9+.-]*:(?!\\)/i.test(path))
    throw new UsageError(`--db must be one of ${DB_FORMS}; got "${db.slice(0, 60)}".`);
  return (await import('./duckdb.js')).openDuckDb(path);
}
