/** Shared fixtures of the server tests: a small seeded portfolio written to a temporary DuckDB file. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDuckDb } from '../../src/server/engine/duckdb.js';
import type { Engine } from '../../src/server/engine/engine.js';
import { simulateTables, type SimulatedPortfolio } from '../../src/server/seed/simulate.js';
import { writeTables } from '../../src/server/seed/write-duckdb.js';

/** A seeded portfolio on disk and an engine reading it. */
export interface Fixture {
  tables: SimulatedPortfolio;
  file: string;
  dir: string;
  engine: Engine;
  dispose(): void;
}

/**
 * Deadline of the setup hooks (seeding and writing a database): a bound for a busy CI machine, not a
 * timing assertion (vitest's default 10 s was hit with the real-data files on 2 shared cores).
 */
export const HOOK_DEADLINE = 120_000;

/** The small portfolio the server tests share (1,000 accounts, 10 months). */
export const SMALL = { seed: 7, accounts: 1000, months: 10, start: '2024-01' } as const;

/** Writes `SMALL` (or `options`) to a temp DuckDB file and opens it read-only. */
export async function seededFixture(options: Parameters<typeof simulateTables>[0] = SMALL): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'collectkit-server-'));
  const file = join(dir, 'portfolio.duckdb');
  const tables = simulateTables(options);
  await writeTables(tables, { out: file, asOf: tables.asOf });
  const engine = await openDuckDb(file, { connections: 2, threads: 1 });
  return {
    tables,
    file,
    dir,
    engine,
    dispose() {
      engine.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
