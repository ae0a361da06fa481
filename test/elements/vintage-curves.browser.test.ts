import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import '../../src/define.js';
import type { CkVintageCurves } from '../../src/elements/vintage-curves/vintage-curves.js';
import { until } from '../support/until.js';

const meta = { asOf: '2025-12-31T16:00:00Z', source: 'warehouse', currency: 'CNY', definitionVersion: '2026.1' };

/** Three cohorts, a triangle: 2025-09 MOB 1–3, 2025-10 MOB 1–2, 2025-11 MOB 1 (balance ÷ originated 10,000). */
const rows = [
  ['2025-09', 1, 100, 10_000, 1, 50],
  ['2025-09', 2, 100, 10_000, 2, 150],
  ['2025-09', 3, 100, 10_000, 3, 300],
  ['2025-10', 1, 100, 10_000, 1, 80],
  ['2025-10', 2, 100, 10_000, 2, 200],
  ['2025-11', 1, 100, 10_000, 0, 0],
].map(([cohort, mob, originatedAccounts, originatedAmount, delinquentAccounts, delinquentBalance]) => ({
  cohort,
  mob,
  originatedAccounts,
  originatedAmount,
  delinquentAccounts,
  delinquentBalance,
}));

let mode: 'ok' | 'empty' | 'fail' = 'ok';
const urls: string[] = [];
const worker = setupWorker(
  http.get('*/test-vintage/vintage', ({ request }) => {
    urls.push(request.url);
    if (mode === 'fail') return HttpResponse.json({ error: 'warehouse down' }, { status: 500 });
    if (mode === 'empty') return HttpResponse.json({ meta, rows: [] });
    return HttpResponse.json({ meta, rows });
  }),
);

beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});
afterAll(() => worker.stop());
afterEach(() => {
  document.body.replaceChildren();
  mode = 'ok';
  urls.length = 0;
});

let n = 0;
async function mount(attrs = '', lang = 'en') {
  const id = `vintage-src-${++n}`;
  const host = document.createElement('div');
  host.lang = lang;
  host.style.width = '640px';
  const source = document.createElement('ck-source');
  source.id = id;
  source.setAttribute('base-url', '/test-vintage');
  source.setAttribute('retry', '0');
  host.append(source);
  host.insertAdjacentHTML('beforeend', `<ck-vintage-curves source="${id}" ${attrs}></ck-vintage-curves>`);
  document.body.append(host);
  return host.querySelector('ck-vintage-curves') as CkVintageCurves;
}

const shadow = (el: Element) => el.shadowRoot!;
const cells = (el: Element) =>
  [...shadow(el).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
const headers = (el: Element) => [...shadow(el).querySelectorAll('thead th')].map((c) => c.textContent);
async function openTable(el: CkVintageCurves) {
  shadow(el).querySelector<HTMLButtonElement>('button[aria-controls="table"]')!.click();
  await el.updateComplete;
}

describe('<ck-vintage-curves>', () => {
  it('draws one curve per cohort by months on book; the table is the triangle', async () => {
    const el = await mount();
    await until(() => shadow(el).querySelectorAll('path.line').length === 3);
    expect(shadow(el).querySelector('h2')?.textContent).toBe('Vintage delinquency by months on book (balance)');
    await openTable(el);
    expect(headers(el)).toEqual(['Cohort', 'MOB 1', 'MOB 2', 'MOB 3']);
    expect(cells(el)).toEqual([
      ['2025-09', '0.50%', '1.50%', '3.00%'],
      ['2025-10', '0.80%', '2.00%', ''],
      ['2025-11', '0.00%', '', ''],
    ]);
    expect(shadow(el).querySelector('#summary')?.textContent).toContain('3 cohorts');
  });

  it('sends threshold to the backend and limits cohorts and months on book', async () => {
    const el = await mount('threshold="M3" cohorts="2025-09,2025-10" max-mob="2" basis="count"');
    await until(() => shadow(el).querySelectorAll('path.line').length === 2);
    expect(new URL(urls[0]!).searchParams.get('threshold')).toBe('M3');
    await openTable(el);
    expect(cells(el)).toEqual([
      ['2025-09', '1.00%', '2.00%'],
      ['2025-10', '1.00%', '2.00%'],
    ]);
    const latest = await mount('cohorts="1"');
    await until(() => shadow(latest).querySelectorAll('path.line').length === 1);
  });

  it('walks the points by keyboard and selects one', async () => {
    const el = await mount();
    const frame = await until(() => shadow(el).querySelector<HTMLElement>('[part="frame"]'));
    await until(() => shadow(el).querySelector('path.line'));
    frame.focus();
    const key = async (k: string) => {
      frame.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      await el.updateComplete;
      return shadow(el).querySelector('[aria-live="polite"]')!.textContent;
    };
    expect(await key('ArrowRight')).toBe('Sep 2025, MOB 3: 3.00% (300 of 10,000)');
    expect(await key('ArrowLeft')).toBe('Sep 2025, MOB 2: 1.50% (150 of 10,000)');
    expect(await key('ArrowDown')).toBe('Oct 2025, MOB 2: 2.00% (200 of 10,000)');
    expect(shadow(el).querySelector('[part="tooltip"]')?.textContent).toContain('2.00%');
    const selected = new Promise<CustomEvent>((r) =>
      el.addEventListener('ck-select', (e) => r(e as CustomEvent), { once: true }),
    );
    await key('Enter');
    expect((await selected).detail).toEqual({
      series: '2025-10',
      period: '2025-10',
      month: 2,
      value: 0.02,
      numerator: 200,
      denominator: 10_000,
      projected: false,
    });
  });

  it('follows the page language', async () => {
    const el = await mount('', 'zh-TW');
    await until(() => shadow(el).querySelector('path.line'));
    expect(shadow(el).querySelector('h2')?.textContent).toBe('帳齡分析：按帳齡的逾期率（按餘額）');
  });

  it('empty and error states', async () => {
    mode = 'empty';
    const empty = await mount();
    const state = await until(() => shadow(empty).querySelector('[part="state"][role="status"]:not(:has(.spinner))'));
    expect(state.textContent).toBe('No data for this selection.');
    mode = 'fail';
    const failed = await mount();
    const alert = await until(() => shadow(failed).querySelector('[role="alert"]'));
    expect(alert.textContent).toContain('warehouse down');
  });
});
