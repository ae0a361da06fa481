import { describe, expect, it } from 'vitest';
import '../../src/define.js';
import type { CkRecoveryCurves } from '../../src/elements/recovery-curves/recovery-curves.js';
import { until } from '../support/until.js';
import { mountWidget, useMetricBackend } from '../support/widget.js';
import { shadow, tableCells } from '../support/widget-read.js';
import { nextEvent } from '../support/widget-act.js';
import { alertWhen, statusWhen } from '../support/widget-states.js';

/**
 * Cohort 2025-08 is observed for 3 months (gross cumulative 10%, 15%, 18%); 2025-09 for 3 (8%, 12%,
 * 14%); 2025-10 for one (10%). Chain ladder: f1→2 = (150+120)/(100+80) = 1.5, f2→3 = (180+140)/(150+120).
 */
const rows = [
  ['2025-08', 1, 1000, 100, 10],
  ['2025-08', 2, 1000, 50, 5],
  ['2025-08', 3, 1000, 30, 3],
  ['2025-09', 1, 1000, 80, 8],
  ['2025-09', 2, 1000, 40, 4],
  ['2025-09', 3, 1000, 20, 2],
  ['2025-10', 1, 2000, 200, 20],
].map(([cohort, month, chargedOff, recovered, fees]) => ({ cohort, month, chargedOff, recovered, fees }));

/** Twelve monthly cohorts of 1,000 charged off, each recovering 50 in its first month and 30 in its second. */
const many = Array.from({ length: 12 }, (_, c) => `2025-${String(c + 1).padStart(2, '0')}`).flatMap((cohort) => [
  { cohort, month: 1, chargedOff: 1000, recovered: 50, fees: 5 },
  { cohort, month: 2, chargedOff: 1000, recovered: 30, fees: 3 },
]);

const backend = useMetricBackend('*/test-recovery/recovery', { ok: () => rows, many: () => many });

const mount = (attrs = '', lang = 'en') =>
  mountWidget<CkRecoveryCurves>('ck-recovery-curves', { base: '/test-recovery', attrs, lang, width: '640px' });

const cells = (el: Element) => tableCells(el);
async function openTable(el: CkRecoveryCurves) {
  shadow(el).querySelector<HTMLButtonElement>('button[aria-controls="table"]')!.click();
  await el.updateComplete;
}

describe('<ck-recovery-curves>', () => {
  it('recedes all but the 3 latest of 12 cohorts under one legend entry, draws their average, and toggles the receded ones together', async () => {
    backend.set('many');
    const el = mount();
    await until(() => shadow(el).querySelector('path.line.reference'));
    const legend = () =>
      [...shadow(el).querySelectorAll('[part="legend"] button')].map((b) => [
        b.textContent?.trim(),
        b.getAttribute('aria-pressed'),
      ]);
    expect(legend()).toEqual([
      ['Earlier cohorts (9)', 'true'],
      ['2025-10', 'true'],
      ['2025-11', 'true'],
      ['2025-12', 'true'],
      ['Average of all cohorts', 'true'],
    ]);
    expect(shadow(el).querySelectorAll('path.line.context')).toHaveLength(9);
    // The average is the pooled rate: 5 % at month 1 and 8 % at month 2 (all cohorts alike here); the table lists it too.
    await openTable(el);
    expect(cells(el).at(-1)).toEqual(['Average of all cohorts', '5.00%', '8.00%']);
    shadow(el).querySelector<HTMLButtonElement>('[part="legend"] button')!.click();
    await until(() => shadow(el).querySelectorAll('path.line.context').length === 0 || null);
    expect(legend()[0]).toEqual(['Earlier cohorts (9)', 'false']);
    expect(cells(el)).toHaveLength(4); // 3 cohorts and the average
  });

  it('colours every cohort with highlight="all"', async () => {
    backend.set('many');
    const el = mount('highlight="all"');
    await until(() => shadow(el).querySelectorAll('path.line').length === 12 || null);
    expect(shadow(el).querySelectorAll('[part="legend"] button')).toHaveLength(12);
    expect(shadow(el).querySelector('path.line.context, path.line.reference')).toBeNull();
  });

  it('draws one cumulative curve per cohort with an equal table', async () => {
    const el = mount('max-months="3"');
    await until(() => shadow(el).querySelectorAll('path.line').length === 3);
    expect(shadow(el).querySelector('path.line.projected')).toBeNull();
    expect(shadow(el).querySelector('h2')?.textContent).toBe('Cumulative recovery by charge-off cohort (gross)');
    await openTable(el);
    expect(cells(el)).toEqual([
      ['2025-08', '10.00%', '15.00%', '18.00%'],
      ['2025-09', '8.00%', '12.00%', '14.00%'],
      ['2025-10', '10.00%', '', ''],
    ]);
  });

  it('net of fees', async () => {
    const el = mount('max-months="3" net');
    await until(() => shadow(el).querySelector('path.line'));
    await openTable(el);
    expect(cells(el)[0]).toEqual(['2025-08', '9.00%', '13.50%', '16.20%']);
  });

  it('chain-ladder projection: dashed, labelled, and marked in table, tooltip and announcement', async () => {
    const el = mount('max-months="3" projection="chain-ladder"');
    await until(() => shadow(el).querySelector('path.line.projected'));
    expect(shadow(el).querySelector('.projection-label')?.textContent).toBe('projection');
    await openTable(el);
    // 2025-10: 10% × 1.5 = 15%, × 320/270 = 17.78%.
    expect(cells(el)[2]).toEqual(['2025-10', '10.00%', '15.00% (projection)', '17.78% (projection)']);
    const frame = shadow(el).querySelector<HTMLElement>('[part="frame"]')!;
    frame.focus();
    const key = async (k: string) => {
      frame.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      await el.updateComplete;
      return shadow(el).querySelector('[aria-live="polite"]')!.textContent;
    };
    expect(await key('ArrowRight')).toBe('Aug 2025, month 3: 18.00% (180 of 1,000)');
    expect(await key('ArrowUp')).toBe('Oct 2025, month 3: 17.78% (356 of 2,000), projected');
    expect(shadow(el).querySelector('[part="tooltip"]')?.textContent).toContain('(projection)');
    const selected = nextEvent(el, 'ck-select');
    await key('Enter');
    const detail = (await selected).detail;
    expect(detail).toMatchObject({ series: '2025-10', month: 3, projected: true, denominator: 2000 });
    expect(detail.value).toBeCloseTo(0.17778, 4);
  });

  it('follows the page language', async () => {
    const el = mount('max-months="3" projection="chain-ladder"', 'zh-CN');
    await until(() => shadow(el).querySelector('path.line.projected'));
    expect(shadow(el).querySelector('h2')?.textContent).toBe('按核销批次的累计回收率（毛回收）');
    expect(shadow(el).querySelector('.projection-label')?.textContent).toBe('预测');
  });

  it('hides a cohort from the legend and from the table', async () => {
    const el = mount('max-months="3"');
    await until(() => shadow(el).querySelectorAll('path.line').length === 3);
    shadow(el).querySelector<HTMLButtonElement>('[part="legend"] button')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('path.line')).toHaveLength(2);
    await openTable(el);
    expect(cells(el).map((r) => r[0])).toEqual(['2025-09', '2025-10']);
  });

  it('empty and error states', async () => {
    const state = await statusWhen(backend, 'empty', () => mount());
    expect(state.textContent).toBe('No data for this selection.');
    const alert = await alertWhen(backend, 'fail', () => mount());
    expect(alert.textContent).toContain('warehouse down');
  });
});
