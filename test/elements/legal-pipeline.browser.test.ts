import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import axe from 'axe-core';
import { handlers } from '../../mocks/handlers.js';
import '../../src/define.js';
import type { CkLegalPipeline } from '../../src/elements/legal-pipeline/legal-pipeline.js';
import { LEGAL_PIPELINE_ROWS as rows } from '../support/legal-rows.js';
import { until } from '../support/until.js';

const meta = { asOf: '2025-12-31T16:00:00Z', source: 'warehouse', currency: 'CNY', definitionVersion: '2026.1' };

let mode: 'ok' | 'empty' | 'fail' | 'inconsistent' = 'ok';
const worker = setupWorker(
  http.get('*/test-legal/legal', () => {
    if (mode === 'fail') return HttpResponse.json({ error: 'court system down' }, { status: 500 });
    if (mode === 'empty') return HttpResponse.json({ meta, rows: [] });
    if (mode === 'inconsistent') return HttpResponse.json({ meta, rows: [{ ...rows[0], filed: 120 }] });
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
async function mount(attrs = '', lang = 'en', width = '900px') {
  const id = `legal-src-${++n}`;
  const host = document.createElement('div');
  host.lang = lang;
  host.style.width = width;
  host.innerHTML = `<ck-source id="${id}" base-url="/test-legal" retry="0"></ck-source><ck-legal-pipeline source="${id}" ${attrs}></ck-legal-pipeline>`;
  document.body.append(host);
  return host.querySelector('ck-legal-pipeline') as CkLegalPipeline;
}

const shadow = (el: Element) => el.shadowRoot!;
const BARS = 21;
const panelValues = (el: Element) =>
  [...shadow(el).querySelectorAll('.panel')].map((p) =>
    [...p.querySelectorAll('text.value')].map((t) => t.textContent),
  );
const button = (el: Element, text: string) =>
  [...shadow(el).querySelectorAll('button')].find((b) => b.textContent === text)!;

describe('<ck-legal-pipeline>', () => {
  it('draws stages with conversions, days to each stage and the amounts; table and export', async () => {
    const el = await mount();
    await until(() => shadow(el).querySelectorAll('rect.bar').length === BARS);
    const [stages, time, money] = panelValues(el);
    expect(stages).toEqual(['200', '160 · 80.0%', '120 · 75.0%', '40 · 33.3%', '30 · 75.0%']);
    expect(time?.slice(0, 3)).toEqual(['140 · 87.5%', '16 · 10.0%', '4 · 2.5%']);
    expect(money).toEqual(['CN¥2M', 'CN¥300K · 15.0%', 'CN¥80K · 26.7%', 'CN¥200K', 'CN¥10K · 5.0%']);
    expect(shadow(el).querySelector('[part="value"]')!.textContent).toBe(
      'Recovered CN¥300K of CN¥2M referred (15.0%) · per case filed: cost CN¥500, recovered CN¥1,875 · debt sales at 5.0% of balance',
    );
    expect(shadow(el).querySelector('#summary')!.textContent).toContain('200 cases referred, 160 filed (80.0%)');
    button(el, 'Show data table').click();
    await el.updateComplete;
    const cells = [...shadow(el).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(cells).toHaveLength(3);
    expect(cells[2]?.slice(0, 6)).toEqual(['Total', '200', '160', '120', '40', '30']);
    expect(cells[2]?.slice(-3)).toEqual(['CN¥500', 'CN¥1,875', '5.00%']);
    const csv = await el.exportData('csv');
    expect(csv.content as string).toContain('amount recovered ÷ balance referred');
  });

  it('walks bars by keyboard (Up/Down within a panel, Left/Right across), announces and selects', async () => {
    const el = await mount();
    const frame = await until(() => shadow(el).querySelector<HTMLElement>('[part="frame"]'));
    await until(() => shadow(el).querySelectorAll('rect.bar').length === BARS);
    frame.focus();
    const key = async (k: string) => {
      frame.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      await el.updateComplete;
      return shadow(el).querySelector('[aria-live="polite"]')!.textContent;
    };
    expect(await key('ArrowDown')).toBe('Referred: 200');
    expect(await key('ArrowDown')).toBe('Filed: 160, 80.0% of Referred');
    expect(await key('ArrowRight')).toBe('Filed 90–180 d: 16, 10.0% of Filed');
    const selected = new Promise<CustomEvent>((r) =>
      el.addEventListener('ck-select', (e) => r(e as CustomEvent), { once: true }),
    );
    await key('Enter');
    expect((await selected).detail).toEqual({
      series: 'filed90To180d',
      period: '2025-10/2025-11',
      value: 16,
      numerator: 16,
      denominator: 160,
    });
  });

  it('toggles to the trend of six rates per cohort', async () => {
    const el = await mount('view="trend"');
    await until(() => shadow(el).querySelectorAll('path.line').length === 6);
    expect(button(el, 'Trend').getAttribute('aria-pressed')).toBe('true');
    expect([...shadow(el).querySelectorAll('[part="legend"] button')].map((b) => b.textContent.trim())).toEqual([
      'Filed',
      'Judgment',
      'Enforced',
      'Recovered',
      'Recovery rate',
      'Sale price % of balance',
    ]);
  });

  it('refuses rows that do not hold together, with the reason and ck-error', async () => {
    mode = 'inconsistent';
    const errors: CustomEvent[] = [];
    document.addEventListener('ck-error', (e) => errors.push(e as CustomEvent), { once: true });
    const el = await mount();
    const alert = await until(() => shadow(el).querySelector('[role="alert"]'));
    expect(alert.textContent).toContain('filed is 120, more than referred 100');
    expect(errors[0]?.detail.metric).toBe('legal');
  });

  it('speaks Chinese, stacks panels when narrow, and shows empty and error states', async () => {
    const zh = await mount('', 'zh-CN', '320px');
    await until(() => shadow(zh).querySelectorAll('rect.bar').length === BARS);
    expect(shadow(zh).querySelector('h2')!.textContent).toBe('诉讼与债权转让');
    expect(shadow(zh).querySelector('.panels')!.classList.contains('cols-1')).toBe(true);
    expect([...shadow(zh).querySelectorAll('.panel:first-child .axis text')].map((t) => t.textContent)).toEqual([
      '移交诉讼',
      '立案',
      '判决',
      '执行',
      '回款',
    ]);
    const tw = await mount('', 'zh-TW');
    await until(() => shadow(tw).querySelectorAll('rect.bar').length === BARS);
    expect(shadow(tw).querySelector('[part="value"]')!.textContent).toContain('債權轉讓價格為餘額的 5.0%');
    mode = 'empty';
    const empty = await mount('from="2025-01" to="2025-03"');
    expect(
      (await until(() => shadow(empty).querySelector('[part="state"][role="status"]:not(:has(.spinner))'))).textContent,
    ).toBe('No data between 2025-01 and 2025-03.');
    mode = 'fail';
    const failing = await mount();
    expect((await until(() => shadow(failing).querySelector('[role="alert"]'))).textContent).toContain(
      'court system down',
    );
  });

  it('renders the mock portfolio and passes axe', async () => {
    const host = document.createElement('div');
    host.style.width = '900px';
    host.innerHTML = `<ck-source adapter="rest" base-url="/api/collection" from="2024-01" to="2025-12" interval="month" retry="0"><ck-legal-pipeline></ck-legal-pipeline></ck-source>`;
    document.body.append(host);
    const el = host.querySelector('ck-legal-pipeline')!;
    await until(() => el.shadowRoot && shadow(el).querySelectorAll('rect.bar').length >= 15, 15_000);
    expect(shadow(el).querySelector('[role="alert"]')).toBeNull();
    const result = await axe.run(host);
    expect(result.violations.map((v) => v.id)).toEqual([]);
  }, 30_000);
});
