/**
 * The csv and static adapters registered for `<ck-source>` load their code on their first fetch
 * (src/data/lazy-adapter.ts): they answer like the adapters themselves, and a misconfigured source still
 * gets the adapter's own configuration error, from the fetch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createAdapter } from '../../src/data/adapter.js';
import { registerBuiltinAdapters } from '../../src/data/builtin-adapters.js';
import { DataError } from '../../src/data/errors.js';

const csv = 'period,accounts,balance,bucket\n2025-01,900,90000,M0\n2025-01,100,10000,M1\n';
const server = setupServer(http.get('http://csv.test/overdue.csv', () => new HttpResponse(csv)));
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  registerBuiltinAdapters();
});
afterAll(() => server.close());

const query = { from: '2025-01', to: '2025-01', interval: 'month' } as const;

describe('csv adapter loaded on first fetch', () => {
  it('reads a CSV file like the csv adapter', async () => {
    const a = createAdapter('csv', { attributes: { 'overdue-url': 'http://csv.test/overdue.csv' } });
    const r = await a.fetch('overdue', query);
    expect(r.rows).toEqual([
      expect.objectContaining({ period: '2025-01', bucket: 'M0', accounts: 900, balance: 90000 }),
      expect.objectContaining({ period: '2025-01', bucket: 'M1', accounts: 100, balance: 10000 }),
    ]);
  });

  it('rejects the fetch with the configuration error when no URL is given', async () => {
    const a = createAdapter('csv', { attributes: {} });
    const error: unknown = await a.fetch('overdue', query).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).kind).toBe('config');
    expect((error as DataError).message).toMatch(/needs a \{metric\}-url attribute/);
  });
});

describe('static adapter loaded on first fetch', () => {
  const body = {
    meta: { asOf: '2025-02-01T00:00:00Z', source: 'page', currency: 'CNY', definitionVersion: '2026.1' },
    rows: [
      { period: '2025-01', bucket: 'M0', accounts: 900, balance: 90000 },
      { period: '2025-02', bucket: 'M0', accounts: 800, balance: 80000 },
    ],
  };

  it('answers from adapterOptions.data, filtered and validated like the static adapter', async () => {
    const a = createAdapter('static', { attributes: {}, options: { data: { overdue: body } } });
    const r = await a.fetch('overdue', query);
    expect(r.rows).toEqual([{ period: '2025-01', bucket: 'M0', accounts: 900, balance: 90000 }]);
  });

  it('rejects the fetch with the configuration error when it has no data and no element', async () => {
    const a = createAdapter('static', { attributes: {} });
    const error: unknown = await a.fetch('overdue', query).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).kind).toBe('config');
    expect((error as DataError).message).toMatch(/needs adapterOptions.data or JSON <script> children/);
  });
});
