/** The REST adapter against the mock backend's msw handlers: every metric, validated, and its scenarios. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRICS } from '../../src/model/metrics.js';
import { createRestAdapter } from '../../src/data/rest.js';
import { DataError } from '../../src/data/errors.js';
import { mockServer } from '../../mocks/node.js';
import { resetScenarioState } from '../../mocks/handlers.js';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
afterAll(() => mockServer.close());

const adapter = (base = 'http://localhost/api/collection', timeout?: number) =>
  createRestAdapter({ baseUrl: base, ...(timeout ? { timeout } : {}) });

describe('rest adapter × mock backend', () => {
  it.each(METRICS)('fetches and validates %s', async (metric) => {
    const res = await adapter().fetch(metric, { from: '2025-01', to: '2025-03', interval: 'month' });
    expect(res.meta.source).toBe('collectkit-mock');
    expect(res.rows.length).toBeGreaterThan(0);
    if (metric === 'complaints') expect(res.exposure?.length).toBe(3);
  });

  it.each([
    ['failing', 'http', 'The server answered 500'],
    ['malformed', 'parse', 'is not valid JSON'],
    ['wrong-shape', 'validation', 'row 0 field'],
  ])('turns the %s scenario into a %s error', async (scenario, kind, text) => {
    const e = await adapter(`http://localhost/api/scenarios/${scenario}`)
      .fetch('overdue', {})
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DataError);
    expect((e as DataError).kind).toBe(kind);
    expect((e as DataError).message).toContain(text);
  });

  it('times out on the timeout scenario', async () => {
    const e = (await adapter('http://localhost/api/scenarios/timeout', 150)
      .fetch('agents', {})
      .catch((x: unknown) => x)) as DataError;
    expect(e.kind).toBe('timeout');
  });

  it('fails the flaky scenario once (503, retryable), then succeeds', async () => {
    resetScenarioState();
    const a = adapter('http://localhost/api/scenarios/flaky');
    const first = (await a.fetch('channels', { from: '2025-01', to: '2025-01' }).catch((x: unknown) => x)) as DataError;
    expect([first.status, first.retryable]).toEqual([503, true]);
    expect((await a.fetch('channels', { from: '2025-01', to: '2025-01' })).rows.length).toBeGreaterThan(0);
  });

  it('reports a bad query as a 400 that is not retried', async () => {
    const e = (await adapter()
      .fetch('overdue', { from: '2025-06', to: '2025-01' })
      .catch((x: unknown) => x)) as DataError;
    expect([e.status, e.retryable]).toEqual([400, false]);
  });
});
