import { describe, expect, it } from 'vitest';
import '../../src/define.js';
import type { CkRollRates } from '../../src/elements/roll-rates/roll-rates.js';
import { until } from '../support/until.js';
import { mountWidget, useMetricBackend } from '../support/widget.js';
import { shadow, tableCells } from '../support/widget-read.js';
import { keyboard, nextEvent } from '../support/widget-act.js';
import { alertOf, statusWhen } from '../support/widget-states.js';

/**
 * Two months of transitions (balance), hand-checked:
 * Nov: M0 row 900 → M0 855, M1 45 (5%); M1 row 100 → M0 40, M1 10, M2 50; NEW → M0 200.
 * Dec: M0 row 1000 → M0 940, M1 60 (6%); M1 row 50 → M0 20, M2 25, CO 5; M2 row 50 → M1 10, M2 40.
 */
const rows = [
  ['2025-11', 'M0', 'M0', 90, 855],
  ['2025-11', 'M0', 'M1', 5, 45],
  ['2025-11', 'M1', 'M0', 4, 40],
  ['2025-11', 'M1', 'M1', 1, 10],
  ['2025-11', 'M1', 'M2', 5, 50],
  ['2025-11', 'NEW', 'M0', 20, 200],
  ['2025-12', 'M0', 'M0', 94, 940],
  ['2025-12', 'M0', 'M1', 6, 60],
  ['2025-12', 'M1', 'M0', 2, 20],
  ['2025-12', 'M1', 'M2', 2, 25],
  ['2025-12', 'M1', 'CO', 1, 5],
  ['2025-12', 'M2', 'M1', 1, 10],
  ['2025-12', 'M2', 'M2', 4, 40],
].map(([period, from, to, accounts, balance]) => ({ period, from, to, accounts, balance }));

const backend = useMetricBackend('*/test-roll/roll-rates', { ok: () => rows });

const mount = (attrs = '', lang = 'en', width = 640) =>
  mountWidget<CkRollRates>('ck-roll-rates', { base: '/test-roll', attrs, lang, width: `${width}px` });

async function openTable(el: CkRollRates) {
  shadow(el).querySelector<HTMLButtonElement>('button[aria-controls="table"]')!.click();
  await el.updateComplete;
}

