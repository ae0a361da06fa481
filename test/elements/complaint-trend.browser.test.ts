import { describe, expect, it } from 'vitest';
import { handlers } from '../../mocks/handlers.js';
import '../../src/define.js';
import type { CkComplaintTrend } from '../../src/elements/complaint-trend/complaint-trend.js';
import { until } from '../support/until.js';
import { mountOnMock, mountWidget, useMetricBackend } from '../support/widget.js';
import { shadow, tableCells } from '../support/widget-read.js';
import { keyboard, nextEvent } from '../support/widget-act.js';
import { alertOf, statusWhen } from '../support/widget-states.js';
import { pointerAt } from '../support/pointer.js';

/**
 * Hand-checked: received Oct 40, Nov 60, Dec 40; per 10k accounts 40/100,000 = 4.00, 60/100,000 = 6.00,
 * 40/80,000 = 5.00; on time 36/38 = 94.7 %, 55/60 = 91.7 %, 37/38 = 97.4 %; upheld 8/38, 14/60, 8/38.
 */
const rows = [
  ['2025-10', 'communication-tactics', 'phone', 30, 28, 27, 6],
  ['2025-10', 'not-owed', 'sms', 10, 10, 9, 2],
  ['2025-11', 'communication-tactics', 'phone', 40, 40, 36, 10],
  ['2025-11', 'not-owed', 'phone', 20, 20, 19, 4],
  ['2025-12', 'communication-tactics', 'phone', 25, 24, 24, 5],
  ['2025-12', 'not-owed', 'sms', 15, 14, 13, 3],
].map(([period, category, channel, received, closed, closedOnTime, upheld]) => ({
  period,
  category,
  channel,
  received,
  closed,
  closedOnTime,
  upheld,
}));
const exposure = [
  { period: '2025-10', accounts: 100_000 },
  { period: '2025-11', accounts: 100_000 },
  { period: '2025-12', accounts: 80_000 },
];

const backend = useMetricBackend(
  '*/test-complaints/complaints',
  { ok: () => ({ rows, exposure }), empty: () => ({ rows: [], exposure: [] }) },
  { handlers },
);

const mount = (attrs = 'sla="0.95"', lang = 'en') =>
  mountWidget<CkComplaintTrend>('ck-complaint-trend', { base: '/test-complaints', attrs, lang, width: '640px' });

const bars = (el: Element) => shadow(el).querySelectorAll('svg.chart rect.bar');

