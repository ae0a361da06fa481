import { describe, expect, it } from 'vitest';
import '../../src/define.js';
import type { CkVintageCurves } from '../../src/elements/vintage-curves/vintage-curves.js';
import { until } from '../support/until.js';
import { mountWidget, useMetricBackend } from '../support/widget.js';
import { shadow, tableCells } from '../support/widget-read.js';
import { keyboard, nextEvent } from '../support/widget-act.js';
import { alertWhen, statusWhen } from '../support/widget-states.js';

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

const backend = useMetricBackend('*/test-vintage/vintage', { ok: () => rows });
const urls = backend.requests;

const mount = (attrs = '', lang = 'en') =>
  mountWidget<CkVintageCurves>('ck-vintage-curves', { base: '/test-vintage', attrs, lang, width: '640px' });

const cells = (el: Element) => tableCells(el);
const headers = (el: Element) => [...shadow(el).querySelectorAll('thead th')].map((c) => c.textContent);
async function openTable(el: CkVintageCurves) {
  shadow(el).querySelector<HTMLButtonElement>('button[aria-controls="table"]')!.click();
  await el.updateComplete;
}

describe('<ck-vintage-curves>', () => {
  it('draws one curve per cohort by months on book; the table is the triangle', async () => {
    const el = mount();
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
    const el = mount('threshold="M3" cohorts="2025-09,2025-10" max-mob="2" basis="count"');
    await until(() => shadow(el).querySelectorAll('path.line').length === 2);
    expect(new URL(urls[0]!).searchParams.get('threshold')).toBe('M3');
    await openTable(el);
    expect(cells(el)).toEqual([
      ['2025-09', '1.00%', '2.00%'],
      ['2025-10', '1.00%', '2.00%'],
    ]);
    const latest = mount('cohorts="1"');
    await until(() => shadow(latest).querySelectorAll('path.line').length === 1);
  });

  it('walks the points by keyboard and selects one', async () => {
    const el = mount();
    await until(() => shadow(el).querySelector('path.line'));
    const key = await keyboard(el);
    expect(await key('ArrowRight')).toBe('Sep 2025, MOB 3: 3.00% (300 of 10,000)');
    expect(await key('ArrowLeft')).toBe('Sep 2025, MOB 2: 1.50% (150 of 10,000)');
    expect(await key('ArrowDown')).toBe('Oct 2025, MOB 2: 2.00% (200 of 10,000)');
    expect(shadow(el).querySelector('[part="tooltip"]')?.textContent).toContain('2.00%');
    const selected = nextEvent(el, 'ck-select');
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
    const el = mount('', 'zh-TW');
    await until(() => shadow(el).querySelector('path.line'));
    expect(shadow(el).querySelector('h2')?.textContent).toBe('帳齡分析：按帳齡的逾期率（按餘額）');
  });

  it('empty and error states', async () => {
    const state = await statusWhen(backend, 'empty', () => mount());
    expect(state.textContent).toBe('No data for this selection.');
    const alert = await alertWhen(backend, 'fail', () => mount());
    expect(alert.textContent).toContain('warehouse down');
  });
});
