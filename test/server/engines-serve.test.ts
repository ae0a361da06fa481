/**
 * `collectkit seed --db` and `collectkit serve --db` on ClickHouse (chdb) and PostgreSQL: the seed loads the
 * warehouse with its derived tables; serve answers every metric over HTTP with the DuckDB file's bodies
 * (bar `meta.source`, which names the engine); a wrong or unreachable --db is a clear error.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { main } from '../../src/server/cli.js';
import { StatementTimeoutError } from '../../src/server/engine/engine.js';
import { openEngine } from '../../src/server/engine/open.js';
import { SERVER_METRICS } from '../../src/server/metrics.js';
import { serveCommand, type RunningServer } from '../../src/server/serve-command.js';
import { createPgDatabase, requirePostgres } from './engines-support.js';
import { HOOK_DEADLINE } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'collectkit-engines-cli-'));
const servers: RunningServer[] = [];
const SEED = ['--accounts', '300', '--months', '6', '--seed', '5', '--start', '2024-01'];
const QUERIES = ['', '?interval=quarter', '?region=south&from=2024-02&to=2024-05'];

beforeAll(async () => {
  vi.spyOn(console, 'log').mockImplementation(() => {});
  expect(await main(['seed', '--out', join(dir, 'w.duckdb'), ...SEED])).toBe(0);
  servers.push(
    await serveCommand(['--db', join(dir, 'w.duckdb'), '--port', '0', '--log-level', 'silent'], {
      handleSignals: false,
    }),
  );
}, HOOK_DEADLINE);
afterAll(async () => {
  vi.restoreAllMocks();
  for (const s of servers) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every metric × QUERIES from `url`, bodies without meta.source. */
async function bodies(url: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const metric of SERVER_METRICS) {
    for (const q of QUERIES) {
      const res = await fetch(`${url}/${metric}${q}`);
      expect(res.status, `${metric}${q}`).toBe(200);
      const { meta, ...rest } = (await res.json()) as { meta: { source: string } };
      out[`${metric}${q}`] = { ...rest, meta: { ...meta, source: meta.source.replace(/\(.*\)/, '(engine)') } };
    }
  }
  return out;
}

describe('collectkit seed / serve --db on ClickHouse and PostgreSQL', () => {
  it('chdb:DIR: seed loads it, serve answers every metric as the DuckDB file does', async () => {
    const ch = `chdb:${join(dir, 'ch')}`;
    expect(await main(['seed', '--db', ch, ...SEED])).toBe(0);
    const server = await serveCommand(['--db', ch, '--port', '0', '--log-level', 'silent'], { handleSignals: false });
    servers.push(server);
    const meta = ((await (await fetch(`${server.url}/overdue`)).json()) as { meta: { source: string } }).meta;
    expect(meta.source).toBe('collectkit-server (chdb)');
    expect(await bodies(server.url)).toEqual(await bodies(servers[0]!.url));
  });

  it('postgres://: seed loads it, serve answers every metric as the DuckDB file does', async (ctx) => {
    requirePostgres(ctx);
    const url = await createPgDatabase('serve_cli');
    expect(await main(['seed', '--db', url, ...SEED])).toBe(0);
    const server = await serveCommand(['--db', url, '--port', '0', '--log-level', 'silent'], { handleSignals: false });
    servers.push(server);
    const meta = ((await (await fetch(`${server.url}/overdue`)).json()) as { meta: { source: string } }).meta;
    expect(meta.source).toBe('collectkit-server (postgres)');
    expect(await bodies(server.url)).toEqual(await bodies(servers[0]!.url));
  });

  it('chdb and PostgreSQL are opened read-only and interrupt a statement past its time limit', async (ctx) => {
    requirePostgres(ctx);
    const ch = await openEngine(`chdb:${join(dir, 'ch')}`);
    const pg = await openEngine(inject('pgUrl').replace(/\/postgres$/, '/serve_cli'));
    try {
      await expect(ch.query('CREATE TABLE intruder (a Int32) ENGINE = Memory', {}, 5_000)).rejects.toThrow(
        /readonly|read-only/i,
      );
      await expect(pg.query('CREATE TABLE intruder (a integer)', {}, 5_000)).rejects.toThrow(/read-only/i);
      await expect(pg.query('DELETE FROM agents', {}, 5_000)).rejects.toThrow(/read-only/i);
      await expect(ch.query('SELECT count() FROM numbers(1000000000000)', {}, 1_000)).rejects.toBeInstanceOf(
        StatementTimeoutError,
      );
      await expect(pg.query('SELECT pg_sleep(5)', {}, 200)).rejects.toBeInstanceOf(StatementTimeoutError);
    } finally {
      ch.close();
      pg.close();
    }
  });

  it('refuses a non-empty chdb folder, an unknown scheme, a database without the tables', async (ctx) => {
    requirePostgres(ctx);
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await main(['seed', '--db', `chdb:${join(dir, 'ch')}`])).toBe(2);
    expect(err.mock.calls.at(-1)?.[0]).toMatch(/not empty/);
    expect(await main(['seed', '--db', 'mysql://x', '--accounts', '10', '--months', '1'])).toBe(1);
    expect(err.mock.calls.at(-1)?.[0]).toMatch(/Unknown --db/);
    await expect(openEngine('mysql://host/db')).rejects.toThrow(/--db must be one of duckdb:FILE.duckdb/);
    const empty = await createPgDatabase('empty_warehouse');
    await expect(openEngine(empty)).rejects.toThrow(
      /lacks account_period, contact_attempts, overdue_cells.*collectkit seed --db/,
    );
    await expect(openEngine(`chdb:${join(dir, 'nowhere')}`)).rejects.toThrow(/No chdb folder/);
  });
});
