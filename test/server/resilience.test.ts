/**
 * Server resilience (#18), over real HTTP on a seeded DuckDB: 1,000 concurrent requests with bounded
 * memory; URL and header size limits; the database vanishing mid-request → 503 with Retry-After, then
 * recovery without a restart; a client that stalls mid-request is cut off.
 */
import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDuckDb } from '../../src/server/engine/duckdb.js';
import type { Engine } from '../../src/server/engine/engine.js';
import { createApp } from '../../src/server/http/app.js';
import { HOOK_DEADLINE, seededFixture, SMALL, type Fixture } from './support.js';

let fx: Fixture;
let app: FastifyInstance;
let base: string;
/** The engine behind the app: replaced when the test closes or reopens the database. */
let current: Engine;
let beforeQuery: (() => Promise<void> | void) | null = null;
const switchable: Engine = {
  name: 'duckdb',
  asOf: () => current.asOf(),
  close: () => current.close(),
  async query(sql, params, timeoutMs) {
    const engine = current;
    await beforeQuery?.();
    return engine.query(sql, params, timeoutMs);
  },
};

beforeAll(async () => {
  fx = await seededFixture(SMALL);
  current = fx.engine;
  app = await createApp({ engine: switchable });
  base = (await app.listen({ port: 0, host: '127.0.0.1' })) + '/api/collection';
}, HOOK_DEADLINE);
afterAll(async () => {
  await app.close();
  fx.dispose();
});

const METRICS = ['overdue', 'roll-rates', 'vintage', 'recovery', 'agents', 'complaints', 'channels', 'compliance'];

describe('server under load and faults', () => {
  it('answers 1,000 concurrent requests, all 200, with bounded memory', async () => {
    const before = process.memoryUsage();
    const urls = Array.from(
      { length: 1000 },
      (_, i) => `${base}/${METRICS[i % 8]}?from=2024-${String(1 + (i % 10)).padStart(2, '0')}`,
    );
    const started = performance.now();
    const statuses = await Promise.all(urls.map(async (u) => (await fetch(u)).status));
    const seconds = (performance.now() - started) / 1000;
    const after = process.memoryUsage();
    const growthMb = (after.heapUsed - before.heapUsed) / 2 ** 20;
    console.info(
      `1,000 concurrent requests in ${seconds.toFixed(1)} s; heap ${(before.heapUsed / 2 ** 20).toFixed(0)} → ${(after.heapUsed / 2 ** 20).toFixed(0)} MB, rss ${(after.rss / 2 ** 20).toFixed(0)} MB`,
    );
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    // 80 distinct queries ran SQL, the rest came from the bounded cache: what is left on the heap must not scale with the load.
    expect(growthMb).toBeLessThan(150);
  }, 120_000);

  it('refuses an oversized URL (431) and oversized headers (431), and keeps answering', async () => {
    const longUrl = await fetch(`${base}/overdue?product=${'a'.repeat(20_000)}`);
    expect(longUrl.status).toBe(431);
    const longHeader = await fetch(`${base}/overdue`, { headers: { 'x-filler': 'b'.repeat(20_000) } });
    expect(longHeader.status).toBe(431);
    // Under the transport's limit, the query schema bounds each parameter: a problem, not a query.
    const longParameter = await fetch(`${base}/overdue?product=${'a'.repeat(2_000)}`);
    expect(longParameter.status).toBe(400);
    expect(await longParameter.json()).toMatchObject({ status: 400, parameter: 'product' });
    expect((await fetch(`${base}/overdue`)).status).toBe(200);
  });

  it('closes the connection of a client that stalls mid-request, and still serves others', async () => {
    const strict = await createApp({ engine: fx.engine, clientTimeoutMs: 1_000 });
    const strictBase = (await strict.listen({ port: 0, host: '127.0.0.1' })) + '/api/collection';
    const { port, hostname } = new URL(strictBase);
    const socket = connect(Number(port), hostname);
    const started = performance.now();
    const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(performance.now() - started)));
    socket.on('error', () => undefined);
    // Half a request line and one header, then nothing.
    socket.write('GET /api/collection/overdue HTTP/1.1\r\nHost: localhost\r\n');
    const other = await fetch(`${strictBase}/channels`);
    expect(other.status).toBe(200);
    const after = await closed;
    await strict.close();
    expect(after).toBeGreaterThanOrEqual(900);
    expect(after).toBeLessThan(5_000);
  });

  it('answers 503 with Retry-After when the database vanishes mid-request, and recovers without a restart', async () => {
    // The request is under way (routed, parsed, scoped) when the database goes: closed under it.
    beforeQuery = () => current.close();
    const gone = await fetch(`${base}/overdue?from=2024-03&interval=quarter`);
    beforeQuery = null;
    expect(gone.status).toBe(503);
    expect(gone.headers.get('retry-after')).toMatch(/^\d+$/);
    const body = (await gone.json()) as { status: number; detail: string };
    expect(body.status).toBe(503);
    expect(body.detail).not.toMatch(/disconnected|duckdb|\/tmp|SELECT/i);
    // Still gone: still 503, not 500.
    expect((await fetch(`${base}/overdue?from=2024-04&interval=quarter`)).status).toBe(503);
    // The database is back (reopened by its operator): the same server answers again.
    current = await openDuckDb(fx.file, { connections: 2, threads: 1 });
    const back = await fetch(`${base}/overdue?from=2024-03&interval=quarter`);
    expect(back.status).toBe(200);
    expect(((await back.json()) as { rows: unknown[] }).rows.length).toBeGreaterThan(0);
  }, 60_000);
});
