/**
 * ClickHouse engines: `chdb:DIR` runs ClickHouse inside this process on a data folder (the chdb package),
 * `clickhouse:http://host:8123/db` talks to a server or cluster over HTTP (@clickhouse/client). Both run the
 * shared SQL in the ClickHouse dialect (dialects/clickhouse.ts) with bind parameters, and interrupt a
 * statement past its time limit (max_execution_time).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_SETTINGS } from '../metrics.js';
import { DERIVED_DEFAULT_ZONE, DERIVED_TABLE_NAMES, OPTIONAL_DERIVED, storedDerivedIn } from '../seed/derived.js';
import type { Dialect } from './dialect.js';
import { CLICKHOUSE_SETTINGS, clickHouseDialect } from './dialects/clickhouse.js';
import type { BindValues, Engine } from './engine.js';
import { StatementTimeoutError } from './engine.js';
import { loadChdb, loadClickHouseClient } from './drivers.js';

/** Runs one statement: rows of JSONEachRow, or a rejection. */
type Run = (
  sql: string,
  params: BindValues,
  settings: Record<string, number | string>,
  timeoutMs: number,
) => Promise<Record<string, unknown>[]>;

const TIMEOUT = /TIMEOUT_EXCEEDED|Timeout exceeded|timed out|aborted/i;
/**
 * Rows of a JSONEachRow answer: one object per line (a newline inside a value is escaped), parsed as one JSON
 * array, which is several times faster than a parse per line on large answers (quality's 100,000 rows).
 */
const parseRows = (text: string): Record<string, unknown>[] => {
  const lines = text.trim();
  return lines === '' ? [] : (JSON.parse(`[${lines.replaceAll('\n', ',')}]`) as Record<string, unknown>[]);
};

/** The zones local times may be computed in: the data's, and the defaults of the rule settings. */
async function zonesOf(run: Run): Promise<string[]> {
  const rows = await run(`SELECT DISTINCT time_zone AS zone FROM contact_attempts`, {}, {}, 60_000);
  return [...rows.map((r) => String(r.zone)), DERIVED_DEFAULT_ZONE, DEFAULT_SETTINGS.cn.zone];
}

/** An engine over `run`, once its tables are known (derived tables must be stored: docs/scaling.md). */
async function clickHouseEngine(
  name: string,
  run: Run,
  close: () => void,
  drain?: () => Promise<void>,
): Promise<Engine> {
  const tables = new Set(
    (await run(`SELECT name FROM system.tables WHERE database = currentDatabase()`, {}, {}, 60_000)).map((r) =>
      String(r.name),
    ),
  );
  const missing = ['account_period', 'contact_attempts', ...DERIVED_TABLE_NAMES].filter(
    (t) => !tables.has(t) && !OPTIONAL_DERIVED.includes(t),
  );
  if (missing.length)
    throw new Error(
      `The ${name} database lacks ${missing.join(', ')}: load it with collectkit seed --db … (docs/scaling.md).`,
    );
  const dialect: Dialect = clickHouseDialect(await zonesOf(run));
  const engine: Engine = {
    name,
    dialect,
    storedDerived: storedDerivedIn(tables),
    async query(sql: string, params: BindValues, timeoutMs: number) {
      const bound = dialect.bind(sql, params);
      try {
        return await run(
          bound.sql,
          bound.values as BindValues,
          { ...CLICKHOUSE_SETTINGS, max_execution_time: Math.max(1, Math.ceil(timeoutMs / 1000)) },
          timeoutMs,
        );
      } catch (error) {
        if (TIMEOUT.test((error as Error).message)) throw new StatementTimeoutError(timeoutMs);
        throw error;
      }
    },
    async asOf() {
      if (tables.has('collectkit_meta')) {
        const rows = await engine.query(`SELECT as_of FROM collectkit_meta LIMIT 1`, {}, 10_000);
        if (rows[0]?.as_of) return asOfText(rows[0].as_of);
      }
      const rows = await engine.query(
        `SELECT concat(formatDateTime(toLastDayOfMonth(max(period)), '%Y-%m-%d'), 'T23:59:59Z') AS as_of FROM account_period`,
        {},
        60_000,
      );
      return asOfText(rows[0]?.as_of ?? new Date(0).toISOString());
    },
    close,
    ...(drain ? { drain } : {}),
  };
  return engine;
}

/** Options of {@link openChdb}. */
export interface ChdbOptions {
  /** Allow writes (what `collectkit seed` needs); default read-only (readonly = 2: settings, no writes). */
  writable?: boolean;
}

/** The setting clause appended to a statement (chdb takes settings in the SQL). */
const settingsClause = (settings: Record<string, number | string>) =>
  Object.keys(settings).length
    ? `\nSETTINGS ${Object.entries(settings)
        .map(([k, v]) => `${k} = ${typeof v === 'number' ? v : `'${v}'`}`)
        .join(', ')}`
    : '';

/**
 * Opens a chdb data folder (created by `collectkit seed --db chdb:DIR`): ClickHouse in this process.
 * One session per folder and process.
 * @example const engine = await openChdb('warehouse-ch');
 */
export async function openChdb(dir: string, options: ChdbOptions = {}): Promise<Engine> {
  const full = resolve(dir);
  if (!existsSync(full)) throw new Error(`No chdb folder at ${dir}.`);
  const { Session, drainPending } = await loadChdb();
  const session = new Session(full, { connectionArgs: options.writable ? [] : ['--readonly=2'] });
  const run: Run = async (sql, params, settings, timeoutMs) => {
    const result = await session.queryBindAsync(sql + settingsClause(settings), params, {
      format: 'JSONEachRow',
      timeout: timeoutMs + 1000,
    });
    return parseRows(result.text());
  };
  try {
    // A statement rejected at its time limit (`timeout`) goes on in chdb until ClickHouse stops it: drain waits.
    return await clickHouseEngine('chdb', run, () => session.cleanup(), drainPending);
  } catch (error) {
    session.cleanup();
    throw error;
  }
}

/**
 * Connects to a ClickHouse server or cluster over HTTP: `http://user:password@host:8123/database` (the tables
 * may be Distributed tables over shards, docs/scaling.md). Give it a user with readonly = 2 (reads, and the
 * per-query settings the SQL needs).
 * @example const engine = await openClickHouse('http://127.0.0.1:8123/collectkit');
 */
export async function openClickHouse(url: string): Promise<Engine> {
  const u = new URL(url);
  const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'default';
  const username = decodeURIComponent(u.username) || 'default';
  const password = decodeURIComponent(u.password);
  u.pathname = '/';
  u.username = '';
  u.password = '';
  const { createClient } = await loadClickHouseClient();
  const client = createClient({ url: u.origin, database, username, password, request_timeout: 600_000 });
  const run: Run = async (sql, params, settings, timeoutMs) => {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs + 1000);
    try {
      const rs = await client.query({
        query: sql,
        query_params: params,
        format: 'JSONEachRow',
        clickhouse_settings: settings,
        abort_signal: abort.signal,
      });
      return await rs.json<Record<string, unknown>>();
    } finally {
      clearTimeout(timer);
    }
  };
  try {
    return await clickHouseEngine('clickhouse', run, () => {
      client.close().catch(() => undefined);
    });
  } catch (error) {
    await client.close();
    throw error;
  }
}

/** A database's `as_of` value as ISO text (drivers return text, or a Date for timestamp columns). */
function asOfText(v: unknown): string {
  return typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : JSON.stringify(v);
}
