/**
 * collectkit/server over HTTP (Fastify `inject`, no port): the `rest` adapter reads every metric; bad
 * parameters are 400 problem+json naming the parameter; unknown metric 404; statement timeout 503 with
 * Retry-After; no SQL, stack or path in any answer; ETag/304; the result cache; redaction.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRestAdapter } from '../../src/data/rest.js';
import type { Engine } from '../../src/server/engine/engine.js';
import { StatementTimeoutError } from '../../src/server/engine/engine.js';
import { createApp } from '../../src/server/http/app.js';
import { runMetric, SERVER_METRICS } from '../../src/server/metrics.js';
import { parseQuery } from '../../src/server/query.js';
import { boundFilters } from '../../src/server/scope.js';
import { HOOK_DEADLINE, seededFixture, type Fixture } from './support.js';

let fx: Fixture;
let app: FastifyInstance;

beforeAll(async () => {
  fx = await seededFixture();
  app = await createApp({ engine: fx.engine });
}, HOOK_DEADLINE);
afterAll(async () => {
  await app?.close();
  fx?.dispose();
});

/** A fetch that answers through `app.inject`, so the real `rest` adapter talks to the server. */
function injectFetch(target: FastifyInstance, headers: Record<string, string> = {}): typeof fetch {
  return async (input: string | URL | Request) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const r = await target.inject({ method: 'GET', url: url.pathname + url.search, headers });
    return new Response(r.statusCode === 304 ? null : r.body, {
      status: r.statusCode,
      headers: r.headers as Record<string, string>,
    });
  };
}

describe('the rest adapter reads the server', () => {
  it('every metric: the adapter validates the answer, and its rows are the SQL rows', async () => {
    const adapter = createRestAdapter({ baseUrl: 'http://intranet.test/api/collection', fetch: injectFetch(app) });
    for (const metric of SERVER_METRICS) {
      const query = { from: fx.tables.from, to: fx.tables.to, interval: 'month' as const, region: 'east' };
      const response = await adapter.fetch(metric, query, {});
      const q = parseQuery(query);
      const direct = await runMetric(fx.engine, metric, q, boundFilters(metric, q, {}), 30_000);
      expect(response.rows, metric).toEqual(direct.rows);
      expect(response.rows.length, metric).toBeGreaterThan(0);
      expect(response.meta).toEqual({
        asOf: fx.tables.asOf,
        source: 'collectkit-server (duckdb)',
        currency: 'CNY',
        definitionVersion: '2026.1',
      });
      if (metric === 'complaints') expect(response.exposure).toEqual(direct.exposure);
    }
  });
});

