import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { handlers } from '../../mocks/handlers.js';
import '../../src/define.js';
import type { CkComplianceMonitor } from '../../src/elements/compliance-monitor/compliance-monitor.js';
import { until } from '../support/until.js';
import { lastVertex, pointerAt } from '../support/pointer.js';

const meta = { asOf: '2025-12-31T16:00:00Z', source: 'warehouse', currency: 'CNY', definitionVersion: '2026.1' };

/** Hand-checked: quiet hours 5/1,000, 8/1,000, 5/1,250; unanswered calls 10/2,000, 4/2,000, 30/2,000. */
const rows = [
  ['2025-10', 'cn-cba-2026/quiet-hours', 1000, 5],
  ['2025-10', 'cn-cba-2026/unanswered-calls', 2000, 10],
  ['2025-10', 'us-reg-f/7-in-7', 500, 25],
  ['2025-11', 'cn-cba-2026/quiet-hours', 1000, 8],
  ['2025-11', 'cn-cba-2026/unanswered-calls', 2000, 4],
  ['2025-11', 'us-reg-f/7-in-7', 500, 20],
  ['2025-12', 'cn-cba-2026/quiet-hours', 1250, 5],
  ['2025-12', 'cn-cba-2026/unanswered-calls', 2000, 30],
  ['2025-12', 'us-reg-f/7-in-7', 500, 10],
].map(([period, rule, checked, breaches]) => ({ period, rule, checked, breaches }));

let mode: 'ok' | 'empty' | 'fail' | 'inconsistent' = 'ok';
const worker = setupWorker(
  http.get('*/test-compliance/compliance', () => {
    if (mode === 'fail') return HttpResponse.json({ error: 'warehouse down' }, { status: 500 });
    if (mode === 'empty') return HttpResponse.json({ meta, rows: [] });
    if (mode === 'inconsistent') return HttpResponse.json({ meta, rows: [{ ...rows[0], breaches: 2000 }] });
    return HttpResponse.json({ meta, rows });
  }),
  ...handlers,
);

beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});
afterAll(() => worker.stop());
afterEach(() => {
  document.body.replaceChildren();
  mode = 'ok';
});

let n = 0;
async function mount(attrs = '', lang = 'en') {
  const id = `compliance-src-${++n}`;
  const host = document.createElement('div');
  host.lang = lang;
  host.style.width = '640px';
  const source = document.createElement('ck-source');
  source.id = id;
  source.setAttribute('base-url', '/test-compliance');
  source.setAttribute('retry', '0');
  host.append(source);
  host.insertAdjacentHTML('beforeend', `<ck-compliance-monitor source="${id}" ${attrs}></ck-compliance-monitor>`);
  document.body.append(host);
  return host.querySelector('ck-compliance-monitor') as CkComplianceMonitor;
}

const shadow = (el: Element) => el.shadowRoot!;

