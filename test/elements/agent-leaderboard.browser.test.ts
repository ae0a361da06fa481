import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { handlers } from '../../mocks/handlers.js';
import '../../src/define.js';
import type { CkAgentLeaderboard } from '../../src/elements/agent-leaderboard/agent-leaderboard.js';
import { until } from '../support/until.js';

const meta = { asOf: '2025-12-31T16:00:00Z', source: 'warehouse', currency: 'CNY', definitionVersion: '2026.1' };

const agent = (agentId: string, name: string, team: string, v: number[]) => {
  const [dials, connects, rightPartyContacts, promises, promisesDue, promisesKept, assigned, collected, hours] = v as [number, number, number, number, number, number, number, number, number];
  return { agentId, name, team, dials, connects, rightPartyContacts, promises, promisesDue, promisesKept, assigned, collected, hours, complaints: 0 };
};

/**
 * Hand-checked: contact rates A1 300/1000 = 30 %, A2 320/800 = 40 %, A3 100/500 = 20 %, A4 8/10 = 80 %
 * (flagged: 10 dials < 20); collected A2 30,000 > A1 25,000 > A3 10,000 > A4 2,000.
 */
const rows = [
  agent('A1', '王伟 / Wang Wei', 'early-a', [1000, 300, 200, 100, 80, 60, 100_000, 25_000, 100]),
  agent('A2', '李娜 / Li Na', 'early-a', [800, 320, 240, 120, 100, 70, 80_000, 30_000, 90]),
  agent('A3', '张敏 / Zhang Min', 'mid', [500, 100, 60, 30, 10, 9, 50_000, 10_000, 50]),
  agent('A4', '陈静 / Chen Jing', 'mid', [10, 8, 6, 3, 3, 2, 20_000, 2_000, 25]),
];
const NAMES = ['王伟', 'Wang Wei', '李娜', 'Li Na', '张敏', 'Zhang Min', '陈静', 'Chen Jing'];

