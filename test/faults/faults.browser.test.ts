/**
 * Faults (#18) in Chromium, `<ck-source>` + `<ck-overdue-trend>` against msw: a flapping server, answers
 * slower than the timeout, 429 with Retry-After, offline → online, polling paused while the page is
 * hidden, answers arriving out of order, and `asOf` in the future. The widget never goes blank once it
 * has data, and the host page never sees an exception.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { delay, http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import '../../src/define.js';
import { until } from '../support/until.js';

const meta = { asOf: '2025-12-31T16:00:00Z', source: 'faults', currency: 'CNY', definitionVersion: '2026.1' };
const rowsFor = (period: string, m1 = 10) => [
  { period, bucket: 'M0', accounts: 100 - m1, balance: 1000 - m1 * 10 },
  { period, bucket: 'M1', accounts: m1, balance: m1 * 10 },
];

const times: number[] = [];
let behaviour: (url: URL, n: number) => Promise<Response> | Response = () =>
  HttpResponse.json({ meta, rows: rowsFor('2025-01') });
const worker = setupWorker(
  http.get('*/faults/overdue', ({ request }) => {
    times.push(performance.now());
    return behaviour(new URL(request.url), times.length);
  }),
);

const pageErrors: string[] = [];
const onError = (e: ErrorEvent) => pageErrors.push(e.message);
const onRejection = (e: PromiseRejectionEvent) => pageErrors.push(String(e.reason));

beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
afterAll(() => {
  worker.stop();
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});
afterEach(() => {
  document.body.replaceChildren();
  times.length = 0;
  behaviour = () => HttpResponse.json({ meta, rows: rowsFor('2025-01') });
  expect(pageErrors).toEqual([]);
});

type Widget = HTMLElement & {
  data: { status: string; error?: { message: string; kind: string } | null; data?: { meta: { asOf: string } } };
};

function mount(sourceAttrs: string, widgetAttrs = ''): Widget {
  const div = document.createElement('div');
  div.style.width = '500px';
  div.innerHTML = `<ck-source id="f" base-url="/faults" ${sourceAttrs}></ck-source><ck-overdue-trend source="f" ${widgetAttrs}></ck-overdue-trend>`; // fixture markup
  document.body.append(div);
  return div.querySelector('ck-overdue-trend') as unknown as Widget;
}
const root = (w: Widget) => w.shadowRoot as ShadowRoot;
const drawn = (w: Widget) => !!root(w).querySelector('path.line');
const alert = (w: Widget) => root(w).querySelector('[role="alert"]');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('faults', () => {
  it('keeps the last good chart, marked stale, while the server flaps, and is fresh when it is back', async () => {
    // Up, down, down, up, down, up… by request.
    behaviour = (_u, n) =>
      [2, 3, 5, 8, 9].includes(n)
        ? HttpResponse.json({ error: 'flap' }, { status: 503 })
        : HttpResponse.json({ meta, rows: rowsFor('2025-01', n) });
    const w = mount('refresh="120ms" stale="0" retry="0"');
    await until(() => drawn(w), 5000);
    const seen = new Set<string>();
    while (times.length < 11) {
      expect(drawn(w), `request ${times.length}: the chart went blank (${w.data.status})`).toBe(true);
      seen.add(w.data.status);
      await sleep(20);
    }
    expect([...seen].sort()).toEqual(['stale', 'success']);
    await until(() => w.data.status === 'success' && times.length >= 11, 3000);
    expect(drawn(w)).toBe(true);
  });

  it('gives up on an answer slower than the timeout and says so', async () => {
    behaviour = async () => {
      await delay(2000);
      return HttpResponse.json({ meta, rows: rowsFor('2025-01') });
    };
    const w = mount('timeout="300ms" retry="0"');
    const started = performance.now();
    await until(() => alert(w), 5000);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(w.data.error?.kind).toBe('timeout');
    expect(alert(w)?.textContent).toContain('No answer for overdue within 0.3 s');
  });

  it('honours Retry-After of a 429: waits that long, then retries and draws', async () => {
    behaviour = (_u, n) =>
      n === 1
        ? new HttpResponse(JSON.stringify({ error: 'slow down' }), {
            status: 429,
            headers: { 'Retry-After': '1', 'content-type': 'application/json' },
          })
        : HttpResponse.json({ meta, rows: rowsFor('2025-01') });
    const w = mount('retry="2"');
    await until(() => drawn(w), 5000);
    expect(times).toHaveLength(2);
    const waited = (times[1] ?? 0) - (times[0] ?? 0);
    expect(waited).toBeGreaterThanOrEqual(950);
    expect(waited).toBeLessThan(2500);
  });

  it('waits while offline and fetches when the browser is back online', async () => {
    window.dispatchEvent(new Event('offline'));
    try {
      const w = mount('retry="0"');
      await sleep(400);
      expect(times).toHaveLength(0);
      expect(drawn(w)).toBe(false);
      expect(alert(w)).toBeNull();
      window.dispatchEvent(new Event('online'));
      await until(() => drawn(w), 5000);
      expect(times).toHaveLength(1);
    } finally {
      window.dispatchEvent(new Event('online'));
    }
  });

  it('pauses polling while the page is hidden and resumes when it is shown', async () => {
    const setHidden = (hidden: boolean) => {
      Object.defineProperty(document, 'visibilityState', {
        configurable: true,
        get: () => (hidden ? 'hidden' : 'visible'),
      });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      const w = mount('refresh="100ms" stale="0"');
      await until(() => times.length >= 3, 3000);
      setHidden(true);
      await sleep(150); // a request under way may still finish
      const whenHidden = times.length;
      await sleep(600);
      expect(times.length, 'requests while hidden').toBe(whenHidden);
      setHidden(false);
      await until(() => times.length >= whenHidden + 2, 3000);
      expect(drawn(w)).toBe(true);
    } finally {
      delete (document as unknown as Record<string, unknown>).visibilityState;
      delete (document as unknown as Record<string, unknown>).hidden;
      document.dispatchEvent(new Event('visibilitychange'));
    }
  });

  it('never lets an older answer overwrite a newer one', async () => {
    // The first query (from=2025-01) answers late; the widget has moved to from=2025-02 by then.
    behaviour = async (url) => {
      const from = url.searchParams.get('from') ?? '';
      if (from === '2025-01') await delay(800);
      return HttpResponse.json({ meta: { ...meta, source: `answer ${from}` }, rows: rowsFor(from) });
    };
    const w = mount('', 'from="2025-01"');
    await until(() => times.length === 1, 3000);
    w.setAttribute('from', '2025-02');
    await until(() => drawn(w), 3000);
    expect(w.data.data?.meta).toMatchObject({ source: 'answer 2025-02' });
    await sleep(1000); // the old answer has arrived by now
    expect(w.data.data?.meta).toMatchObject({ source: 'answer 2025-02' });
    expect(root(w).textContent).toContain('answer 2025-02');
    expect(root(w).textContent).not.toContain('answer 2025-01');
  });

  it('draws data whose asOf is in the future without a negative age, NaN or Invalid Date', async () => {
    behaviour = () => HttpResponse.json({ meta: { ...meta, asOf: '2099-01-01T00:00:00Z' }, rows: rowsFor('2025-01') });
    const w = mount('');
    await until(() => drawn(w), 5000);
    const text = root(w).textContent ?? '';
    expect(text).toContain('2099');
    expect(text).not.toMatch(/NaN|Invalid Date|undefined|-\d+ (s|min|h|d)\b/);
  });
});
