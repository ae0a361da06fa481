import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { handlers } from '../../mocks/handlers.js';
import '../../src/define.js';
import type { CkAgentLeaderboard } from '../../src/elements/agent-leaderboard/agent-leaderboard.js';
import { LEADERBOARD_WORK } from '../../src/elements/agent-leaderboard/leaderboard-order.js';
import { rowHeightFor } from '../../src/elements/agent-leaderboard/row-geometry.js';
import { until } from '../support/until.js';
import { agentRow, type AgentCounts } from '../support/agent-rows.js';

const meta = { asOf: '2025-12-31T16:00:00Z', source: 'warehouse', currency: 'CNY', definitionVersion: '2026.1' };

const agent = (agentId: string, name: string, team: string, counts: AgentCounts) =>
  agentRow(agentId, name, team, counts);

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
  agent(
    `H${String(i).padStart(4, '0')}`,
    `催收员${i} / Collector ${i}`,
    ['early-a', 'early-b', 'mid', 'late', 'field'][i % 5]!,
    [
      1000 + (i % 97) * 10,
      300 + (i % 89),
      200 + (i % 53),
      100 + (i % 31),
      80 + (i % 29),
      60 + (i % 20),
      100_000 + i * 13,
      20_000 + ((i * 7919) % 10_000),
      100 + (i % 11),
    ],
  ),
);
let hugeRows = huge;
const worker = setupWorker(
  http.get('*/test-agents/agents', () => {
    if (mode === 'fail') return HttpResponse.json({ error: 'warehouse down' }, { status: 500 });
    if (mode === 'empty') return HttpResponse.json({ meta, rows: [] });
    if (mode === 'inconsistent') return HttpResponse.json({ meta, rows: [rows[0], { ...rows[1], connects: 900 }] });
    if (mode === 'huge') return HttpResponse.json({ meta, rows: hugeRows });
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
  hugeRows = huge;
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
const names = (el: Element) =>
  [...shadow(el).querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent.trim());
const column = (el: Element, i: number) =>
  [...shadow(el).querySelectorAll('tbody tr[aria-rowindex]')].map((tr) =>
    tr.children[i]!.textContent.replace(/\s+/g, ' ').trim(),
  );
/** Filled part of the inline bar of row `row` (1-based), metric column `c`: how wide its fill is drawn (0–1). */
const barFraction = (el: Element, row: number, c: number) => {
  const td = shadow(el).querySelector(`tbody tr:nth-child(${row}) td[data-c="${c}"]`)!;
  const bar = td.querySelector('span.bar[part="mark"]')!;
  return parseFloat(getComputedStyle(bar).backgroundSize) / 100;
};
/** Body rows that are collectors (not the spacer rows standing in for the rows out of view). */
const bodyRows = (el: Element) => [...shadow(el).querySelectorAll('tbody tr[aria-rowindex]')];
/** Counts the element's renders (lit's `update`) from now on. */
const countRenders = (el: CkAgentLeaderboard) => {
  const counter = { count: 0 };
  const target = el as unknown as { update: (changed: unknown) => void };
  const update = target.update.bind(el);
  target.update = (changed) => {
    counter.count++;
    update(changed);
  };
  return counter;
};
/** Names (row headers) of the rows that get a DOM change from now on: added, or changed inside. */
const watchRows = (el: CkAgentLeaderboard) => {
  const rows = new Set<string>();
  const tbody = shadow(el).querySelector('tbody')!;
  const mo = new MutationObserver((records) => {
    for (const m of records) {
      const nodes = m.type === 'childList' ? [...m.addedNodes] : [m.target];
      for (const node of nodes) {
        const tr = (node instanceof Element ? node : node.parentElement)?.closest('tr[aria-rowindex]');
        if (tr) rows.add(tr.querySelector('th')!.textContent);
      }
    }
  });
  mo.observe(tbody, { subtree: true, childList: true, characterData: true, attributes: true });
  return { rows, stop: () => mo.disconnect() };
};
/** Waits until the window has its real size: two frames (the frame's ResizeObserver, the row measurement) and the updates they cause. */
const settled = async (el: CkAgentLeaderboard) => {
  for (let i = 0; i < 2; i++) {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.updateComplete;
  }
};
/** Rows rendered by the element so far (row templates evaluated). */
const rowRenders = (el: CkAgentLeaderboard) => el[LEADERBOARD_WORK].rowRenders;
/** The element's sort counters: sorts of the current order (cache misses) and comparator calls in script. */
const sortWork = (el: CkAgentLeaderboard) => {
  const { sorts, comparisons } = el[LEADERBOARD_WORK].order;
  return { sorts, comparisons };
};
const header = (el: Element, label: string) =>
  [...shadow(el).querySelectorAll('thead button')].find((b) => b.textContent.includes(label)) as HTMLButtonElement;

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
    // Inline bars: a 64 × 8 px bar (part="mark") filled as far as the value over the column's best
    // trusted value: the best value fills it.
    const track = shadow(el).querySelector('tbody tr td.metric span.bar[part="mark"]')!.getBoundingClientRect();
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
    expect(shadow(el).querySelector('tbody tr:nth-child(4) td[data-c="1"] .bar')!.classList.contains('flagged')).toBe(
      true,
    );
    expect(shadow(el).querySelector('tbody tr:nth-child(1) td[data-c="1"] .bar')!.classList.contains('flagged')).toBe(
      false,
    );
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
    const selected = new Promise<CustomEvent>((r) =>
      el.addEventListener('ck-select', (e) => r(e as CustomEvent), { once: true }),
    );
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
    const selected = new Promise<CustomEvent>((r) =>
      el.addEventListener('ck-select', (e) => r(e as CustomEvent), { once: true }),
    );
    (shadow(el).querySelector('tbody tr:nth-child(2) td[data-c="5"]') as HTMLElement).click();
    expect((await selected).detail).toMatchObject({
      series: 'liquidation',
      agent: '王伟 / Wang Wei',
      value: 0.25,
      numerator: 25_000,
      denominator: 100_000,
    });
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
      texts.push(shadow(el).textContent, shadow(el).querySelector('[aria-live="polite"]')!.textContent);
    }
    expect(texts[1]).toMatch(/^Agent [0-9A-F]{6}, Collected/);
    const all = [...texts, shadow(el).textContent, JSON.stringify(events.map((e) => e.detail))].join('\n');
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
    const table = el.exportTable()!;
    expect(table.columns.slice(0, 6)).toEqual([
      'Rank',
      'Collector',
      'Team',
      'Collected',
      'Collected Numerator',
      'Collected Denominator',
    ]);
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
    // The shared view of data that cannot be drawn: what to check, and a retry button.
    expect(alert.querySelector('.hint')?.textContent).toMatch(/does not follow the contract/);
    expect(alert.querySelector('button')?.textContent).toBe('Retry');
    expect(errors[0]?.detail).toMatchObject({ kind: 'validation', metric: 'agents' });
  });

  it('keeps only the rows in view in the DOM at 2,000 collectors, with aria-rowcount/aria-rowindex for the whole table', async () => {
    mode = 'huge';
    const el = await mount('redact');
    await until(() => bodyRows(el).length > 0, 10_000);
    const table = shadow(el).querySelector('table')!;
    expect(table.getAttribute('aria-rowcount')).toBe('2001');
    expect(shadow(el).querySelector('thead tr')!.getAttribute('aria-rowindex')).toBe('1');
    // The frame is 520 px high: about 18 rows of ~29 px in view, plus 8 overscan below.
    const first = bodyRows(el);
    expect(first.length).toBeGreaterThanOrEqual(15);
    expect(first.length).toBeLessThanOrEqual(40);
    expect(first.map((tr) => tr.getAttribute('aria-rowindex'))).toEqual(first.map((_, i) => String(i + 2)));
    expect(shadow(el).querySelectorAll('tbody tr').length).toBe(first.length + 1); // one spacer below
    // Export and the table spec still have every row, in the order shown.
    const exported = el.exportTable()!.rows;
    expect(exported).toHaveLength(2000);
    expect(exported.slice(0, first.length).map((r) => r[1])).toEqual(names(el));
  });

  it("draws the first screen at the rows' real height before measuring any, then the overscan below it in the next frame", async () => {
    mode = 'huge';
    for (const fontSize of ['', '20px']) {
      const el = await mount('redact');
      if (fontSize) el.style.setProperty('--ck-font-size', fontSize);
      await until(() => bodyRows(el).length > 0, 10_000);
      // The first render already sizes the spacer for the rows not drawn at the height the styles give
      // a row (no measurement, no second render to correct it); it draws the rows on screen only.
      const height = rowHeightFor(parseFloat(getComputedStyle(el).fontSize));
      const spacer = () => parseFloat((shadow(el).querySelector('tr.spacer td') as HTMLElement).style.height);
      const onScreen = bodyRows(el).length;
      expect(spacer()).toBeCloseTo((2000 - onScreen) * height, 1);
      const frame = shadow(el).querySelector<HTMLElement>('[part="frame"]')!;
      // Exactly the rows that fit below the caption and the sticky header (known before any
      // measurement too): none missing at the frame's bottom, none wholly below it.
      const rowsTop =
        shadow(el).querySelector('tbody')!.getBoundingClientRect().top - frame.getBoundingClientRect().top;
      expect(onScreen).toBe(Math.ceil((frame.clientHeight - rowsTop) / height));
      for (const tr of bodyRows(el).slice(0, 3)) expect(tr.getBoundingClientRect().height).toBeCloseTo(height, 1);
      // Then, in the next frame, rows below the screen for a scroll to find ready (five beyond the
      // last row in view, which the measured header moves up a little); each row rendered once.
      await until(() => bodyRows(el).length > onScreen, 2_000);
      await settled(el);
      const rows = bodyRows(el);
      const below = rows.filter((tr) => tr.getBoundingClientRect().top >= frame.getBoundingClientRect().bottom);
      expect(below).toHaveLength(5);
      expect(rowRenders(el)).toBe(rows.length);
      // Scrolled (a wheel or the scroll bar, not the keyboard): the rows now in view are drawn.
      frame.scrollTop = 1000 * height;
      await until(() => bodyRows(el).some((tr) => tr.getAttribute('aria-rowindex') === '1002'), 2_000);
      el.remove();
    }
  });

  it('re-sorts 2,000 collectors with one render, one sort and only the rows in view rendered', async () => {
    mode = 'huge';
    const el = await mount('redact');
    await until(() => bodyRows(el).length > 0, 10_000);
    await settled(el);
    const renders = countRenders(el);
    const added = watchRows(el);
    const before = sortWork(el);
    header(el, 'Kept rate').click();
    await el.updateComplete;
    const sorts = sortWork(el);
    expect(renders.count).toBe(1);
    expect(shadow(el).querySelector('th[aria-sort]')!.textContent).toContain('Kept rate');
    // Only the window is built: every row it shows is new (another order), no more.
    expect(added.rows.size).toBe(bodyRows(el).length);
    expect(added.rows.size).toBeLessThanOrEqual(40);
    // One sort of the 2,000 indices: the values by the engine's typed-array sort, then only the ties
    // (kept rates repeat) by name in script, at most O(n log n) comparator calls (an insertion sort
    // would make ~n²/4 = 10⁶).
    expect(sorts.sorts - before.sorts).toBe(1);
    const n = 2000;
    expect(sorts.comparisons - before.comparisons).toBeGreaterThan(0);
    expect(sorts.comparisons - before.comparisons).toBeLessThanOrEqual(2 * n * Math.ceil(Math.log2(n)));
    // Going back to the first order is a cached array: no sort at all, one render.
    header(el, 'Collected').click();
    await el.updateComplete;
    expect(sortWork(el)).toEqual(sorts);
    expect(renders.count).toBe(2);
    expect(names(el)).toEqual(
      el
        .exportTable()!
        .rows.slice(0, bodyRows(el).length)
        .map((r) => r[1]),
    );
    added.stop();
  });

  it('re-renders only the rows whose values changed when new data arrives', async () => {
    mode = 'huge';
    const el = await mount();
    await until(() => bodyRows(el).length > 0, 10_000);
    await settled(el);
    const changed = watchRows(el);
    const rendered = rowRenders(el);
    // Mounting rendered the first screen (and the rows the first estimate of its height held), no more.
    expect(rendered).toBeGreaterThanOrEqual(bodyRows(el).length);
    expect(rendered).toBeLessThanOrEqual(40);
    // The same values in a new response: no row is rendered again, nothing in the table changes.
    const response = (el as unknown as { data: { data: unknown; dataUpdatedAt: number } }).data;
    const fetchedAt = response.dataUpdatedAt;
    el.retry();
    await until(() => response.dataUpdatedAt !== fetchedAt);
    await el.updateComplete;
    expect(rowRenders(el)).toBe(rendered);
    expect(changed.rows.size).toBe(0);
    // One collector on screen gets more dials (a lower contact rate, not the column's best): only its row changes.
    const third = names(el)[2]!;
    const id = third
      .replace(/^.*Collector (\d+)$/, 'H$1')
      .replace(/H(\d+)$/, (_, d: string) => `H${d.padStart(4, '0')}`);
    hugeRows = huge.map((r) => (r.agentId === id ? { ...r, dials: r.dials + 500 } : r));
    const second = response.data;
    el.retry();
    await until(() => response.data !== second);
    await el.updateComplete;
    expect(rowRenders(el)).toBe(rendered + 1);
    expect([...changed.rows]).toEqual([third]);
    changed.stop();
  });

  it('searches name or team within the shown rows; a real name never finds a redacted collector', async () => {
    mode = 'huge';
    const el = await mount('redact');
    await until(() => bodyRows(el).length > 0, 10_000);
    const input = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(input.getAttribute('aria-label')).toBe('Search collectors');
    const type = async (text: string) => {
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
    };
    const pseudonymOf100 = el.exportTable()!.rows[100]![1]!;
    await type(pseudonymOf100.toLowerCase());
    expect(names(el)).toEqual([pseudonymOf100]);
    expect(shadow(el).querySelector('table')!.getAttribute('aria-rowcount')).toBe('2');
    expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent).toContain(`1 of 2,000 collectors match`);
    // Real names are not searched when redacted.
    await type('Collector 1');
    expect(names(el)).toEqual([]);
    expect(shadow(el).querySelector('.note[role="status"]')!.textContent).toBe('No collector matches “Collector 1”.');
    // Team: 400 of the 2,000 are in "late"; the rank column keeps the rank in the whole table.
    await type('late');
    expect(shadow(el).querySelector('table')!.getAttribute('aria-rowcount')).toBe('401');
    expect(column(el, 2).every((t) => t === 'late')).toBe(true);
    const exported = el.exportTable()!.rows;
    expect(exported).toHaveLength(400);
    expect(Number(exported[1]![0])).toBeGreaterThan(2);
    await type('');
    expect(shadow(el).querySelector('table')!.getAttribute('aria-rowcount')).toBe('2001');
  });

  it('reaches every row by keyboard, prints every row, and keeps column widths while scrolling', async () => {
    mode = 'huge';
    const el = await mount('redact');
    const frame = await until(() => shadow(el).querySelector<HTMLElement>('[part="frame"]'));
    await until(() => bodyRows(el).length > 0, 10_000);
    await settled(el);
    const widths = () =>
      [...shadow(el).querySelectorAll('thead th')].map((th) => Math.round(th.getBoundingClientRect().width));
    const startWidths = widths();
    const all = el.exportTable()!.rows.map((r) => r[1]);
    frame.focus();
    const key = async (k: string, init: KeyboardEventInit = {}) => {
      frame.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, ...init }));
      await el.updateComplete;
      return shadow(el).querySelector('[aria-live="polite"]')!.textContent;
    };
    await key('ArrowDown');
    for (let i = 0; i < 40; i++) await key('ArrowDown');
    const focused = await until(() => shadow(el).querySelector('td.focus'));
    expect(focused.getAttribute('data-r')).toBe('40');
    expect(focused.closest('tr')!.getAttribute('aria-rowindex')).toBe('42');
    await until(() => frame.scrollTop > 0);
    // Ctrl+End: the last cell of the last row, drawn, announced and scrolled to.
    const text = await key('End', { ctrlKey: true });
    expect(text.startsWith(`${all[1999]}, Collected per hour:`)).toBe(true);
    const last = await until(() => shadow(el).querySelector('td.focus[data-r="1999"]'));
    expect(last.closest('tr')!.querySelector('th')!.textContent).toBe(all[1999]);
    expect(bodyRows(el).length).toBeLessThanOrEqual(40);
    await until(() => frame.scrollTop + frame.clientHeight >= frame.scrollHeight - 1);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(widths()).toEqual(startWidths);
    // PageUp moves by a screen of rows.
    await key('PageUp');
    expect(
      Number(
        shadow(el).querySelector('td.focus')?.getAttribute('data-r') ??
          (await until(() => shadow(el).querySelector('td.focus'))).getAttribute('data-r'),
      ),
    ).toBeLessThan(1990);
    // Printing draws every row at once, and the window again afterwards.
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(names(el)).toEqual(all);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(bodyRows(el).length).toBeLessThanOrEqual(40);
  }, 30_000);

  it('renders the mock portfolio and its large scenario without errors', async () => {
    for (const base of ['/api/collection', '/api/scenarios/huge']) {
      const host = document.createElement('div');
      host.style.width = '800px';
      host.innerHTML = `<ck-source adapter="rest" base-url="${base}" from="2024-01" to="2025-12" interval="month" retry="0"><ck-agent-leaderboard top="10"></ck-agent-leaderboard></ck-source>`;
      document.body.append(host);
      const el = host.querySelector('ck-agent-leaderboard')!;
      await until(() => el.shadowRoot && shadow(el).querySelectorAll('tbody tr').length === 10, 15_000);
      expect(shadow(el).querySelector('[role="alert"]')).toBeNull();
    }
  }, 30_000);
});