let mode: 'ok' | 'empty' | 'fail' | 'huge' | 'inconsistent' = 'ok';
const huge = Array.from({ length: 2000 }, (_, i) =>
  agent(`H${String(i).padStart(4, '0')}`, `催收员${i} / Collector ${i}`, ['early-a', 'early-b', 'mid', 'late', 'field'][i % 5]!, [
    1000 + (i % 97) * 10, 300 + (i % 89), 200 + (i % 53), 100 + (i % 31), 80 + (i % 29), 60 + (i % 20), 100_000 + i * 13, 20_000 + ((i * 7919) % 10_000), 100 + (i % 11),
  ]),
);
const worker = setupWorker(
  http.get('*/test-agents/agents', () => {
    if (mode === 'fail') return HttpResponse.json({ error: 'warehouse down' }, { status: 500 });
    if (mode === 'empty') return HttpResponse.json({ meta, rows: [] });
    if (mode === 'inconsistent') return HttpResponse.json({ meta, rows: [rows[0], { ...rows[1], connects: 900 }] });
    if (mode === 'huge') return HttpResponse.json({ meta, rows: huge });
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
  const id = `agents-src-${++n}`;
  const host = document.createElement('div');
  host.lang = lang;
  host.style.width = '900px';
  const source = document.createElement('ck-source');
  source.id = id;
  source.setAttribute('base-url', '/test-agents');
  source.setAttribute('retry', '0');
  host.append(source);
  host.insertAdjacentHTML('beforeend', `<ck-agent-leaderboard source="${id}" ${attrs}></ck-agent-leaderboard>`);
  document.body.append(host);
  return host.querySelector('ck-agent-leaderboard') as CkAgentLeaderboard;
}

const shadow = (el: Element) => el.shadowRoot!;
const names = (el: Element) => [...shadow(el).querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent!.trim());
const column = (el: Element, i: number) => [...shadow(el).querySelectorAll('tbody tr')].map((tr) => tr.children[i]!.textContent!.replace(/\s+/g, ' ').trim());
/** Filled part of the inline bar of row `row` (1-based), metric column `c`: bar width over track width. */
const barFraction = (el: Element, row: number, c: number) => {
  const td = shadow(el).querySelector(`tbody tr:nth-child(${row}) td[data-c="${c}"]`)!;
  const bar = td.querySelector('span.inline-bar > span.bar[part="mark"]')!;
  return bar.getBoundingClientRect().width / td.querySelector('span.inline-bar')!.getBoundingClientRect().width;
};
const header = (el: Element, label: string) => [...shadow(el).querySelectorAll('thead button')].find((b) => b.textContent!.includes(label)) as HTMLButtonElement;

describe('<ck-agent-leaderboard>', () => {
  it('ranks by collected amount by default, with a rank column and inline bars', async () => {
    const el = await mount();
    await until(() => shadow(el).querySelectorAll('tbody tr').length === 4);
    expect(names(el)).toEqual(['李娜 / Li Na', '王伟 / Wang Wei', '张敏 / Zhang Min', '陈静 / Chen Jing']);
    expect(column(el, 0)).toEqual(['1', '2', '3', '4']);
    const sorted = shadow(el).querySelector('th[aria-sort]')!;
    expect(sorted.getAttribute('aria-sort')).toBe('descending');
    expect(sorted.textContent).toContain('Collected');
    expect(shadow(el).querySelectorAll('th[aria-sort]')).toHaveLength(1);
    // Inline bars: a 64 × 8 px track holding the bar (part="mark"), as long as the value over the
    // column's best trusted value: the best value fills the track.
    const track = shadow(el).querySelector('tbody tr td.metric span.inline-bar')!.getBoundingClientRect();
    expect([track.width, track.height]).toEqual([64, 8]);
    expect(barFraction(el, 1, 0)).toBeCloseTo(1, 2);
    expect(barFraction(el, 2, 0)).toBeCloseTo(25_000 / 30_000, 2);
    expect(barFraction(el, 4, 0)).toBeCloseTo(2_000 / 30_000, 2);
    expect(shadow(el).querySelector('tbody svg')).toBeNull();
    expect(shadow(el).querySelector('footer')?.textContent).toContain('warehouse');
  });

  it('sorts by a clicked header (real buttons, aria-sort), flagged rates last and not ranked', async () => {
    const el = await mount();
    await until(() => shadow(el).querySelectorAll('tbody tr').length === 4);
    header(el, 'Contact rate').click();
    await el.updateComplete;
    expect(names(el)).toEqual(['李娜 / Li Na', '王伟 / Wang Wei', '张敏 / Zhang Min', '陈静 / Chen Jing']);
    expect(column(el, 0)).toEqual(['1', '2', '3', '–']);
    expect(column(el, 4)).toEqual(['40.0%', '30.0%', '20.0%', '80.0% ⚠ low base']);
    // Bars: 40 % is the best trusted rate; the flagged 80 % is drawn muted, capped at the full track.
    expect(barFraction(el, 2, 1)).toBeCloseTo(0.3 / 0.4, 2);
    expect(shadow(el).querySelector('tbody tr:nth-child(4) td[data-c="1"] .bar')!.classList.contains('flagged')).toBe(true);
    expect(shadow(el).querySelector('tbody tr:nth-child(1) td[data-c="1"] .bar')!.classList.contains('flagged')).toBe(false);
    expect(barFraction(el, 4, 1)).toBeCloseTo(1, 2);
    expect(header(el, 'Contact rate').closest('th')!.getAttribute('aria-sort')).toBe('descending');
    expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent).toBe('Sort by Contact rate, highest first');
    expect(shadow(el).querySelector('.note')!.textContent).toContain('denominator below 20');
    header(el, 'Contact rate').click();
    await el.updateComplete;
    expect(header(el, 'Contact rate').closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    expect(names(el)).toEqual(['张敏 / Zhang Min', '王伟 / Wang Wei', '李娜 / Li Na', '陈静 / Chen Jing']);
    header(el, 'Collector').click();
    await el.updateComplete;
    expect(header(el, 'Collector').closest('th')!.getAttribute('aria-sort')).toBe('ascending');
  });

  it('honours sort, top and team attributes', async () => {
    const el = await mount('sort="kept-rate" top="2"');
    await until(() => shadow(el).querySelectorAll('tbody tr').length === 2);
    // Kept: A1 60/80 = 75 %, A2 70/100 = 70 %, A4 2/3 and A3 9/10 flagged (due < 20).
    expect(names(el)).toEqual(['王伟 / Wang Wei', '李娜 / Li Na']);
    expect(shadow(el).querySelector('caption')!.textContent).toContain('Top 2 of 4 collectors');
    el.setAttribute('team', 'mid');
    el.removeAttribute('top');
    await until(() => names(el).length === 2 && names(el)[0] === '张敏 / Zhang Min');
    expect(names(el)).toEqual(['张敏 / Zhang Min', '陈静 / Chen Jing']);
  });

  it('walks the cells by keyboard, announces them with numerator and denominator, and selects with Enter', async () => {
    const el = await mount('sort="contact-rate"');
    const frame = await until(() => shadow(el).querySelector<HTMLElement>('[part="frame"]'));
    await until(() => shadow(el).querySelectorAll('tbody tr').length === 4);
    frame.focus();
    const key = async (k: string) => {
      frame.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      await el.updateComplete;
      return shadow(el).querySelector('[aria-live="polite"]')!.textContent;
    };
    expect(await key('ArrowDown')).toMatch(/^李娜 \/ Li Na, Collected: .+30,000 of .+80,000\), rank 1$/);
    expect(await key('ArrowRight')).toBe('李娜 / Li Na, Contact rate: 40.0% (320 of 800), rank 1');
    expect(await key('ArrowDown')).toBe('王伟 / Wang Wei, Contact rate: 30.0% (300 of 1,000), rank 2');
    expect(await key('ArrowDown')).toBe('张敏 / Zhang Min, Contact rate: 20.0% (100 of 500), rank 3');
    expect(await key('ArrowDown')).toBe('陈静 / Chen Jing, Contact rate: 80.0% ⚠ low base (8 of 10), not ranked');
    expect(await key('ArrowDown')).toBe('陈静 / Chen Jing, Contact rate: 80.0% ⚠ low base (8 of 10), not ranked');
    expect(shadow(el).querySelector('[part="tooltip"]')?.textContent).toContain('not ranked');
    await key('ArrowUp');
    const selected = new Promise<CustomEvent>((r) => el.addEventListener('ck-select', (e) => r(e as CustomEvent), { once: true }));
    await key('Enter');
    expect((await selected).detail).toEqual({
      series: 'contactRate',
      period: '',
      value: 0.2,
      numerator: 100,
      denominator: 500,
      agent: '张敏 / Zhang Min',
      agentId: 'A3',
      team: 'mid',
      rank: 3,
    });
    await key('Escape');
    expect(shadow(el).querySelector('[part="tooltip"]')).toBeNull();
  });

  it('selects a cell by click', async () => {
    const el = await mount();
    await until(() => shadow(el).querySelectorAll('tbody tr').length === 4);
    const selected = new Promise<CustomEvent>((r) => el.addEventListener('ck-select', (e) => r(e as CustomEvent), { once: true }));
    (shadow(el).querySelector('tbody tr:nth-child(2) td[data-c="5"]') as HTMLElement).click();
    expect((await selected).detail).toMatchObject({ series: 'liquidation', agent: '王伟 / Wang Wei', value: 0.25, numerator: 25_000, denominator: 100_000 });
  });

  it('redacts names everywhere: cells, summary, tooltips, announcements and ck-select', async () => {
    const el = await mount('redact sort="contact-rate"');
    const frame = await until(() => shadow(el).querySelector<HTMLElement>('[part="frame"]'));
    await until(() => shadow(el).querySelectorAll('tbody tr').length === 4);
    const shown = names(el);
    for (const name of shown) expect(name).toMatch(/^Agent [0-9A-F]{6}$/);
    expect(new Set(shown).size).toBe(4);
    const events: CustomEvent[] = [];
    el.addEventListener('ck-select', (e) => events.push(e as CustomEvent));
    frame.focus();
    const texts: string[] = [];
    for (const k of ['ArrowDown', 'ArrowRight', 'ArrowDown', 'Enter', 'ArrowDown', 'ArrowDown']) {
      frame.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      await el.updateComplete;
      texts.push(shadow(el).textContent!, shadow(el).querySelector('[aria-live="polite"]')!.textContent!);
    }
    expect(texts[1]).toMatch(/^Agent [0-9A-F]{6}, Collected/);
    const all = [...texts, shadow(el).textContent!, JSON.stringify(events.map((e) => e.detail))].join('\n');
    for (const name of NAMES) expect(all).not.toContain(name);
    expect(events[0]!.detail.agent).toBe(shown[1]);
    expect(events[0]!.detail).not.toHaveProperty('agentId');
    // Stable: the same agent keeps its pseudonym in another mount and sort order.
    const other = await mount('redact sort="name"');
    await until(() => shadow(other).querySelectorAll('tbody tr').length === 4);
    expect([...names(other)].sort()).toEqual([...shown].sort());
  });

  it('exports the shown rows with numerators and denominators, redacted', async () => {
    const el = await mount('redact top="3" sort="contact-rate"');
    await until(() => shadow(el).querySelectorAll('tbody tr').length === 3);
    const exporter = el as unknown as { exportTable?: () => { columns: string[]; rows: string[][] } | null };
    if (typeof exporter.exportTable !== 'function') return; // export API not in this build
    const table = exporter.exportTable()!;
    expect(table.columns.slice(0, 6)).toEqual(['Rank', 'Collector', 'Team', 'Collected', 'Collected Numerator', 'Collected Denominator']);
    expect(table.rows).toHaveLength(3);
    expect(table.rows[0]!.slice(0, 3)).toEqual(['1', names(el)[0], 'early-a']);
    expect(table.rows[0]!.slice(6, 9)).toEqual(['40.0%', '320', '800']);
    for (const name of NAMES) expect(JSON.stringify(table)).not.toContain(name);
  });

  it('redacts in Chinese with the 催收员 prefix', async () => {
    const el = await mount('redact', 'zh-CN');
    await until(() => shadow(el).querySelectorAll('tbody tr').length === 4);
    for (const name of names(el)) expect(name).toMatch(/^催收员 [0-9A-F]{6}$/);
    expect(shadow(el).querySelector('h2')!.textContent).toBe('催收员排行榜');
    for (const name of NAMES) expect(shadow(el).textContent).not.toContain(name);
  });

  it('shows empty and error states', async () => {
    mode = 'empty';
    const empty = await mount('from="2025-01" to="2025-03"');
    const state = await until(() => shadow(empty).querySelector('[part="state"][role="status"]:not(:has(.spinner))'));
    expect(state.textContent).toBe('No data between 2025-01 and 2025-03.');
    mode = 'fail';
    const failing = await mount();
    const alert = await until(() => shadow(failing).querySelector('[role="alert"]'));
    expect(alert.textContent).toContain('warehouse down');
    expect(alert.querySelector('button')).not.toBeNull();
  });

  it('names the row of inconsistent counts and emits ck-error', async () => {
    mode = 'inconsistent';
    const errors: CustomEvent[] = [];
    document.addEventListener('ck-error', (e) => errors.push(e as CustomEvent), { once: true });
    const el = await mount();
    const alert = await until(() => shadow(el).querySelector('[role="alert"]'));
    expect(alert.textContent).toContain('agent row 1 (agent A2): connects is 900, more than dials 800');
    expect(errors[0]?.detail).toMatchObject({ kind: 'validation', metric: 'agents' });
  });

  it('renders 2,000 collectors and re-sorts them quickly', async () => {
    mode = 'huge';
    const el = await mount('redact');
    await until(() => shadow(el).querySelectorAll('tbody tr').length === 2000, 10_000);
    const start = performance.now();
    header(el, 'Kept rate').click();
    await el.updateComplete;
    const elapsed = performance.now() - start;
    expect(shadow(el).querySelector('th[aria-sort]')!.textContent).toContain('Kept rate');
    expect(elapsed).toBeLessThan(1500);
    console.log(`2,000-row re-sort and render: ${elapsed.toFixed(0)} ms`);
  });

  it('draws the first rows of a long table at once and the rest over the next frames; prints, exports and walks every row', async () => {
    mode = 'huge';
    const el = await mount('redact');
    const frame = await until(() => shadow(el).querySelector<HTMLElement>('[part="frame"]'));
    const rowCount = () => shadow(el).querySelectorAll('tbody tr').length;
    const busy = () => shadow(el).querySelector('table')!.getAttribute('aria-busy');
    await until(() => rowCount() === 2000, 10_000);
    expect(busy()).toBeNull();
    // A new order: its first rows are in the table right away, marked busy until the rest follow.
    header(el, 'Kept rate').click();
    await el.updateComplete;
    expect(rowCount()).toBeGreaterThanOrEqual(20);
    expect(rowCount()).toBeLessThan(2000);
    expect(busy()).toBe('true');
    const exporter = el as unknown as { exportTable?: () => { rows: string[][] } | null };
    if (typeof exporter.exportTable === 'function') expect(exporter.exportTable()!.rows).toHaveLength(2000);
    // Printing draws every row at once.
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(rowCount()).toBe(2000);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    await until(() => rowCount() === 2000 && busy() === null, 10_000);
    // Up/Down walk every row (each announced, the focused cell scrolled into view).
    header(el, 'Collector').click();
    await el.updateComplete;
    const shownNames = names(el);
    frame.focus();
    let text = '';
    for (let i = 0; i < 150; i++) {
      frame.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
      await el.updateComplete;
      text = shadow(el).querySelector('[aria-live="polite"]')!.textContent!;
    }
    await until(() => names(el).length === 2000);
    const focused = shadow(el).querySelector('td.focus')!;
    expect(focused.getAttribute('data-r')).toBe('149');
    expect(text.startsWith(`${names(el)[149]}, Collected:`)).toBe(true);
    expect(names(el).slice(0, shownNames.length)).toEqual(shownNames);
    expect(focused.querySelector('[part="tooltip"]')).not.toBeNull();
    await until(() => frame.scrollTop > 0);
  }, 30_000);
  it('renders the mock portfolio and its large scenario without errors', async () => {
    for (const base of ['/api/collection', '/api/scenarios/huge']) {
      const host = document.createElement('div');
      host.style.width = '800px';
      host.innerHTML = `<ck-source adapter="rest" base-url="${base}" from="2024-01" to="2025-12" interval="month" retry="0"><ck-agent-leaderboard top="10"></ck-agent-leaderboard></ck-source>`;
      document.body.append(host);
      const el = host.querySelector('ck-agent-leaderboard')!;
      await until(() => el.shadowRoot && (shadow(el).querySelectorAll('tbody tr').length === 10), 15_000);
      expect(shadow(el).querySelector('[role="alert"]')).toBeNull();
    }
  }, 30_000);
});
