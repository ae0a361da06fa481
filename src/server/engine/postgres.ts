/**
 * PostgreSQL engine (`postgres://user:password@host:5432/db`, node-postgres): a pool of sessions in UTC,
 * read-only transactions, a statement_timeout per statement; the shared SQL in the PostgreSQL dialect
 * (dialects/postgres.ts).
 */
import { DERIVED_TABLE_NAMES, OPTIONAL_DERIVED, storedDerivedIn } from '../seed/derived.js';
import { postgresDialect } from './dialects/postgres.js';
import type { BindValues, Engine } from './engine.js';
import { StatementTimeoutError } from './engine.js';
import { loadPg } from './drivers.js';

/** Options of {@link openPostgres}. */
export interface PostgresOptions {
  /** Sessions in the pool (default 4). */
  connections?: number;
  /** Allow writes (what `collectkit seed` needs); default read-only sessions. */
  writable?: boolean;
}

/**
 * Connects to a PostgreSQL database holding the canonical and derived tables.
 * @example const engine = await openPostgres('postgres://collectkit@127.0.0.1:5432/warehouse');
 */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Engine> {
  const pg = await loadPg();
  const pool = new pg.Pool({
    connectionString: url,
    max: options.connections ?? 4,
    options: `-c TimeZone=UTC${options.writable ? '' : ' -c default_transaction_read_only=on'}`,
  });
  // An idle session's error (the server went away) must not crash the process: the next query reports it.
  pool.on('error', () => undefined);
  const run = async (sql: string, values: unknown[], timeoutMs: number) => {
    const client = await pool.connect();
    try {
      await client.query(`SET statement_timeout = ${Math.max(1, Math.round(timeoutMs))}`);
      const result = await client.query({ text: sql, values });
      return result.rows as Record<string, unknown>[];
    } catch (error) {
      if ((error as { code?: string }).code === '57014') throw new StatementTimeoutError(timeoutMs);
      throw error;
    } finally {
      client.release();
    }
  };
  try {
    const present = new Set(
      (
        await run(
          `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()`,
          [],
          30_000,
        )
      ).map((r) => String(r.name)),
    );
    const missing = ['account_period', 'contact_attempts', ...DERIVED_TABLE_NAMES].filter(
      (t) => !present.has(t) && !OPTIONAL_DERIVED.includes(t),
    );
    if (!options.writable && missing.length)
      throw new Error(
        `The postgres database lacks ${missing.join(', ')}: load it with collectkit seed --db postgres://… (docs/scaling.md).`,
      );
    const engine: Engine = {
      name: 'postgres',
      dialect: postgresDialect,
      storedDerived: storedDerivedIn(present),
      async query(sql: string, params: BindValues, timeoutMs: number) {
        const bound = postgresDialect.bind(sql, params);
        return run(bound.sql, bound.values as unknown[], timeoutMs);
      },
      async asOf() {
        if (present.has('collectkit_meta')) {
          const rows = await run(`SELECT as_of FROM collectkit_meta LIMIT 1`, [], 10_000);
          if (rows[0]?.as_of) return asOfText(rows[0].as_of);
        }
        const rows = await run(
          `SELECT to_char(date_trunc('month', max(period)) + INTERVAL '1 month' - INTERVAL '1 day', 'YYYY-MM-DD') || 'T23:59:59Z' AS as_of FROM account_period`,
          [],
          60_000,
        );
        return asOfText(rows[0]?.as_of ?? new Date(0).toISOString());
      },
      close() {
        pool.end().catch(() => undefined);
      },
    };
    return engine;
  } catch (error) {
    await pool.end();
    throw error;
  }
}

/** A database's `as_of` value as ISO text (drivers return text, or a Date for timestamp columns). */
function asOfText(v: unknown): string {
  return typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : JSON.stringify(v);
}
