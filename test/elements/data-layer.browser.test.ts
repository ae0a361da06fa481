/**
 * The data layer as pages use it, in Chromium against msw: dedupe across widgets, refresh, retry,
 * stale data after a failed refresh, abort on removal, two sources apart, dashboard filters.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { delay, http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import '../../src/define.js';
import type { CkOverdueTrend } from '../../src/elements/overdue-trend/overdue-trend.js';
import type { CkFilterBar } from '../../src/elements/filter-bar/filter-bar.js';
import { until } from '../support/until.js';

const meta = { asOf: '2025-12-31T16:00:00Z', source: 'dl', currency: 'CNY', definitionVersion: '2026.1' };
const rowsFor = (period: string, m1 = 10) => [
  { period, bucket: 'M0', accounts: 100 - m1, balance: 1000 - m1 * 10 },
  { period, bucket: 'M1', accounts: m1, balance: m1 * 10 },
];

const log: string[] = [];
let behaviour: (url: URL, n: number) => Promise<Response> | Response = (url) =>
  HttpResponse.json({ meta, rows: rowsFor(url.searchParams.get('from') ?? '2025-01') });

const worker = setupWorker(
  http.get('*/dl-:name/overdue', async ({ request, params }) => {
    const url = new URL(request.url);
    log.push(`${String(params.name)} ${url.search}`);
    return behaviour(url, log.length);
  }),
);

beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
afterAll(() => worker.stop());
afterEach(() => {
  document.body.replaceChildren();
  log.length = 0;
  behaviour = (url) => HttpResponse.json({ meta, rows: rowsFor(url.searchParams.get('from') ?? '2025-01') });
});

const html = (markup: string) => {
  const div = document.createElement('div');
  div.style.width = '500px';
  div.innerHTML = markup; // test fixture markup only
  document.body.append(div);
  return div;
};
const drawn = (el: Element) => !!el.shadowRoot?.querySelector('path.line');
const widgets = (root: Element) => [...root.querySelectorAll('ck-overdue-trend')] as CkOverdueTrend[];

