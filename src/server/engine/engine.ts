/** What the HTTP layer needs from a SQL engine: run a statement with named bind parameters, within a time limit. */

import type { ResultColumns } from './columns.js';
import type { BindValues, Dialect } from './dialect.js';

export type { BindValues };

/** A read-only SQL engine holding the canonical tables. */
export interface Engine {
  /** Engine name for logs, e.g. `duckdb`. */
  readonly name: string;
  /** Runs `sql` with `params`; rejects with {@link StatementTimeoutError} past `timeoutMs`. */
  query(sql: string, params: BindValues, timeoutMs: number): Promise<Record<string, unknown>[]>;
  /**
   * {@link query}'s result as columns (the same values), read without a row object per row; absent: callers
   * turn `query`'s rows into columns (engine/columns.ts `queryColumns`).
   */
  queryColumns?(sql: string, params: BindValues, timeoutMs: number): Promise<ResultColumns>;
  /** The data's `asOf` (from `collectkit_meta`, else the latest `account_period` month end). */
  asOf(): Promise<string>;
  /**
   * Derived tables (seed/derived.ts) the database stores (tables, or views a bank materialises); the others
   * are views of their SQL. Absent: all stored.
   */
  readonly storedDerived?: ReadonlySet<string>;
  /** How the engine spells the shared SQL (engine/dialect.ts); absent: DuckDB's. */
  readonly dialect?: Dialect;
  /** Releases connections and the database (a server's connections close in the background). */
  close(): void;
  /**
   * Resolves once nothing of this engine still runs in the process: chdb goes on computing a statement whose
   * promise was rejected at its time limit, and a process that exits under it hangs or crashes (SIGSEGV).
   * Absent: nothing runs past its promise.
   */
  drain?(): Promise<void>;
}

/** A statement ran longer than the configured limit and was interrupted. */
export class StatementTimeoutError extends Error {
  override name = 'StatementTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`statement interrupted after ${timeoutMs} ms`);
  }
}