describe('errors', () => {
  const bad: [string, string][] = [
    ['from=2024-13', 'from'],
    ['to=24-01', 'to'],
    ['interval=fortnight', 'interval'],
    ['interval=week', 'interval'],
    ['from=2024-06&to=2024-01', 'from'],
    ['from=1990-01&to=2024-01', 'to'],
    ['product=%27%20OR%201%3D1', 'product'],
    ['region=' + 'a'.repeat(41), 'region'],
    ['team=a&team=b', 'team'],
    ['colour=red', 'colour'],
    ['from=1800-01', 'from'],
  ];
  for (const [qs, parameter] of bad) {
    it(`?${qs.slice(0, 40)} → 400 problem naming ${parameter}`, async () => {
      const r = await app.inject(`/api/collection/overdue?${qs}`);
      expect(r.statusCode).toBe(400);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      const body = r.json();
      expect(body).toMatchObject({ status: 400, title: 'Bad Request', parameter });
      expect(body.detail).toContain(parameter);
      expect(body.error).toBe(body.detail);
    });
  }

  it('unknown metric → 404 problem; unknown path → 404 problem', async () => {
    const r = await app.inject('/api/collection/profit?from=2024-01');
    expect(r.statusCode).toBe(404);
    expect(r.json()).toMatchObject({ status: 404, detail: expect.stringContaining('profit') });
    const other = await app.inject('/etc/passwd');
    expect(other.statusCode).toBe(404);
    expect(other.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('a statement past its time limit → 503 with Retry-After; the engine really interrupts DuckDB', async () => {
    await expect(fx.engine.query('SELECT count(*) FROM range(100000000000)', {}, 50)).rejects.toBeInstanceOf(
      StatementTimeoutError,
    );
    const slow: Engine = {
      name: 'duckdb',
      asOf: fx.engine.asOf,
      close() {},
      query: async () => Promise.reject(new StatementTimeoutError(50)),
    };
    const a = await createApp({ engine: slow, retryAfterSeconds: 7 });
    const r = await a.inject('/api/collection/overdue');
    expect(r.statusCode).toBe(503);
    expect(r.headers['retry-after']).toBe('7');
    expect(r.json()).toMatchObject({ status: 503 });
    await a.close();
  });

  it('the database is opened read-only, without access to other files', async () => {
    await expect(fx.engine.query('CREATE TABLE intruder (a INTEGER)', {}, 5_000)).rejects.toThrow(/read-only/i);
    await expect(fx.engine.query('DELETE FROM agents', {}, 5_000)).rejects.toThrow(/read-only/i);
    await expect(fx.engine.query("SELECT * FROM read_csv('/etc/passwd')", {}, 5_000)).rejects.toThrow(
      /disabled|Permission/i,
    );
  });

  it('an engine failure → 500 without SQL text, stack or file path', async () => {
    const failing: Engine = {
      name: 'duckdb',
      asOf: fx.engine.asOf,
      close() {},
      query: async () => {
        throw new Error(
          `Catalog Error: Table with name account_period does not exist! LINE 1: SELECT * FROM account_period in /srv/data/portfolio.duckdb`,
        );
      },
    };
    const a = await createApp({ engine: failing });
    const r = await a.inject('/api/collection/overdue');
    expect(r.statusCode).toBe(500);
    expect(r.body).not.toMatch(/SELECT|account_period|\/srv|Catalog|\.ts:|at /);
    expect(r.json()).toMatchObject({ status: 500, title: 'Internal Server Error' });
    await a.close();
  });
});

describe('ETag and cache', () => {
  it('same query → same ETag and 304 on If-None-Match; another query → another ETag', async () => {
    const first = await app.inject('/api/collection/channels?from=2024-02');
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await app.inject({
      url: '/api/collection/channels?from=2024-02',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const cached = await app.inject('/api/collection/channels?from=2024-02');
    expect(cached.body).toBe(first.body);
    const other = await app.inject('/api/collection/channels?from=2024-03');
    expect(other.headers.etag).not.toBe(etag);
    const agencyIgnored = await app.inject('/api/collection/channels?from=2024-02&agency=x1');
    expect(agencyIgnored.headers.etag).toBe(etag);
  });

  it('a bounded cache: the app keeps at most cacheEntries answers and still answers correctly', async () => {
    const a = await createApp({ engine: fx.engine, cacheEntries: 2 });
    const bodies = new Map<string, string>();
    for (const m of ['2024-02', '2024-03', '2024-04', '2024-02']) {
      const r = await a.inject(`/api/collection/overdue?from=${m}`);
      if (bodies.has(m)) expect(r.body).toBe(bodies.get(m));
      bodies.set(m, r.body);
    }
    await a.close();
  });
});

describe('--redact-agents', () => {
  it('agent ids and names leave only as keyed pseudonyms, stable across requests and app instances', async () => {
    const key = 'k'.repeat(32);
    const a = await createApp({ engine: fx.engine, redactKey: key });
    const b = await createApp({ engine: fx.engine, redactKey: key });
    const c = await createApp({ engine: fx.engine, redactKey: 'z'.repeat(32) });
    const rows = (x: FastifyInstance) =>
      x.inject('/api/collection/agents').then((r) => r.json().rows as { agentId: string; name: string }[]);
    const [ra, ra2, rb, rc] = [await rows(a), await rows(a), await rows(b), await rows(c)];
    const body = JSON.stringify(ra);
    for (const agent of fx.tables.agents) {
      expect(body).not.toContain(agent.agent_id);
      expect(body).not.toContain(agent.name);
    }
    expect(ra.every((r) => /^agent-[0-9a-f]{12}$/.test(r.agentId) && r.name === r.agentId)).toBe(true);
    expect(new Set(ra.map((r) => r.agentId)).size).toBe(ra.length);
    expect(ra2).toEqual(ra);
    expect(rb).toEqual(ra);
    expect(rc.map((r) => r.agentId)).not.toEqual(ra.map((r) => r.agentId));
    for (const x of [a, b, c]) await x.close();
  });
});
