/**
 * Nobody sees what they should not: a scope from the deployment (header or bearer token) is ANDed into
 * every query; filters outside it are 403; hostile values in every parameter are 4xx, never 5xx, and no
 * answer holds a row outside the scope.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/http/app.js';
import { runMetric, SERVER_METRICS } from '../../src/server/metrics.js';
import { QUERY_PARAMETERS } from '../../src/server/query.js';
import { boundFilters, headerScope, parseScope, tokenScope } from '../../src/server/scope.js';
import { HOOK_DEADLINE, seededFixture, type Fixture } from './support.js';

let fx: Fixture;
let scoped: FastifyInstance;
let open: FastifyInstance;
const HEADER = 'x-collectkit-scope';
const north = { [HEADER]: 'region=north' };

beforeAll(async () => {
  fx = await seededFixture();
  scoped = await createApp({ engine: fx.engine, scope: headerScope(HEADER), cacheEntries: 0 });
  open = await createApp({ engine: fx.engine, cacheEntries: 0 });
}, HOOK_DEADLINE);
afterAll(async () => {
  await scoped?.close();
  await open?.close();
  fx?.dispose();
});

/** At least 200 hostile values: injection, traversal, oversized, unicode tricks, format strings, odd dates. */
function hostileValues(): string[] {
  const base = [
    "' OR 1=1 --",
    "north' OR '1'='1",
    "north'; DROP TABLE agents; --",
    '1; SELECT * FROM account_period',
    "') UNION SELECT agent_id, name FROM agents --",
    'north" OR ""="',
    'north/**/OR/**/1=1',
    "north'||'",
    'north\\',
    '$1',
    '$from',
    ':region',
    '?',
    '%',
    '%%',
    '_',
    'north%',
    '../../etc/passwd',
    '..\\..\\windows\\win.ini',
    '/etc/passwd',
    'file:///etc/passwd',
    '....//....//',
    '%2e%2e%2f',
    '..%c0%af',
    'C:\\boot.ini',
    'a'.repeat(41),
    'north'.repeat(200),
    'x'.repeat(10_000),
    '9'.repeat(400),
    'nоrth',
    'north\u200b',
    '\u200bnorth',
    'north\u0000',
    '\u0000',
    '\u202enorth',
    'ｎｏｒｔｈ',
    'north\u0301',
    'nor\u00adth',
    '𝐧𝐨𝐫𝐭𝐡',
    '北',
    '华北',
    '🙂',
    '\ufeffnorth',
    'north\r\nX-Injected: 1',
    'north\n',
    '\t',
    '%s%s%s%n',
    '${jndi:ldap://x/a}',
    '{{7*7}}',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '{}',
    '[]',
    '{"$ne":null}',
    '__proto__',
    'constructor',
    'prototype',
    '-1',
    '+1',
    '-north',
    '.north',
    ' north',
    'north ',
    '',
    '2024-13',
    '2024-00',
    '0000-01',
    '2024-1',
    '2024-01-01',
    '2024-01T00',
    ' 2024-01',
    '2024-01 ',
    '2024/01',
    '202401',
    '24-01',
    '2024-01-',
    '99999-01',
    '2024-02-30',
    '1e309',
    'NaN-01',
    'Infinity',
  ];
  const out = new Set<string>();
  for (const v of base) {
    out.add(v);
    out.add(`north${v}`);
    out.add(`${v}2024-01`);
    out.add(`${v}north`);
  }
  return [...out].filter((v) => !/^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/.test(v) && !/^[0-9]{4}-(0[1-9]|1[0-2])$/.test(v));
}

