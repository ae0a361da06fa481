import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createRestAdapter, metricUrl, parseDuration } from '../../src/data/rest.js';
import { DataError } from '../../src/data/errors.js';

const meta = { asOf: '2025-12-31T16:00:00Z', source: 'test', currency: 'CNY', definitionVersion: '2026.1' };
const rows = [
  { period: '2025-11', bucket: 'M0', accounts: 900, balance: 9000 },
  { period: '2025-11', bucket: 'M1', accounts: 100, balance: 1000 },
];
const server = setupServer();
const seen: string[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
});
afterAll(() => server.close());

const adapter = (opts: Partial<Parameters<typeof createRestAdapter>[0]> = {}) =>
  createRestAdapter({ baseUrl: 'http://api.test/collection', ...opts });

async function failure(p: Promise<unknown>): Promise<DataError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return e as DataError;
  }
  throw new Error('expected a failure');
}

describe('metricUrl', () => {
  it('puts the metric under the base URL and the defined filters, sorted, in the query string', () => {
    expect(
      metricUrl({ baseUrl: 'http://x/api/collection' }, 'overdue', {
        to: '2025-12',
        from: '2025-01',
        interval: 'month',
        product: undefined,
      }),
    ).toBe('http://x/api/collection/overdue?from=2025-01&interval=month&to=2025-12');
    expect(
      metricUrl({ baseUrl: 'http://x/api/', paths: { '*': 'v2/{metric}.json' } }, 'roll-rates', { region: '华东' }),
    ).toBe('http://x/api/v2/roll-rates.json?region=%E5%8D%8E%E4%B8%9C');
  });

  it('parses durations', () => {
    expect(parseDuration('5m')).toBe(300_000);
    expect(parseDuration('30s')).toBe(30_000);
    expect(parseDuration('250')).toBe(250);
    expect(parseDuration('soon')).toBeNaN();
  });
});