describe('<ck-roll-rates>', () => {
  it('draws the latest transition matrix as a heatmap with values in cells and an equal table', async () => {
    const el = mount();
    const cells = await until(() => {
      const c = shadow(el).querySelectorAll('rect.cell');
      return c.length > 0 && c;
    });
    expect(shadow(el).querySelector('h2')?.textContent).toBe('Transition matrix Dec 2025 (balance)');
    // Rows M0, M1, M2 (NEW has no December rows); columns M0…M7+ and CO.
    const texts = [...shadow(el).querySelectorAll('text.cell-value')].map((t) => t.textContent);
    expect(texts).toContain('94.0%');
    expect(texts).toContain('6.0%');
    // Dark cells get white text, pale cells black.
    const dark = [...shadow(el).querySelectorAll('text.cell-value')].find((t) => t.textContent === '94.0%')!;
    expect(dark.getAttribute('fill')).toBe('#ffffff');
    const pale = [...shadow(el).querySelectorAll('text.cell-value')].find((t) => t.textContent === '6.0%')!;
    expect(pale.getAttribute('fill')).toBe('#000000');
    expect(cells.length).toBe(3 * 9);
    await openTable(el);
    const table = tableCells(el);
    expect(table[0]!.slice(0, 3)).toEqual(['M0', '94.0%', '6.0%']);
    expect(table[1]!).toEqual(['M1', '40.0%', '0.0%', '50.0%', '0.0%', '0.0%', '0.0%', '0.0%', '0.0%', '10.0%', '50']);
    expect(shadow(el).querySelector('#summary')?.textContent).toContain('Cure rate of M1: 40.0%.');
  });

  it('writes whole percentages when one decimal does not fit the cells, and switches to a table when nothing fits', async () => {
    const narrow = mount('', 'en', 440);
    await until(() => shadow(narrow).querySelector('rect.cell'));
    const texts = [...shadow(narrow).querySelectorAll('text.cell-value')].map((t) => t.textContent);
    // Every cell carries its value, all in the same (whole-percent) form.
    expect(texts).toHaveLength(3 * 9);
    expect(texts).toContain('94%');
    expect(texts.every((t) => /^\d+%$/.test(t ?? ''))).toBe(true);
    const tiny = mount('', 'en', 260);
    const table = await until(() => shadow(tiny).querySelector('.matrix-as-table table'));
    // The table that replaces the heatmap has the matrix's rows and full-precision values; no heatmap is drawn.
    expect([...table.querySelectorAll('tbody tr')].map((tr) => tr.children[1]?.textContent)).toEqual([
      '94.0%',
      '40.0%',
      '0.0%',
    ]);
    expect(shadow(tiny).querySelector('rect.cell')).toBeNull();
  });

  it('picks the matrix month with period', async () => {
    const el = mount('period="2025-11"');
    await until(() => shadow(el).querySelector('rect.cell'));
    expect(shadow(el).querySelector('h2')?.textContent).toBe('Transition matrix Nov 2025 (balance)');
    await openTable(el);
    expect(tableCells(el).map((r) => r[0])).toEqual(['M0', 'M1', 'NEW']);
  });

  it('walks the cells with the arrow keys, announces them and selects with Enter', async () => {
    const el = mount();
    await until(() => shadow(el).querySelector('rect.cell'));
    const key = await keyboard(el);
    expect(await key('ArrowRight')).toBe('M0 → M0: 94.00% (940 of 1,000)');
    expect(await key('ArrowRight')).toBe('M0 → M1: 6.00% (60 of 1,000)');
    expect(await key('ArrowDown')).toBe('M1 → M1: 0.00% (0 of 50)');
    expect(await key('ArrowLeft')).toBe('M1 → M0: 40.00% (20 of 50)');
    expect(await key('End')).toBe('M1 → CO: 10.00% (5 of 50)');
    expect(shadow(el).querySelector('[part="tooltip"]')?.textContent).toContain('10.00%');
    expect(shadow(el).querySelector('.focus-ring')).not.toBeNull();
    const selected = nextEvent(el, 'ck-select');
    await key('Enter');
    expect((await selected).detail).toEqual({
      series: 'M1→CO',
      period: '2025-12',
      value: 0.1,
      numerator: 5,
      denominator: 50,
    });
    await key('Escape');
    expect(shadow(el).querySelector('[part="tooltip"]')).toBeNull();
  });

  it('trend view: roll-forward rates over time as lines', async () => {
    const el = mount('view="trend"');
    await until(() => shadow(el).querySelectorAll('path.line').length > 0);
    expect(shadow(el).querySelector('h2')?.textContent).toBe('Roll-forward rates over time (balance)');
    await openTable(el);
    const table = tableCells(el);
    // M0→M1: 45/900 = 5%, 60/1000 = 6%; M1→M2: 50/100, 25/50.
    expect(table[0]!.slice(0, 7)).toEqual(['Nov 2025', '5.00%', '45', '900', '50.00%', '50', '100']);
    expect(table[1]!.slice(0, 7)).toEqual(['Dec 2025', '6.00%', '60', '1,000', '50.00%', '25', '50']);
    const frame = shadow(el).querySelector<HTMLElement>('[part="frame"]')!;
    frame.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    await el.updateComplete;
    expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent).toBe('M0→M1, Dec 2025: 6.00% (60 of 1,000)');
  });

  it('forecast view: balances rolled forward, dashed and labelled as projection', async () => {
    const el = mount('view="forecast" months="3"', 'zh-CN');
    await until(() => shadow(el).querySelectorAll('path.line.projected').length > 0);
    expect(shadow(el).querySelector('.projection-label')?.textContent).toBe('预测');
    expect(shadow(el).querySelector('path.line.projected')!.getAttribute('stroke-dasharray')).toBe('4 4');
    await openTable(el);
    const table = tableCells(el);
    expect(table).toHaveLength(4);
    expect(table[0]![0]).toContain('实际');
    expect(table[1]![0]).toContain('预测');
  });

  it('switches views from the toolbar', async () => {
    const el = mount();
    await until(() => shadow(el).querySelector('rect.cell'));
    const trend = [...shadow(el).querySelectorAll('.views button')][1] as HTMLButtonElement;
    trend.click();
    await until(() => shadow(el).querySelector('path.line'));
    expect(el.getAttribute('view')).toBe('trend');
    expect(trend.getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the empty state', async () => {
    const state = await statusWhen(backend, 'empty', () => mount());
    expect(state.textContent).toBe('No data for this selection.');
  });

  it('shows an error with retry', async () => {
    backend.set('fail');
    const el = mount();
    const alert = await alertOf(el);
    expect(alert.textContent).toContain('warehouse down');
    backend.set('ok');
    (alert.querySelector('button') as HTMLButtonElement).click();
    await until(() => shadow(el).querySelector('rect.cell'));
  });
});
