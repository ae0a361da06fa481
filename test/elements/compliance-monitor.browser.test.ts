import { describe, expect, it } from 'vitest';
import { handlers } from '../../mocks/handlers.js';
import '../../src/define.js';
import type { CkComplianceMonitor } from '../../src/elements/compliance-monitor/compliance-monitor.js';
import { until } from '../support/until.js';
import { mountOnMock, mountWidget, useMetricBackend } from '../support/widget.js';
import { shadow, tableCells } from '../support/widget-read.js';
import { keyboard, nextEvent, showTable } from '../support/widget-act.js';
import { alertWhen, statusWhen } from '../support/widget-states.js';
import { lastVertex, pointerAt } from '../support/pointer.js';

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

const backend = useMetricBackend(
  '*/test-compliance/compliance',
  { ok: () => rows, inconsistent: () => [{ ...rows[0], breaches: 2000 }] },
  { handlers },
);

const mount = (attrs = '', lang = 'en') =>
  mountWidget<CkComplianceMonitor>('ck-compliance-monitor', { base: '/test-compliance', attrs, lang, width: '640px' });

describe('<ck-compliance-monitor>', () => {
  it('draws one line per rule of the preset, the latest breaches by rule, and a matching table', async () => {
    const el = mount();
    await until(() => shadow(el).querySelectorAll('path.line').length === 2);
    expect(shadow(el).querySelector('h2')!.textContent).toBe('Contact-rule breaches: CBA collection guideline (2026)');
    expect(shadow(el).querySelector('figcaption')!.textContent).toBe('Breach rate by rule, Dec 2025');
    const values = [...shadow(el).querySelectorAll('figure svg text.value')].map((t) => t.textContent);
    expect(values).toEqual(['0.40% (5)', '1.50% (30)']);
    expect(shadow(el).querySelector('#summary')!.textContent).toContain(
      'Highest in Dec 2025: At most 6 unanswered calls per contact per day at 1.50% (30 of 2,000).',
    );
    await showTable(el);
    const cells = tableCells(el);
    expect(cells).toEqual([
      ['Oct 2025', '0.50%', '5', '1,000', '0.50%', '10', '2,000'],
      ['Nov 2025', '0.80%', '8', '1,000', '0.20%', '4', '2,000'],
      ['Dec 2025', '0.40%', '5', '1,250', '1.50%', '30', '2,000'],
    ]);
  });

  it('walks the points by keyboard, announces breaches of checked, and selects with Enter', async () => {
    const el = mount();
    await until(() => shadow(el).querySelector('path.line'));
    const key = await keyboard(el);
    expect(await key('ArrowRight')).toBe('No collection 22:00–08:00, Dec 2025: 0.40% (5 of 1,250)');
    expect(await key('ArrowDown')).toBe(
      'At most 6 unanswered calls per contact per day, Dec 2025: 1.50% (30 of 2,000)',
    );
    expect(await key('Home')).toBe('At most 6 unanswered calls per contact per day, Oct 2025: 0.50% (10 of 2,000)');
    expect(shadow(el).querySelector('[part="tooltip"]')?.textContent).toContain('2,000');
    const selected = nextEvent(el, 'ck-select');
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
    const el = mount();
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
    const selected = nextEvent(el, 'ck-select');
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

  it('keeps the tooltip of a point in the bottom-right corner inside the widget, whose host contains its layout', async () => {
    const el = mount();
    // A short frame, so that the tooltip of the lowest point cannot hang below the point as it does higher up.
    el.style.setProperty('--ck-chart-height', '170px');
    const frame = await until(() => shadow(el).querySelector<HTMLElement>('[part="frame"]'));
    const lines = await until(() => {
      const all = [...shadow(el).querySelectorAll('path.line')];
      return all.length === 2 && frame.clientHeight === 170 ? all : null;
    });
    // The later of the two lines' last points that sits lower (Dec 2025, quiet hours at 0.40%).
    const [x, y] = lines.map(lastVertex).sort((a, b) => b[1] - a[1])[0]!;
    expect(y).toBeGreaterThan(170 - 60);
    pointerAt(frame, 'pointermove', x, y);
    await el.updateComplete;
    const tip = shadow(el).querySelector<HTMLElement>('[part="tooltip"]')!.getBoundingClientRect();
    const box = frame.getBoundingClientRect();
    // Left of and above the point, inside the frame: a later widget on the page cannot paint over it.
    expect(tip.right).toBeLessThanOrEqual(box.left + x);
    expect(tip.bottom).toBeLessThanOrEqual(box.top + y);
    expect(tip.right).toBeLessThanOrEqual(box.right);
    expect(tip.bottom).toBeLessThanOrEqual(box.bottom);
    expect(tip.height).toBeGreaterThan(40);
    expect(getComputedStyle(el).contain).toBe('layout style');
  });

  it('switches to the Regulation F preset with Chinese rule names', async () => {
    const el = mount('rules="us-reg-f"', 'zh-CN');
    await until(() => shadow(el).querySelectorAll('path.line').length === 1);
    expect(shadow(el).querySelector('h2')!.textContent).toBe('合规监测：美国 F 条例（Reg F）');
    expect(shadow(el).querySelector('[part="legend"]')!.textContent.trim()).toBe('7天内呼叫不超过7次');
    el.rules = 'cn-cba-2026|us-reg-f';
    await until(() => shadow(el).querySelectorAll('path.line').length === 3);
  });

  it('shows empty, error and validation states', async () => {
    const state = await statusWhen(backend, 'empty', () => mount('from="2025-01" to="2025-03"'));
    expect(state.textContent).toBe('No data between 2025-01 and 2025-03.');
    expect((await alertWhen(backend, 'fail', () => mount())).textContent).toContain('warehouse down');
    expect((await alertWhen(backend, 'inconsistent', () => mount())).textContent).toMatch(
      /breaches is 2000, more than checked 1000/,
    );
  });
  it('renders the mock portfolio and its large scenario without errors', async () => {
    for (const base of ['/api/collection', '/api/scenarios/huge']) {
      const { el } = mountOnMock('ck-compliance-monitor', {
        base,
        attrs: 'rules="cn-cba-2026|us-reg-f"',
        width: '800px',
      });
      await until(() => el.shadowRoot && shadow(el).querySelectorAll('path.line').length >= 6, 15_000);
      expect(shadow(el).querySelector('[role="alert"]')).toBeNull();
    }
  }, 30_000);
});