describe('rest adapter', () => {
  it('fetches, validates and returns meta and rows, sending headers and token from JS', async () => {
    server.use(
      http.get('http://api.test/collection/overdue', ({ request }) => {
        seen.push(request.url, request.headers.get('authorization') ?? '', request.headers.get('x-team') ?? '');
        return HttpResponse.json({ meta, rows });
      }),
    );
    const res = await adapter({ token: 'abc', headers: { 'X-Team': 'risk' } }).fetch('overdue', {
      from: '2025-11',
      to: '2025-11',
    });
    expect(res.rows).toEqual(rows);
    expect(res.meta).toEqual(meta);
    expect(seen).toEqual(['http://api.test/collection/overdue?from=2025-11&to=2025-11', 'Bearer abc', 'risk']);
  });

  it('turns HTTP 500 into a retryable http error carrying the server message', async () => {
    server.use(
      http.get('http://api.test/collection/overdue', () =>
        HttpResponse.json({ error: 'warehouse down' }, { status: 500 }),
      ),
    );
    const e = await failure(adapter().fetch('overdue', {}));
    expect(e.kind).toBe('http');
    expect(e.status).toBe(500);
    expect(e.retryable).toBe(true);
    expect(e.message).toBe(
      'The server answered 500 Internal Server Error for overdue (GET http://api.test/collection/overdue): warehouse down.',
    );
    expect(e.hint).toBe('server');
  });

  it('turns HTTP 404 into a non-retryable error', async () => {
    server.use(
      http.get('http://api.test/collection/overdue', () => new HttpResponse('no such metric', { status: 404 })),
    );
    const e = await failure(adapter().fetch('overdue', {}));
    expect(e.status).toBe(404);
    expect(e.retryable).toBe(false);
    expect(e.message).toBe(
      'The server answered 404 Not Found for overdue (GET http://api.test/collection/overdue): no such metric.',
    );
    expect([e.url, e.hint]).toEqual(['http://api.test/collection/overdue', 'not-found']);
  });

  it('leaves a web page out of the message (a 404 page of the web server, not the API)', async () => {
    server.use(
      http.get(
        'http://api.test/collection/overdue',
        () =>
          new HttpResponse('<!DOCTYPE html><html><body><h1>Not Found</h1></body></html>', {
            status: 404,
            headers: { 'Content-Type': 'text/html' },
          }),
      ),
    );
    const e = await failure(adapter().fetch('overdue', {}));
    expect(e.message).toBe('The server answered 404 Not Found for overdue (GET http://api.test/collection/overdue).');
  });

  it('shows the failed URL with its query but without credentials', async () => {
    server.use(http.get('http://api.test/collection/overdue', () => new HttpResponse('denied', { status: 403 })));
    const e = await failure(
      adapter({ paths: { '*': '{metric}?access_token=tok123&api-key=k9' } }).fetch('overdue', { from: '2025-01' }),
    );
    expect(e.url).toBe('http://api.test/collection/overdue?access_token=***&api-key=***&from=2025-01');
    expect(e.message).toBe(
      'The server answered 403 Forbidden for overdue (GET http://api.test/collection/overdue?access_token=***&api-key=***&from=2025-01): denied.',
    );
    expect(e.hint).toBe('auth');
    // fetch refuses a URL with a user name and password: the network error must not repeat them either.
    const inUrl = await failure(
      createRestAdapter({ baseUrl: 'http://ann:s3cret@api.test/collection' }).fetch('overdue', {}),
    );
    expect([inUrl.kind, inUrl.url]).toEqual(['network', 'http://api.test/collection/overdue']);
    expect(inUrl.message).not.toMatch(/s3cret|ann/);
  });

  it('reports truncated JSON as a parse error', async () => {
    server.use(
      http.get(
        'http://api.test/collection/overdue',
        () => new HttpResponse('{"meta":{"asOf":"2025', { headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    const e = await failure(adapter().fetch('overdue', {}));
    expect(e.kind).toBe('parse');
    expect(e.message).toMatch(
      /^The server's answer for overdue \(GET http:\/\/api.test\/collection\/overdue\) is not valid JSON \(21 characters/,
    );
    expect(e.hint).toBe('parse');
  });

  it('names the row and field of a wrong shape', async () => {
    server.use(
      http.get('http://api.test/collection/overdue', () =>
        HttpResponse.json({ meta, rows: [rows[0], { ...rows[1], balance: '1,000' }] }),
      ),
    );
    const e = await failure(adapter().fetch('overdue', {}));
    expect(e.kind).toBe('validation');
    expect(e.rowIndex).toBe(1);
    expect(e.field).toBe('balance');
    expect(e.message).toBe('Bad overdue response: row 1 field "balance" is "1,000", expected a finite number.');
    expect([e.url, e.hint]).toEqual(['http://api.test/collection/overdue', 'contract']);
  });

  it('times out slow answers', async () => {
    server.use(
      http.get('http://api.test/collection/overdue', async () => {
        await delay(2_000);
        return HttpResponse.json({ meta, rows });
      }),
    );
    const e = await failure(adapter({ timeout: 100 }).fetch('overdue', {}));
    expect(e.kind).toBe('timeout');
    expect(e.retryable).toBe(true);
    expect(e.message).toBe('No answer for overdue within 0.1 s (GET http://api.test/collection/overdue).');
    expect(e.hint).toBe('timeout');
  });

  it('reports a network failure', async () => {
    server.use(http.get('http://api.test/collection/overdue', () => HttpResponse.error()));
    const e = await failure(adapter().fetch('overdue', {}));
    expect(e.kind).toBe('network');
    expect(e.retryable).toBe(true);
    expect(e.hint).toBe('network');
  });

  it('aborts when the caller aborts', async () => {
    server.use(
      http.get('http://api.test/collection/overdue', async () => {
        await delay(2_000);
        return HttpResponse.json({ meta, rows });
      }),
    );
    const controller = new AbortController();
    const p = adapter().fetch('overdue', {}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const e = await failure(p);
    expect(e.kind).toBe('aborted');
    expect(e.hint).toBeNull();
  });
});
