/** `collectkit seed`: simulate the portfolio and write it as the canonical tables of a new DuckDB file. */
import { simulateTables, type SimulateOptions } from './simulate.js';
import { writeTables } from './write-duckdb.js';

/** Options of {@link seedDuckDb}. */
export interface SeedOptions extends SimulateOptions {
  /** New `.duckdb` file to write. */
  out: string;
  /** Also write one Parquet file per table into this folder. */
  parquet?: string;
  /** Progress lines (default: none). */
  progress?: (line: string) => void;
}

/**
 * Simulates the seeded portfolio and writes it to `out`; returns rows per table and the data's `asOf`.
 * @example await seedDuckDb({ out: 'portfolio.duckdb', seed: 42, accounts: 6000, months: 24 })
 */
export async function seedDuckDb(options: SeedOptions): Promise<{ counts: Record<string, number>; asOf: string }> {
  const started = Date.now();
  options.progress?.(
    `simulating ${options.accounts ?? 6000} accounts over ${options.months ?? 24} months (seed ${options.seed ?? 42})…`,
  );
  const tables = simulateTables(options);
  options.progress?.(`writing ${options.out}…`);
  const counts = await writeTables(tables, {
    out: options.out,
    asOf: tables.asOf,
    ...(options.parquet ? { parquet: options.parquet } : {}),
    ...(options.progress ? { progress: options.progress } : {}),
  });
  options.progress?.(`seeded ${options.out} in ${((Date.now() - started) / 1000).toFixed(1)} s (asOf ${tables.asOf})`);
  return { counts, asOf: tables.asOf };
}