describe('data layer in the page', () => {
  it('makes one request per distinct query: six widgets, three queries, three requests', async () => {
    const root = html(`<ck-source id="d1" base-url="/dl-a" interval="month"></ck-source>
      ${['2025-01', '2025-01', '2025-02', '2025-02', '2025-03', '2025-03'].map((f, i) => `<ck-overdue-trend source="d1" from="${f}" buckets="${i % 2 ? 'M1' : 'M1+'}"></ck-overdue-trend>`).join('')}`);
    await until(() => widgets(root).every(drawn));
    expect(log.sort()).toEqual([
      'a ?from=2025-01&interval=month',
      'a ?from=2025-02&interval=month',
      'a ?from=2025-03&interval=month',
    ]);
  });

  it('keeps two sources apart: same query, two backends', async () => {
    const root =
      html(`<ck-source id="d2a" base-url="/dl-b"></ck-source><ck-source id="d2b" base-url="/dl-c"></ck-source>
      <ck-overdue-trend source="d2a" from="2025-01"></ck-overdue-trend><ck-overdue-trend source="d2b" from="2025-01"></ck-overdue-trend>`);
    await until(() => widgets(root).every(drawn));
    expect(log.sort()).toEqual(['b ?from=2025-01', 'c ?from=2025-01']);
  });

  it('polls with refresh', async () => {
    const root = html(
      `<ck-source id="d3" base-url="/dl-d" refresh="150ms" stale="0"></ck-source><ck-overdue-trend source="d3"></ck-overdue-trend>`,
    );
    await until(() => log.length >= 3, 3000);
    expect(widgets(root).every(drawn)).toBe(true);
  });

  it('retries a 503 and then shows the data', async () => {
    behaviour = (url, n) =>
      n === 1
        ? HttpResponse.json({ error: 'busy' }, { status: 503 })
        : HttpResponse.json({ meta, rows: rowsFor(url.searchParams.get('from') ?? '2025-01') });
    const root = html(
      `<ck-source id="d4" base-url="/dl-e" retry="2"></ck-source><ck-overdue-trend source="d4"></ck-overdue-trend>`,
    );
    await until(() => widgets(root).every(drawn), 5000);
    expect(log).toHaveLength(2);
  });

  it('does not retry a 404', async () => {
    behaviour = () => HttpResponse.json({ error: 'no such metric' }, { status: 404 });
    const root = html(
      `<ck-source id="d5" base-url="/dl-f" retry="3"></ck-source><ck-overdue-trend source="d5"></ck-overdue-trend>`,
    );
    await until(() => widgets(root)[0]!.shadowRoot!.querySelector('[role="alert"]'));
    await new Promise((r) => setTimeout(r, 700));
    expect(log).toHaveLength(1);
  });

  it('keeps the last good data, marked stale, when a refresh fails', async () => {
    const root = html(
      `<ck-source id="d6" base-url="/dl-g" retry="0" stale="0"></ck-source><ck-overdue-trend source="d6"></ck-overdue-trend>`,
    );
    const el = widgets(root)[0]!;
    await until(() => drawn(el));
    behaviour = () => new HttpResponse('{"meta": {"asOf": "2025', { headers: { 'Content-Type': 'application/json' } });
    const errors: CustomEvent[] = [];
    root.addEventListener('ck-error', (e) => errors.push(e as CustomEvent));
    el.retry();
    const banner = await until(() => el.shadowRoot!.querySelector('.stale'));
    expect(banner.textContent).toContain('the latest refresh failed');
    expect(banner.textContent).toContain('not valid JSON');
    expect(drawn(el)).toBe(true);
    expect(errors[0]?.detail).toMatchObject({ kind: 'parse', stale: true });
  });

  it('aborts the request of a widget removed mid-request', async () => {
    behaviour = async () => {
      await delay(3000);
      return HttpResponse.json({ meta, rows: [] });
    };
    // msw's worker does not see the page's abort, so watch the signal the adapter hands to fetch.
    const signals: AbortSignal[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return realFetch(input, init);
    };
    try {
      const root = html(
        `<ck-source id="d7" base-url="/dl-h"></ck-source><ck-overdue-trend source="d7"></ck-overdue-trend>`,
      );
      await until(() => log.length === 1);
      expect(signals[0]!.aborted).toBe(false);
      widgets(root)[0]!.remove();
      await until(() => signals[0]!.aborted, 2000);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('applies filter-bar choices to every widget in a dashboard', async () => {
    const root = html(`<ck-source id="d8" base-url="/dl-i"></ck-source>
      <ck-dashboard source="d8" from="2025-01">
        <ck-filter-bar from="2025-01" products="cash:Cash loan,card:Credit card"></ck-filter-bar>
        <ck-overdue-trend></ck-overdue-trend><p>the page's own element</p><ck-overdue-trend buckets="M1"></ck-overdue-trend>
      </ck-dashboard>`);
    await until(() => widgets(root).every(drawn)).catch((e) => {
      throw new Error(
        `${e.message}: log ${JSON.stringify(log)}, states ${widgets(root)
          .map((w) => w.shadowRoot?.textContent?.trim().slice(0, 120))
          .join(' | ')}`,
      );
    });
    expect(log).toEqual(['i ?from=2025-01']);
    const bar = root.querySelector('ck-filter-bar') as CkFilterBar;
    await bar.updateComplete;
    const changes: CustomEvent[] = [];
    root.addEventListener('ck-filter-change', (e) => changes.push(e as CustomEvent));
    const select = bar.shadowRoot!.querySelectorAll('select')[1]!; // interval, product
    select.value = 'card';
    select.dispatchEvent(new Event('change'));
    await until(() => log.length === 2);
    expect(log[1]).toBe('i ?from=2025-01&product=card');
    expect(changes[0]!.detail.filters).toEqual({ from: '2025-01', product: 'card' });
    expect(changes[0]!.composed).toBe(true);
  });
});
