/** `<ck-workload>` reads `roll-rates` beside `workload` and projects its inflow from the roll-rate forecast (issue #14). */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupWorker } from 'msw/browser';
import { handlers } from '../../mocks/handlers.js';
import '../../src/define.js';
import { capacityLine } from '../../src/elements/workload/workload-text.js';
import type { RollRateRow, WorkloadRow } from '../../src/model/rows.js';
import { workloadView } from '../../src/views/workload-model.js';
import { until } from '../support/until.js';

const worker = setupWorker(...handlers);
beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});
afterAll(() => worker.stop());
afterEach(() => document.body.replaceChildren());

const range = 'from=2024-01&to=2025-12&interval=month';
const rowsOf = async <T>(metric: string, extra = ''): Promise<T[]> =>
  ((await (await fetch(`/api/collection/${metric}?${range}${extra}`)).json()) as { rows: T[] }).rows;

describe('<ck-workload> projected inflow', () => {
  it('comes from the roll-rate forecast of the same source and filters (no team filter sent to roll-rates)', async () => {
    const requests: string[] = [];
    worker.events.on('request:start', ({ request }) => void requests.push(request.url));
    const host = document.createElement('div');
    host.style.width = '900px';
    host.innerHTML = `<ck-source adapter="rest" base-url="/api/collection" from="2024-01" to="2025-12" interval="month" retry="0" region="east"><ck-workload team="early-a"></ck-workload></ck-source>`;
    document.body.append(host);
    const el = host.querySelector('ck-workload') as HTMLElement;
    const rows = await rowsOf<WorkloadRow>('workload', '&region=east&team=early-a');
    const roll = await rowsOf<RollRateRow>('roll-rates', '&region=east');
    const expected = capacityLine('en', 'en', workloadView(rows, 400, 3, roll), 400);
    const mean = capacityLine('en', 'en', workloadView(rows, 400, 3), 400);
    expect(expected).not.toBe(mean);
    const line = await until(() => {
      const text = el.shadowRoot?.querySelector('p[part="value"]')?.textContent;
      return text === expected && text;
    }, 15_000);
    expect(line).toBe(expected);
    const rollRequest = requests.find((u) => u.includes('/roll-rates?'));
    expect(rollRequest).toContain('region=east');
    expect(rollRequest).not.toContain('team=');
  }, 30_000);
});