describe('scopes', () => {
  it('parses scopes and fails closed on anything else', () => {
    expect(parseScope('region=north;team=early-a,early-b')).toEqual({
      region: ['north'],
      team: ['early-a', 'early-b'],
    });
    expect(parseScope('*')).toEqual({});
    for (const bad of [
      '',
      'region=',
      'region=north;region=south',
      'colour=red',
      "region=north' OR 1=1",
      'region=north;',
    ])
      expect(() => parseScope(bad), bad).toThrow();
  });

  it('no scope header → 401; a filter outside the scope → 403; a scope on a dimension the metric lacks → 403', async () => {
    expect((await scoped.inject('/api/collection/overdue')).statusCode).toBe(401);
    expect((await scoped.inject('/api/collection')).statusCode).toBe(401);
    expect((await scoped.inject({ url: '/api/collection', headers: north })).json()).toMatchObject({
      asOf: fx.tables.asOf,
    });
    const outside = await scoped.inject({ url: '/api/collection/overdue?region=south', headers: north });
    expect(outside.statusCode).toBe(403);
    expect(outside.json()).toMatchObject({ status: 403, parameter: 'region' });
    const team = await scoped.inject({ url: '/api/collection/overdue', headers: { [HEADER]: 'team=early-a' } });
    expect(team.statusCode).toBe(403);
    const agents = await scoped.inject({ url: '/api/collection/agents', headers: { [HEADER]: 'team=early-a' } });
    expect(agents.statusCode).toBe(200);
    expect(agents.json().rows.every((r: { team: string }) => r.team === 'early-a')).toBe(true);
  });

  it('bearer tokens map to scopes; unknown tokens are 401', async () => {
    const app = await createApp({
      engine: fx.engine,
      scope: tokenScope({ 'tok-north-0123456789': 'region=north', 'tok-all-0123456789': '*' }),
    });
    expect(
      (await app.inject({ url: '/api/collection/overdue', headers: { authorization: 'Bearer nope' } })).statusCode,
    ).toBe(401);
    const n = await app.inject({
      url: '/api/collection/overdue',
      headers: { authorization: 'Bearer tok-north-0123456789' },
    });
    const all = await app.inject({
      url: '/api/collection/overdue',
      headers: { authorization: 'Bearer tok-all-0123456789' },
    });
    const direct = await open.inject('/api/collection/overdue?region=north');
    expect(n.json().rows).toEqual(direct.json().rows);
    expect(all.json().rows).toEqual((await open.inject('/api/collection/overdue')).json().rows);
    expect(all.json().rows).not.toEqual(n.json().rows);
    await app.close();
  });

  it("a scoped caller cannot learn another scope's totals through any metric or filter", async () => {
    const regions = [...new Set(fx.tables.account_period.map((r) => r.region))];
    const variants = [
      '',
      'from=2024-03',
      'to=2024-05',
      'product=auto',
      'team=late',
      'agency=x',
      'region=north',
      'interval=month',
      ...regions.filter((r) => r !== 'north').map((r) => `region=${r}`),
    ];
    for (const metric of SERVER_METRICS) {
      for (const v of variants) {
        const r = await scoped.inject({ url: `/api/collection/${metric}?${v}`, headers: north });
        const label = `${metric}?${v}`;
        if (/region=(?!north)/.test(v)) {
          expect(r.statusCode, label).toBe(403);
          continue;
        }
        expect(r.statusCode, label).toBe(200);
        const expected = await open.inject(
          `/api/collection/${metric}?${v}${v.includes('region=') ? '' : `${v ? '&' : ''}region=north`}`,
        );
        expect(r.json(), label).toEqual(expected.json());
      }
      const q = {};
      const all = await runMetric(fx.engine, metric, q, boundFilters(metric, q, {}), 30_000);
      const mine = (await scoped.inject({ url: `/api/collection/${metric}`, headers: north })).json();
      expect(JSON.stringify(mine.rows), `${metric}: north differs from the whole book`).not.toBe(
        JSON.stringify(all.rows),
      );
    }
  });
});

describe('hostile values', () => {
  const values = hostileValues();

  it('there are at least 200 of them', () => {
    expect(values.length).toBeGreaterThanOrEqual(200);
  });

  for (const parameter of QUERY_PARAMETERS) {
    it(`${parameter}: every hostile value → 4xx problem, never 5xx, no row outside the scope`, async () => {
      let k = 0;
      for (const value of values) {
        const metric = SERVER_METRICS[k++ % SERVER_METRICS.length]!;
        const r = await scoped.inject({
          url: `/api/collection/${metric}?${parameter}=${encodeURIComponent(value)}`,
          headers: north,
        });
        const label = `${metric} ${parameter}=${JSON.stringify(value.slice(0, 30))}`;
        expect(r.statusCode, label).toBeGreaterThanOrEqual(400);
        expect(r.statusCode, label).toBeLessThan(500);
        expect(r.headers['content-type'], label).toMatch(/^application\/problem\+json/);
        expect(r.body, label).not.toMatch(/SELECT|account_period|node_modules|\/work\/|\.ts:\d/);
      }
    });
  }

  it('hostile metric names and scope headers → 4xx', async () => {
    for (const value of values.slice(0, 120)) {
      const r = await scoped.inject({ url: `/api/collection/${encodeURIComponent(value)}`, headers: north });
      expect(r.statusCode, value.slice(0, 30)).toBeGreaterThanOrEqual(400);
      expect(r.statusCode, value.slice(0, 30)).toBeLessThan(500);
      if (['\r', '\n', '\0'].some((ch) => value.includes(ch))) continue; // not a valid header value; the HTTP stack refuses it before us
      const h = await scoped.inject({ url: '/api/collection/overdue', headers: { [HEADER]: `region=${value}` } });
      expect(h.statusCode, `scope ${value.slice(0, 30)}`).toBe(403);
    }
  });
});
