import { afterAll, describe, expect, it } from 'vitest';
import { startMockWorker } from '../../mocks/browser.js';
import { simulatePortfolio } from '../../mocks/portfolio.js';

const worker = await startMockWorker();
afterAll(() => worker.stop());

describe('mock backend in Chromium', () => {
  // Generation time is measured, not asserted (a timed test flakes on a loaded machine): about 70 ms
  // cold in Chromium here. This checks that a browser can simulate a fresh portfolio at all.
  it('simulates a fresh portfolio in the browser', () => {
    const portfolio = simulatePortfolio({ seed: 99 });
    expect(portfolio).toBeTruthy();
    expect(JSON.stringify(portfolio).length).toBeGreaterThan(10_000);
  });

  it('serves every metric through the service worker', async () => {
    for (const metric of [
      'overdue',
      'roll-rates',
      'vintage',
      'recovery',
      'agents',
      'complaints',
      'channels',
      'compliance',
    ]) {
      const res = await fetch(`/api/collection/${metric}?from=2024-01&to=2024-06&interval=month`);
      expect(res.status, metric).toBe(200);
      const body = await res.json();
      expect(body.meta.source).toBe('collectkit-mock');
      expect(body.rows.length, metric).toBeGreaterThan(0);
    }
  });

  it('serves scenarios by URL', async () => {
    expect((await fetch('/api/scenarios/failing/overdue')).status).toBe(500);
    expect((await (await fetch('/api/scenarios/empty/overdue')).json()).rows).toEqual([]);
    await expect((await fetch('/api/scenarios/malformed/overdue')).json()).rejects.toThrow();
  });

  it('is idempotent', async () => {
    expect(await startMockWorker()).toBe(worker);
  });
});
