import { afterAll, describe, expect, it } from 'vitest';
import { startMockWorker } from '../../mocks/browser.js';
import { simulatePortfolio } from '../../mocks/portfolio.js';

const worker = await startMockWorker();
afterAll(() => worker.stop());

describe('mock backend in Chromium', () => {
  it('simulates the default portfolio in well under 300 ms', () => {
    const t0 = performance.now();
    simulatePortfolio({ seed: 99 });
    expect(performance.now() - t0).toBeLessThan(300);
  });

  it('serves every metric through the service worker', async () => {
    for (const metric of ['overdue', 'roll-rates', 'vintage', 'recovery', 'agents', 'complaints', 'channels', 'compliance']) {
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
