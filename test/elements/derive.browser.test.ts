/**
 * `derive` (src/elements/shared/derive.ts) in a real widget, in Chromium: complaint data that passes
 * the contract but not the KPI checks (closed on time > closed) makes the derivation throw.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import '../../src/define.js';
import type { CkComplaintTrend } from '../../src/elements/complaint-trend/complaint-trend.js';
import type { CkErrorDetail } from '../../src/elements/shared/events.js';
import { until } from '../support/until.js';

const meta = { asOf: '2025-12-31T16:00:00Z', source: 'warehouse', currency: 'CNY', definitionVersion: '2026.1' };
const row = (period: string, closedOnTime: number) => ({
  period,
  category: 'not-owed',
  channel: 'phone',
  received: 30,
  closed: 28,
  closedOnTime,
  upheld: 2,
});
const exposure = [
  { period: '2025-11', accounts: 100_000 },
  { period: '2025-12', accounts: 100_000 },
];

let mode: 'good' | 'bad' = 'bad';
const worker = setupWorker(
  http.get('*/test-derive/complaints', () =>
    HttpResponse.json({ meta, rows: [row('2025-11', 20), row('2025-12', mode === 'bad' ? 50 : 25)], exposure }),
  ),
);

beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});
afterAll(() => worker.stop());
afterEach(() => {
  document.body.replaceChildren();
  mode = 'bad';
});

let n = 0;
function mount(): { el: CkComplaintTrend; errors: CkErrorDetail[] } {
  const id = `derive-src-${++n}`;
  const host = document.createElement('div');
  host.style.width = '640px';
  host.innerHTML = `<ck-source id="${id}" base-url="/test-derive" retry="0"></ck-source><ck-complaint-trend source="${id}"></ck-complaint-trend>`;
  const errors: CkErrorDetail[] = [];
  host.addEventListener('ck-error', (e) => errors.push(e.detail));
  document.body.append(host);
  return { el: host.querySelector('ck-complaint-trend') as CkComplaintTrend, errors };
}

const root = (el: Element) => el.shadowRoot ?? document.createDocumentFragment();
const errorViews = (el: Element) => root(el).querySelectorAll('[part="state"].error');
const bars = (el: Element) => root(el).querySelectorAll('svg.chart rect.bar');

describe('derive: a widget whose derivation throws', () => {
  it('emits one ck-error and shows one error view, does not derive again on re-render, and recovers on good data', async () => {
    const { el, errors } = mount();
    await until(() => errorViews(el).length);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ kind: 'validation', metric: 'complaints', stale: false });
    expect(errors[0]?.message).toMatch(/closedOnTime/);
    expect(errorViews(el)).toHaveLength(1);
    expect(errorViews(el)[0]?.textContent).toContain(errors[0]?.message ?? '?');
    expect(bars(el)).toHaveLength(0);

    // A re-render that changes none of the keys (data, by, per) neither derives nor reports again.
    el.sla = 0.9;
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(errors).toHaveLength(1);
    expect(errorViews(el)).toHaveLength(1);

    mode = 'good';
    el.retry();
    await until(() => bars(el).length);
    expect(errorViews(el)).toHaveLength(0);
    expect(errors).toHaveLength(1);
  });

  it('keeps the last good chart marked stale when new data fails, with one ck-error saying so', async () => {
    mode = 'good';
    const { el, errors } = mount();
    await until(() => bars(el).length);
    const drawn = bars(el).length;
    mode = 'bad';
    el.retry();
    await until(() => errors.length);
    await el.updateComplete;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ kind: 'validation', metric: 'complaints', stale: true });
    expect(errorViews(el)).toHaveLength(0);
    expect(bars(el)).toHaveLength(drawn);
    expect(root(el).querySelector('.stale')?.textContent).toContain(errors[0]?.message ?? '?');
  });
});