describe('<ck-complaint-trend>', () => {
  it('draws stacked bars per category and the per-10k line, with a summary line and a matching table', async () => {
    const el = mount();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="state"]')?.textContent).toContain('Loading');
    await until(() => bars(el).length === 6);
    expect(shadow(el).querySelector('path.line.over')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(shadow(el).querySelectorAll('svg.chart text.flag')).toHaveLength(2);
    expect(shadow(el).querySelector('h2')!.textContent).toBe('Complaints by category');
    expect(shadow(el).querySelector('[part="value"]')!.textContent).toBe(
      'Dec 2025: 40 complaints, 5.00 per 10,000 accounts; 97.4% closed on time (✓ meets the 95% target); 21.1% upheld.',
    );
    const legend = [...shadow(el).querySelectorAll('[part="legend"] li')].map((li) => li.textContent.trim());
    expect(legend).toEqual(['Communication tactics', 'Attempts to collect debt not owed', 'Per 10,000 accounts']);
    const toggle = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent === 'Show data table')!;
    toggle.click();
    await el.updateComplete;
    const head = [...shadow(el).querySelectorAll('thead th')].map((th) => th.textContent);
    expect(head).toEqual([
      'Period',
      'Received',
      'Communication tactics',
      'Attempts to collect debt not owed',
      'Per 10,000 accounts',
      'Active accounts',
      'Closed',
      'Closed on time',
      'Closed on time Numerator',
      'Upheld',
      'Upheld Numerator',
    ]);
    const cells = tableCells(el);
    expect(cells).toEqual([
      ['Oct 2025', '40', '30', '10', '4.00', '100,000', '38', '94.7% ⚠ below the 95% target', '36', '21.1%', '8'],
      ['Nov 2025', '60', '40', '20', '6.00', '100,000', '60', '91.7% ⚠ below the 95% target', '55', '23.3%', '14'],
      ['Dec 2025', '40', '25', '15', '5.00', '80,000', '38', '97.4%', '37', '21.1%', '8'],
    ]);
  });

  it('walks segments and line points by keyboard, announces them and selects with Enter', async () => {
    const el = mount();
    await until(() => bars(el).length === 6);
    const key = await keyboard(el);
    expect(await key('ArrowRight')).toBe('Communication tactics, Dec 2025: 25 complaints (62.5% of 40)');
    expect(shadow(el).querySelector('svg.chart rect.focus-ring')).not.toBeNull();
    expect(await key('ArrowUp')).toBe(
      'Per 10,000 accounts, Dec 2025: 5.00 (40 complaints, 80,000 accounts); 97.4% closed on time',
    );
    expect(await key('ArrowLeft')).toBe(
      'Per 10,000 accounts, Nov 2025: 6.00 (60 complaints, 100,000 accounts); 91.7% closed on time (⚠ below the 95% target)',
    );
    expect(shadow(el).querySelector('[part="tooltip"]')?.textContent).toContain('55/60');
    expect(await key('ArrowDown')).toBe('Communication tactics, Nov 2025: 40 complaints (66.7% of 60)');
    const selected = nextEvent(el, 'ck-select');
    await key('Enter');
    expect((await selected).detail).toEqual({
      series: 'communication-tactics',
      period: '2025-11',
      value: 40,
      numerator: 40,
      denominator: 60,
    });
    await key('Escape');
    expect(shadow(el).querySelector('[part="tooltip"]')).toBeNull();
  });

  it('shows the tooltip of the bar segment or line point under the pointer, selects on click, hides on leave', async () => {
    const el = mount();
    const frame = await until(() => shadow(el).querySelector<HTMLElement>('[part="frame"]'));
    await until(() => bars(el).length === 6);
    const tooltip = () => shadow(el).querySelector('[part="tooltip"]')?.textContent ?? null;
    // Bars run stack by stack: [4] is "not owed" in Nov 2025; aim at the end of the segment farthest from the line's point.
    const bar = bars(el)[4]!;
    const dot = shadow(el).querySelectorAll('svg.chart circle.point')[1]!;
    const cy = Number(dot.getAttribute('cy'));
    const top = Number(bar.getAttribute('y'));
    const bottom = top + Number(bar.getAttribute('height'));
    const y = Math.abs(top + 2 - cy) > Math.abs(bottom - 2 - cy) ? top + 2 : bottom - 2;
    pointerAt(frame, 'pointermove', Number(bar.getAttribute('x')) + Number(bar.getAttribute('width')) / 2, y);
    await el.updateComplete;
    expect(tooltip()).toContain('Attempts to collect debt not owed');
    expect(tooltip()).toContain('Nov 2025');
    const selected = nextEvent(el, 'ck-select');
    pointerAt(frame, 'click');
    expect((await selected).detail).toEqual({
      series: 'not-owed',
      period: '2025-11',
      value: 20,
      numerator: 20,
      denominator: 60,
    });
    pointerAt(frame, 'pointermove', Number(dot.getAttribute('cx')), cy);
    await el.updateComplete;
    expect(tooltip()).toContain('55/60');
    pointerAt(frame, 'pointerleave');
    await el.updateComplete;
    expect(tooltip()).toBeNull();
  });

  it('breaks down by channel, per another base, in Chinese', async () => {
    const el = mount('by="channel" per="1000"', 'zh-CN');
    await until(() => bars(el).length === 5);
    expect(shadow(el).querySelector('h2')!.textContent).toBe('投诉趋势（按渠道）');
    const legend = [...shadow(el).querySelectorAll('[part="legend"] li')].map((li) => li.textContent.trim());
    expect(legend).toEqual(['电话', '短信', '每1,000户投诉量']);
    expect(shadow(el).querySelector('[part="value"]')!.textContent).toContain('每1,000户 0.50 件');
  });

  it('hides a stack from the legend', async () => {
    const el = mount();
    await until(() => bars(el).length === 6);
    const button = shadow(el).querySelector<HTMLButtonElement>('[part="legend"] button')!;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(bars(el)).toHaveLength(3);
  });

  it('shows empty and error states', async () => {
    const state = await statusWhen(backend, 'empty', () => mount('from="2025-01" to="2025-03"'));
    expect(state.textContent).toBe('No data between 2025-01 and 2025-03.');
    backend.set('fail');
    const failing = mount();
    const alert = await alertOf(failing);
    expect(alert.textContent).toContain('warehouse down');
    backend.set('ok');
    (alert.querySelector('button') as HTMLButtonElement).click();
    await until(() => bars(failing).length === 6);
  });
  it('renders the mock portfolio and its large scenario without errors', async () => {
    for (const base of ['/api/collection', '/api/scenarios/huge']) {
      const { el } = mountOnMock('ck-complaint-trend', { base, attrs: 'sla="0.95"', width: '800px' });
      await until(() => el.shadowRoot && shadow(el).querySelectorAll('svg.chart rect.bar').length > 20, 15_000);
      expect(shadow(el).querySelector('[role="alert"]')).toBeNull();
    }
  }, 30_000);
});
