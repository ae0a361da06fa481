/**
 * Theming through --ck-* custom properties (checked on screenshots), widgets inside another
 * component's shadow root, run-time language switches, and axe-core on live widgets.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import axe from 'axe-core';
import '../../src/define.js';
import { until } from '../support/until.js';

const meta = { asOf: '2025-12-31T16:00:00Z', source: 'theme', currency: 'CNY', definitionVersion: '2026.1' };
// M1 balance 1.2亿 of 24亿 (5 %), accounts 123,456.
const rows = ['2025-10', '2025-11', '2025-12'].flatMap((period, i) => [
  { period, bucket: 'M0', accounts: 2_000_000, balance: 2_280_000_000 - i * 1e7 },
  { period, bucket: 'M1', accounts: 123_456, balance: 120_000_000 + i * 1e7 },
]);
const agent = {
  agentId: 'a1',
  name: '王伟',
  team: 'early-a',
  dials: 1000,
  connects: 400,
  rightPartyContacts: 300,
  promises: 120,
  promisesDue: 100,
  promisesKept: 70,
  assigned: 900_000_000,
  collected: 123_456_789,
  hours: 160,
  complaints: 0,
};
const worker = setupWorker(
  http.get('*/theme-api/overdue', () => HttpResponse.json({ meta, rows })),
  http.get('*/theme-api/agents', () =>
    HttpResponse.json({ meta, rows: [agent, { ...agent, agentId: 'a2', name: '李娜', collected: 45_600 }] }),
  ),
);
beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
afterAll(() => worker.stop());
afterEach(() => document.body.replaceChildren());

let n = 0;
function mountIn(parent: Node & ParentNode, lang = 'en') {
  const id = `theme-${++n}`;
  const wrap = document.createElement('div');
  wrap.lang = lang;
  wrap.style.width = '480px';
  const source = document.createElement('ck-source');
  source.id = id;
  source.setAttribute('base-url', '/theme-api');
  const trend = document.createElement('ck-overdue-trend');
  trend.setAttribute('source', id);
  trend.setAttribute('buckets', 'M1');
  wrap.append(source, trend);
  parent.append(wrap);
  return { wrap, trend };
}

/** Share of pixels of a PNG (base64) equal to an RGB colour, decoded in the browser. */
async function share(base64: string, rgb: [number, number, number]): Promise<number> {
  const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
  let hits = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i]! - rgb[0]) < 4 && Math.abs(data[i + 1]! - rgb[1]) < 4 && Math.abs(data[i + 2]! - rgb[2]) < 4)
      hits++;
  }
  return hits / (data.length / 4);
}

describe('theming, shadow roots and languages', () => {
  it('a page that sets three --ck-* properties restyles the widget (screenshots)', async () => {
    const { wrap, trend } = mountIn(document.body);
    await until(() => trend.shadowRoot!.querySelector('path.line'));
    const before = await page.screenshot({ element: trend, base64: true, save: false });
    wrap.style.setProperty('--ck-background', 'rgb(255, 240, 200)');
    wrap.style.setProperty('--ck-foreground', 'rgb(90, 0, 0)');
    wrap.style.setProperty('--ck-series-1', 'rgb(0, 128, 0)');
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const after = await page.screenshot({ element: trend, base64: true, save: false });
    expect(await share(before, [255, 240, 200])).toBeLessThan(0.01);
    expect(await share(after, [255, 240, 200])).toBeGreaterThan(0.5);
    expect(getComputedStyle(trend.shadowRoot!.querySelector('path.line')!).stroke).toBe('rgb(0, 128, 0)');
    expect(getComputedStyle(trend.shadowRoot!.querySelector('h2')!).color).toBe('rgb(90, 0, 0)');
  });

  it('works inside another component’s shadow root, by id and by ancestor source', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const { trend } = mountIn(root);
    root.append(
      document
        .createRange()
        .createContextualFragment(
          `<ck-source base-url="/theme-api"><ck-overdue-trend buckets="M1" id="nested"></ck-overdue-trend></ck-source>`,
        ),
    );
    const nested = root.getElementById('nested')!;
    await until(() => trend.shadowRoot!.querySelector('path.line') && nested.shadowRoot!.querySelector('path.line'));
  });

  it('switches language at run time: labels and number formats', async () => {
    const { wrap, trend } = mountIn(document.body, 'zh-CN');
    const sr = trend.shadowRoot!;
    await until(() => sr.querySelector('path.line'));
    (sr.querySelector('header button') as HTMLButtonElement).click();
    await until(() => sr.querySelector('table'));
    expect(sr.querySelector('h2')!.textContent).toBe('分阶段逾期率（按余额）');
    expect(sr.querySelector('thead')!.textContent).toContain('期间');
    const first = [...sr.querySelectorAll('tbody tr')][0]!;
    expect(first.children[0]!.textContent).toBe('2025年10月');
    expect(first.children[2]!.textContent).toBe('120,000,000');
    expect(sr.querySelector('.axis-x text')!.textContent).toMatch(/年/);
    wrap.lang = 'en';
    await until(() => sr.querySelector('h2')!.textContent === 'Overdue rate by bucket (balance)');
    expect(sr.querySelector('thead')!.textContent).toContain('Period');
    expect([...sr.querySelectorAll('tbody tr')][0]!.children[0]!.textContent).toBe('Oct 2025');
    expect(sr.querySelector('button')!.textContent).toBe('Hide data table');
  });

  it('switches compact amounts between 万/亿 and K/M at run time', async () => {
    const wrap = document.createElement('div');
    wrap.lang = 'zh-CN';
    wrap.innerHTML =
      '<ck-source base-url="/theme-api"><ck-agent-leaderboard sort="collected"></ck-agent-leaderboard></ck-source>'; // fixture markup
    document.body.append(wrap);
    const board = wrap.querySelector('ck-agent-leaderboard')!;
    const text = () => board.shadowRoot?.querySelector('tbody')?.textContent ?? '';
    await until(() => text().includes('亿'));
    expect(text()).toContain('¥1.2亿');
    expect(text()).toContain('¥4.6万');
    wrap.lang = 'en';
    await until(() => text().includes('M'));
    expect(text()).toMatch(/¥123\.5M/);
    expect(text()).toMatch(/¥45\.6K/);
  });

  it('prints charts with their data tables', async () => {
    const { trend } = mountIn(document.body);
    await until(() => trend.shadowRoot!.querySelector('path.line'));
    expect(trend.shadowRoot!.querySelector('table')).toBeNull();
    window.dispatchEvent(new Event('beforeprint'));
    await until(() => trend.shadowRoot!.querySelector('table'));
    expect(trend.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(3);
    window.dispatchEvent(new Event('afterprint'));
    await until(() => !trend.shadowRoot!.querySelector('table'));
  });

  it('has no axe violations with data, table open, in both languages', async () => {
    for (const lang of ['en', 'zh-CN']) {
      const { trend } = mountIn(document.body, lang);
      await until(() => trend.shadowRoot!.querySelector('path.line'));
      (trend.shadowRoot!.querySelector('header button') as HTMLButtonElement).click();
      await until(() => trend.shadowRoot!.querySelector('table'));
      // `region` (all content inside landmarks) judges the host page, not a widget; every other rule runs.
      const result = await axe.run(document.body, {
        resultTypes: ['violations'],
        rules: { region: { enabled: false } },
      });
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target).join(' ')}`)).toEqual([]);
      document.body.replaceChildren();
    }
  });
});
