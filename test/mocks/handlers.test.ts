import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { HUGE_PORTFOLIO, resetScenarioState, scenarioDelays, scenarioNames } from '../../mocks/handlers.js';
import { mockServer } from '../../mocks/node.js';
import { mockResponse } from '../../mocks/portfolio.js';
import { validateResponse } from '../../src/data/validate.js';

const base = 'http://localhost/api';
const query = 'from=2024-01&to=2024-06&interval=month';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
afterEach(() => resetScenarioState());
afterAll(() => mockServer.close());

describe('GET /api/collection/:metric', () => {
  it('returns the contract shape', async () => {
    const res = await fetch(`${base}/collection/overdue?${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = validateResponse('overdue', await res.json());
    expect(body.meta.source).toBe('collectkit-mock');
    expect(body.rows.length).toBe(6 * 8);
    expect(body).toEqual(mockResponse('overdue', { from: '2024-01', to: '2024-06', interval: 'month' }));
  });

  it('passes filters and threshold through', async () => {
    const res = await fetch(`${base}/collection/vintage?from=2024-01&to=2024-03&product=auto&region=east&threshold=M3`);
    expect(await res.json()).toEqual(
      mockResponse('vintage', { from: '2024-01', to: '2024-03', product: 'auto', region: 'east', threshold: 'M3' }),
    );
  });

  it('answers 404 JSON for an unknown metric and 400 JSON for bad parameters', async () => {
    const unknown = await fetch(`${base}/collection/churn?${query}`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toMatch(/churn/);
    for (const bad of ['from=2024-06&to=2024-01', 'interval=fortnight', 'from=June', 'product=mortgage']) {
      const res = await fetch(`${base}/collection/overdue?${bad}`);
      expect(res.status, bad).toBe(400);
      expect(typeof (await res.json()).error).toBe('string');
    }
  });
});

describe('GET /api/scenarios/:scenario/:metric', () => {
  it('lists every scenario', () => {
    expect([...scenarioNames]).toEqual([
      'ok',
      'slow',
      'failing',
      'timeout',
      'malformed',
      'wrong-shape',
      'empty',
      'huge',
      'flaky',
      'stale',
    ]);
  });

  it('ok serves the portfolio', async () => {
    const res = await fetch(`${base}/scenarios/ok/roll-rates?${query}`);
    expect(await res.json()).toEqual(mockResponse('roll-rates', { from: '2024-01', to: '2024-06', interval: 'month' }));
  });

  it('slow answers only once scenarioDelays.slow has passed on the clock (fake timers: no wall-clock assertion)', async () => {
    expect(scenarioDelays.slow).toBe(3000);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let settled = false;
      const answer = fetch(`${base}/scenarios/slow/overdue?${query}`).finally(() => (settled = true));
      await vi.advanceTimersByTimeAsync(2999);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await vi.waitFor(() => expect(settled).toBe(true));
      expect((await answer).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });

  it('failing answers 500 with a JSON error', async () => {
    const res = await fetch(`${base}/scenarios/failing/agents?${query}`);
    expect(res.status).toBe(500);
    expect((await res.json()).error).toEqual(expect.any(String));
  });

  it('timeout never answers', async () => {
    await expect(
      fetch(`${base}/scenarios/timeout/overdue?${query}`, { signal: AbortSignal.timeout(200) }),
    ).rejects.toThrow(/abort|timeout/i);
  });

  it('malformed sends truncated JSON labelled as JSON', async () => {
    const res = await fetch(`${base}/scenarios/malformed/overdue?${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    await expect(res.json()).rejects.toThrow(SyntaxError);
  });

  it('wrong-shape sends text where a number belongs and drops a field', async () => {
    const body = await (await fetch(`${base}/scenarios/wrong-shape/overdue?${query}`)).json();
    expect(typeof body.rows[0].accounts).toBe('string');
    expect(Object.keys(body.rows[1])).not.toContain('balance');
    expect(() => validateResponse('overdue', body)).toThrow(/row 0/);
    const agents = await (await fetch(`${base}/scenarios/wrong-shape/agents`)).json();
    expect(() => validateResponse('agents', agents)).toThrow();
  });

  it('empty sends no rows (and no exposure)', async () => {
    const body = await (await fetch(`${base}/scenarios/empty/complaints?${query}`)).json();
    expect(body.rows).toEqual([]);
    expect(body.exposure).toEqual([]);
    expect(() => validateResponse('complaints', body)).not.toThrow();
  });

  it('huge sends ten years of daily overdue rows and 2,000 agents', async () => {
    const overdue = validateResponse('overdue', await (await fetch(`${base}/scenarios/huge/overdue?${query}`)).json());
    const periods = new Set(overdue.rows.map((r) => r.period));
    expect(periods.size).toBeGreaterThanOrEqual(3650);
    expect(overdue.rows.length).toBe(periods.size * 8);
    expect([...periods][0]).toBe('2016-01-01');
    expect([...periods].at(-1)).toBe('2025-12-31');
    const agents = validateResponse('agents', await (await fetch(`${base}/scenarios/huge/agents?${query}`)).json());
    expect(agents.rows.length).toBe(HUGE_PORTFOLIO.agents);
  }, 20_000);

  it('flaky fails the first request per metric and query with 503, then succeeds; resetScenarioState starts over', async () => {
    const url = `${base}/scenarios/flaky/channels?${query}`;
    expect((await fetch(url)).status).toBe(503);
    expect((await fetch(url)).status).toBe(200);
    expect((await fetch(`${base}/scenarios/flaky/channels?from=2024-02&to=2024-06`)).status).toBe(503);
    expect((await fetch(`${base}/scenarios/flaky/compliance?${query}`)).status).toBe(503);
    expect((await fetch(url)).status).toBe(200);
    resetScenarioState();
    expect((await fetch(url)).status).toBe(503);
  });

  it('stale answers the first request per metric and query, then fails with 500; resetScenarioState starts over', async () => {
    resetScenarioState();
    const url = `${base}/scenarios/stale/overdue?${query}`;
    expect((await fetch(url)).status).toBe(200);
    const failed = await fetch(url);
    expect(failed.status).toBe(500);
    expect((await failed.json()).error).toMatch(/stale/);
    expect((await fetch(`${base}/scenarios/stale/agents?${query}`)).status).toBe(200);
    resetScenarioState();
    expect((await fetch(url)).status).toBe(200);
  });

  it('answers 404 for an unknown scenario', async () => {
    const res = await fetch(`${base}/scenarios/nope/overdue`);
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatch(/nope/);
  });
});
