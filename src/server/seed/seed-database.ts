/** `collectkit seed --db …`: the seeded portfolio into ClickHouse (chdb or a server) or PostgreSQL. */
import { existsSync, readdirSync } from 'node:fs';
import { UsageError } from '../usage-error.js';
import { loadWarehouse, writerFor } from './load.js';
import { simulateTables, type SimulateOptions } from './simulate.js';

/** Options of {@link seedDatabase}. */
export interface SeedDatabaseOptions extends SimulateOptions {
  /** Progress lines (default: none). */
  progress?: (line: string) => void;
}

/**
 * Simulates the seeded portfolio and loads it, with the derived tables, into `db` (`chdb:DIR` — a new or
 * empty folder —, `clickhouse:http://…/db` or `postgres://…`; the tables must not exist yet).
 * @example await seedDatabase('chdb:warehouse-ch', { accounts: 20000 })
 */
export async function seedDatabase(
  db: string,
  options: SeedDatabaseOptions = {},
): Promise<{ counts: Record<string, number>; asOf: string }> {
  const started = Date.now();
  if (db.startsWith('chdb:')) {
    const dir = db.slice(5);
    if (existsSync(dir) && readdirSync(dir).length)
      throw new UsageError(`${dir} is not empty; collectkit seed writes a new chdb folder (remove it first).`);
  }
  options.progress?.(
    `simulating ${options.accounts ?? 6000} accounts over ${options.months ?? 24} months (seed ${options.seed ?? 42})…`,
  );
  const tables = simulateTables(options);
  const writer = await writerFor(db, tables);
  options.progress?.(`loading into ${writer.dialect.name}…`);
  try {
    const counts = await loadWarehouse(writer, tables, tables.asOf, options.progress);
    options.progress?.(
      `seeded ${writer.dialect.name} in ${((Date.now() - started) / 1000).toFixed(1)} s (asOf ${tables.asOf})`,
    );
    return { counts, asOf: tables.asOf };
  } finally {
    await writer.close();
  }
}