describe('<ck-compliance-monitor>', () => {
  it('draws one line per rule of the preset, the latest breaches by rule, and a matching table', async () => {
    const el = await mount();
    await until(() => shadow(el).querySelectorAll('path.line').length === 2);
    expect(shadow(el).querySelector('h2')!.textContent).toBe('Contact-rule breaches: CBA collection guideline (2026)');
    expect(shadow(el).querySelector('figcaption')!.textContent).toBe('Breach rate by rule, Dec 2025');
    const values = [...shadow(el).querySelectorAll('figure svg text.value')].map((t) => t.textContent);
    expect(values).toEqual(['0.40% (5)', '1.50% (30)']);
    expect(shadow(el).querySelector('#summary')!.textContent).toContain(
      'Highest in Dec 2025: At most 6 unanswered calls per contact per day at 1.50% (30 of 2,000).',
    );
    [...shadow(el).querySelectorAll('button')].find((b) => b.textContent === 'Show data table')!.click();
    await el.updateComplete;
    const cells = [...shadow(el).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(cells).toEqual([
      ['Oct 2025', '0.50%', '5', '1,000', '0.50%', '10', '2,000'],
      ['Nov 2025', '0.80%', '8', '1,000', '0.20%', '4', '2,000'],
      ['Dec 2025', '0.40%', '5', '1,250', '1.50%', '30', '2,000'],
    ]);
  });

  it('walks the points by keyboard, announces breaches of checked, and selects with Enter', async () => {
    const el = await mount();
    const frame = await until(() => shadow(el).querySelector<HTMLElement>('[part="frame"]'));
    await until(() => shadow(el).querySelector('path.line'));
    frame.focus();
    const key = async (k: string) => {
      frame.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      await el.updateComplete;
      return shadow(el).querySelector('[aria-live="polite"]')!.textContent;
    };
    expect(await key('ArrowRight')).toBe('No collection 22:00–08:00, Dec 2025: 0.40% (5 of 1,250)');
    expect(await key('ArrowDown')).toBe(
      'At most 6 unanswered calls per contact per day, Dec 2025: 1.50% (30 of 2,000)',
    );
    expect(await key('Home')).toBe('At most 6 unanswered calls per contact per day, Oct 2025: 0.50% (10 of 2,000)');
    expect(shadow(el).querySelector('[part="tooltip"]')?.textContent).toContain('2,000');
    const selected = new Promise<CustomEvent>((r) =>
      el.addEventListener('ck-select', (e) => r(e as CustomEvent), { once: true }),
    );
    await key('Enter');
    expect((await selected).detail).toEqual({
      series: 'cn-cba-2026/unanswered-calls',
      period: '2025-10',
      value: 0.005,
      numerator: 10,
      denominator: 2000,
    });
  });

  it('shows the tooltip of the point under the pointer without announcing it, selects on click, hides on leave', async () => {
    const el = await mount();
    const frame = await until(() => shadow(el).querySelector<HTMLElement>('[part="frame"]'));
    const line = await until(() => shadow(el).querySelectorAll('path.line')[1]);
    const live = shadow(el).querySelector('[aria-live="polite"]')!.textContent;
    const [x, y] = lastVertex(line);
    pointerAt(frame, 'pointermove', x, y + 3);
    await el.updateComplete;
    const tip = shadow(el).querySelector('[part="tooltip"]')!.textContent;
    expect(tip).toContain('At most 6 unanswered calls per contact per day · Dec 2025');
    expect(tip).toContain('1.50%');
    expect(tip).toContain('2,000');
    // Placed beside the point (not the pointer; flipped left near the right edge), through CSSOM: top = y − 20.
    const box = shadow(el).querySelector<HTMLElement>('[part="tooltip"]')!.style;
    expect(box.top).toBe(`${Math.max(0, y - 20)}px`);
    expect(box.left).toMatch(/^\d+(\.\d+)?px$/);
    expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent).toBe(live);
    const selected = new Promise<CustomEvent>((r) =>
      el.addEventListener('ck-select', (e) => r(e as CustomEvent), { once: true }),
    );
    pointerAt(frame, 'click', x, y);
    expect((await selected).detail).toEqual({
      series: 'cn-cba-2026/unanswered-calls',
      period: '2025-12',
      value: 0.015,
      numerator: 30,
      denominator: 2000,
    });
    pointerAt(frame, 'pointerleave');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="tooltip"]')).toBeNull();
  });

  it('switches to the Regulation F preset with Chinese rule names', async () => {
    const el = await mount('rules="us-reg-f"', 'zh-CN');
    await until(() => shadow(el).querySelectorAll('path.line').length === 1);
    expect(shadow(el).querySelector('h2')!.textContent).toBe('合规监测：美国 F 条例（Reg F）');
    expect(shadow(el).querySelector('[part="legend"]')!.textContent.trim()).toBe('7天内呼叫不超过7次');
    el.rules = 'cn-cba-2026|us-reg-f';
    await until(() => shadow(el).querySelectorAll('path.line').length === 3);
  });

  it('shows empty, error and validation states', async () => {
    mode = 'empty';
    const empty = await mount('from="2025-01" to="2025-03"');
    const state = await until(() => shadow(empty).querySelector('[part="state"][role="status"]:not(:has(.spinner))'));
    expect(state.textContent).toBe('No data between 2025-01 and 2025-03.');
    mode = 'fail';
    const failing = await mount();
    expect((await until(() => shadow(failing).querySelector('[role="alert"]'))).textContent).toContain(
      'warehouse down',
    );
    mode = 'inconsistent';
    const bad = await mount();
    expect((await until(() => shadow(bad).querySelector('[role="alert"]'))).textContent).toMatch(
      /breaches is 2000, more than checked 1000/,
    );
  });
  it('renders the mock portfolio and its large scenario without errors', async () => {
    for (const base of ['/api/collection', '/api/scenarios/huge']) {
      const host = document.createElement('div');
      host.style.width = '800px';
      host.innerHTML = `<ck-source adapter="rest" base-url="${base}" from="2024-01" to="2025-12" interval="month" retry="0"><ck-compliance-monitor rules="cn-cba-2026|us-reg-f"></ck-compliance-monitor></ck-source>`;
      document.body.append(host);
      const el = host.querySelector('ck-compliance-monitor')!;
      await until(() => el.shadowRoot && shadow(el).querySelectorAll('path.line').length >= 6, 15_000);
      expect(shadow(el).querySelector('[role="alert"]')).toBeNull();
    }
  }, 30_000);
});
