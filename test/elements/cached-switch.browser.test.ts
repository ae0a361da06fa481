import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { LitElement, html } from 'lit';
import '../../src/define.js';
import { MetricController } from '../../src/query/metric-controller.js';
import { findSource } from '../../src/query/source-registry.js';
import type { CkKpiTile } from '../../src/elements/kpi-tile/kpi-tile.js';
import { until } from '../support/until.js';

// A widget whose filters change to a query the source has already answered gets that answer at once,
// from query-core's cache, with no fetch to notify it. It must draw that answer, not the one it had.
const meta = { asOf: '2025-12-31T16:00:00Z', source: 'warehouse', currency: 'CNY', definitionVersion: '2026.1' };
/** M1+ balance rate in Dec: north 30/100 = 30.00%, south 10/100 = 10.00% (Nov 50/100 in both). */
const rows = (m1Dec: number) =>
  [
    ['2025-11', 'M0', 5, 50],
    ['2025-11', 'M1', 5, 50],
    ['2025-12', 'M0', 7, 100 - m1Dec],
    ['2025-12', 'M1', 3, m1Dec],
  ].map(([period, bucket, accounts, balance]) => ({ period, bucket, accounts, balance }));

const requests: string[] = [];
const worker = setupWorker(
  http.get('*/cached-switch/overdue', ({ request }) => {
    const region = new URL(request.url).searchParams.get('region');
    requests.push(region ?? '');
    return HttpResponse.json({ meta, rows: rows(region === 'north' ? 30 : 10) });
  }),
);

beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});
afterAll(() => worker.stop());
afterEach(() => document.body.replaceChildren());

const value = (el: CkKpiTile) => el.shadowRoot?.querySelector('[part="value"]')?.textContent?.trim();

describe('a widget switched to a query already in the cache', () => {
  it('draws the cached answer, not the one it showed before (nor "No data")', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<ck-source id="cached-src" base-url="/cached-switch" retry="0"></ck-source>
       <ck-kpi-tile id="a" source="cached-src" region="north"></ck-kpi-tile>
       <ck-kpi-tile id="b" source="cached-src" region="south"></ck-kpi-tile>`,
    );
    const a = document.querySelector<CkKpiTile>('#a')!;
    const b = document.querySelector<CkKpiTile>('#b')!;
    await until(() => value(a) === '30.00%' && value(b) === '10.00%');
    const fetched = requests.length;

    b.region = 'north';
    await until(() => !b.isUpdatePending);
    await b.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(value(b)).toBe('30.00%');
    expect(requests.length).toBe(fetched); // answered from the cache: no fetch would have re-rendered it

    b.region = 'south';
    await b.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(value(b)).toBe('10.00%');
  });

  it('a host of its own that derives in willUpdate is updated again when hostUpdate brings the cached answer', async () => {
    /** A minimal host: derives the December M1 balance in `willUpdate`, before its controllers' `hostUpdate`. */
    class CachedHost extends LitElement {
      region = 'south';
      shown = '';
      readonly data = new MetricController(this, () => ({
        source: findSource('cached-own'),
        metric: 'overdue' as const,
        query: { region: this.region },
      }));
      protected override willUpdate(): void {
        const rows = this.data.data?.rows ?? [];
        this.shown = String(rows.find((r) => r.period === '2025-12' && r.bucket === 'M1')?.balance ?? '');
      }
      protected override render() {
        return html`${this.shown}`;
      }
    }
    customElements.define('cached-switch-host', CachedHost);
    document.body.insertAdjacentHTML(
      'beforeend',
      `<ck-source id="cached-own" base-url="/cached-switch" retry="0" region="north"></ck-source>
       <ck-kpi-tile source="cached-own" region="north"></ck-kpi-tile>`,
    );
    await until(() => value(document.querySelector<CkKpiTile>('ck-kpi-tile')!) === '30.00%');
    const host = document.createElement('cached-switch-host') as CachedHost;
    document.body.append(host);
    await until(() => host.shown === '10');
    host.region = 'north';
    host.requestUpdate();
    await until(() => host.shown === '30');
    expect(host.shadowRoot?.textContent).toBe('30');
  });
});
