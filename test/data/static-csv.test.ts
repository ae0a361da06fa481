import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createStaticAdapter } from '../../src/data/static.js';
import { csvParse } from 'd3-dsv';
import { createCsvAdapter, parseCsvRecords, parseMetricCsv } from '../../src/data/csv.js';
import { DataError } from '../../src/data/errors.js';

const meta = { asOf: '2025-12-31T16:00:00Z', source: 's', currency: 'CNY', definitionVersion: '1' };
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('static adapter', () => {
  const rows = ['2025-01', '2025-02', '2025-03'].flatMap((period) => [
    { period, bucket: 'M0', accounts: 9, balance: 18 },
    { period, bucket: 'M1', accounts: 1, balance: 2 },
  ]);

  it('answers from data in hand, filtered by period range', async () => {
    const adapter = createStaticAdapter({ overdue: { meta, rows } });
    const res = await adapter.fetch('overdue', { from: '2025-02', to: '2025-03' });
    expect(res.rows.map((r) => r.period)).toEqual(['2025-02', '2025-02', '2025-03', '2025-03']);
  });

  it('validates like a backend and says how to add missing metrics', async () => {
    await expect(
      createStaticAdapter({ overdue: { meta, rows: [{ period: 'x' }] } }).fetch('overdue', {}),
    ).rejects.toThrow('row 0 field "bucket" is missing');
    await expect(createStaticAdapter({}).fetch('agents', {})).rejects.toThrow('data-metric="agents"');
  });
});

describe('csv adapter', () => {
  it('maps columns, converts numbers and filters', async () => {
    server.use(
      http.get(
        'http://files.test/overdue.csv',
        () =>
          new HttpResponse(
            'month,stage,n,amt\n2025-01,M0,90,"9,000.50"\n2025-01,M1,10,1000\n2025-02,M0,89,8900\n2025-02,M1,11,1100\n',
            {
              headers: { 'Last-Modified': 'Wed, 31 Dec 2025 16:00:00 GMT' },
            },
          ),
      ),
    );
    const adapter = createCsvAdapter({
      urls: { overdue: 'http://files.test/overdue.csv' },
      columns: { overdue: { period: 'month', bucket: 'stage', accounts: 'n', balance: 'amt' } },
    });
    const res = await adapter.fetch('overdue', { to: '2025-01' });
    expect(res.rows).toEqual([
      { period: '2025-01', bucket: 'M0', accounts: 90, balance: 9000.5 },
      { period: '2025-01', bucket: 'M1', accounts: 10, balance: 1000 },
    ]);
    expect(res.meta.asOf).toBe('2025-12-31T16:00:00.000Z');
  });

  it('reads CSV like csvParse (quotes, CRLF, short lines, duplicate headers) without compiling code', () => {
    const text =
      'period,bucket,accounts,balance,note,note\r\n2025-01,M1,"1,200",5,"say ""hi""\nthere",x\r\n2025-02,M2,3\r\n';
    expect(parseCsvRecords(text)).toEqual(csvParse(text));
    expect(parseCsvRecords(text).columns).toEqual(csvParse(text).columns);
    // A page's Content-Security-Policy without 'unsafe-eval' makes `new Function` throw: the adapter must not need it.
    const real = globalThis.Function;
    globalThis.Function = function () {
      throw new EvalError('Refused to evaluate a string as JavaScript (CSP)');
    } as unknown as FunctionConstructor;
    try {
      expect(() => csvParse(text)).toThrow(EvalError);
      expect(parseMetricCsv('overdue', 'period,bucket,accounts,balance\n2025-01,M1,"1,200",5\n')).toEqual([
        { period: '2025-01', bucket: 'M1', accounts: 1200, balance: 5 },
      ]);
    } finally {
      globalThis.Function = real;
    }
  });

  it('names missing columns and bad cells by CSV line', () => {
    expect(() => parseMetricCsv('overdue', 'period,bucket\n2025-01,M1\n')).toThrow(
      'The overdue CSV lacks the columns accounts, balance (it has period, bucket).',
    );
    try {
      parseMetricCsv('overdue', 'period,bucket,accounts,balance\n2025-01,M1,1,2\n2025-01,M2,n/a,2\n');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      expect((e as DataError).message).toBe('The overdue CSV line 3 column "accounts" is "n/a", expected a number.');
    }
  });
});
