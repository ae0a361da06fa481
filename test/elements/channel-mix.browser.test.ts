import { describe, expect, it } from 'vitest';
import { handlers } from '../../mocks/handlers.js';
import '../../src/define.js';
import type { CkChannelMix } from '../../src/elements/channel-mix/channel-mix.js';
import { until } from '../support/until.js';
import { mountOnMock, mountWidget, useMetricBackend } from '../support/widget.js';
import { button, panelValues, shadow, tableCells } from '../support/widget-read.js';
import { keyboard, nextEvent, showTable } from '../support/widget-act.js';
import { alertWhen, statusWhen } from '../support/widget-states.js';

/**
 * Hand-checked sums over two months: phone 500/2,000 contacts (25.0 %), 16,000 collected, cost 4,000;
 * SMS 8,500/10,000 (85.0 %), 2,500 collected, cost 1,000; visit 170/200 (85.0 %), 45,000, cost 10,000.
 */
const rows = [
  ['2025-11', 'phone', 1000, 300, 500, 2000, 10_000],
  ['2025-12', 'phone', 1000, 200, 500, 2000, 6_000],
  ['2025-11', 'sms', 5000, 4000, 3000, 500, 1_000],
  ['2025-12', 'sms', 5000, 4500, 3000, 500, 1_500],
  ['2025-11', 'visit', 100, 80, 100, 5000, 20_000],
  ['2025-12', 'visit', 100, 90, 100, 5000, 25_000],
].map(([period, channel, attempts, contacts, accounts, cost, collected]) => ({
  period,
  channel,
  attempts,
  contacts,
  accounts,
  cost,
  collected,
}));

const backend = useMetricBackend('*/test-channels/channels', { ok: () => rows }, { handlers });
const mount = (attrs = '', lang = 'en', width = '900px') =>
  mountWidget<CkChannelMix>('ck-channel-mix', { base: '/test-channels', attrs, lang, width });

describe('<ck-channel-mix>', () => {
  it('compares channels in three bar panels with a matching table', async () => {
    const el = mount();
    await until(
      () => shadow(el).querySelectorAll('.panel').length === 3 && shadow(el).querySelectorAll('rect.bar').length === 9,
    );
    expect(shadow(el).querySelector('.panels')!.classList.contains('cols-3')).toBe(true);
    expect(panelValues(el)).toEqual([
      ['25.0%', '85.0%', '85.0%'],
      ['CN¥8.00', 'CN¥0.25', 'CN¥225.00'],
      ['4.00', '2.50', '4.50'],
    ]);
    expect([...shadow(el).querySelectorAll('.panel:first-child .axis text')].map((t) => t.textContent)).toEqual([
      'Phone',
      'SMS',
      'Field visit',
    ]);
    expect(shadow(el).querySelector('#summary')!.textContent).toContain(
      'Highest collected per unit cost: Field visit (4.50)',
    );
    await showTable(el);
    const cells = tableCells(el);
    expect(cells).toEqual([
      ['Phone', '2,000', '500', '25.0%', 'CN¥16,000', 'CN¥4,000', 'CN¥8.00', '4.00'],
      ['SMS', '10,000', '8,500', '85.0%', 'CN¥2,500', 'CN¥1,000', 'CN¥0.25', '2.50'],
      ['Field visit', '200', '170', '85.0%', 'CN¥45,000', 'CN¥10,000', 'CN¥225.00', '4.50'],
      ['Total', '12,200', '9,170', '75.2%', 'CN¥63,500', 'CN¥15,000', 'CN¥5.20', '4.23'],
    ]);
  });

  it('walks bars by keyboard (Up/Down channels, Left/Right measures), announces and selects', async () => {
    const el = mount();
    await until(() => shadow(el).querySelectorAll('rect.bar').length === 9);
    const key = await keyboard(el);
    expect(await key('ArrowDown')).toBe('Phone, Contact rate: 25.0% (500 of 2,000)');
    expect(await key('ArrowDown')).toBe('SMS, Contact rate: 85.0% (8,500 of 10,000)');
    expect(await key('ArrowRight')).toBe('SMS, Collected per attempt: CN¥0.25 (CN¥2,500 of 10,000)');
    expect(await key('ArrowRight')).toBe('SMS, Collected per unit cost: 2.50 (CN¥2,500 of CN¥1,000)');
    expect(shadow(el).querySelector('[part="tooltip"]')?.textContent).toContain('CN¥1,000');
    expect(shadow(el).querySelectorAll('rect.focus-ring')).toHaveLength(1);
    const selected = nextEvent(el, 'ck-select');
    await key('Enter');
    expect((await selected).detail).toEqual({
      series: 'sms',
      measure: 'collectedPerCost',
      period: '2025-11/2025-12',
      value: 2.5,
      numerator: 2500,
      denominator: 1000,
    });
    await key('Escape');
    expect(shadow(el).querySelector('[part="tooltip"]')).toBeNull();
  });

  it('shows the tooltip of the bar under the pointer, selects it on click, hides it on leave', async () => {
    const el = mount();
    const frame = await until(() => shadow(el).querySelector<HTMLElement>('[part="frame"]'));
    await until(() => shadow(el).querySelectorAll('rect.bar').length === 9);
    const over = (target: Element, type: 'pointermove' | 'click') => {
      const box = target.getBoundingClientRect();
      const init = {
        clientX: box.left + box.width / 2,
        clientY: box.top + box.height / 2,
        bubbles: true,
        composed: true,
      };
      target.dispatchEvent(type === 'click' ? new MouseEvent(type, init) : new PointerEvent(type, init));
    };
    const sms = shadow(el).querySelectorAll('.panel')[2]!.querySelectorAll('rect.bar')[1]!;
    over(sms, 'pointermove');
    await el.updateComplete;
    const tip = shadow(el).querySelector('[part="tooltip"]')!.textContent;
    expect(tip).toContain('SMS · Collected per unit cost');
    expect(tip).toContain('CN¥1,000');
    const selected = nextEvent(el, 'ck-select');
    over(sms, 'click');
    expect((await selected).detail).toEqual({
      series: 'sms',
      measure: 'collectedPerCost',
      period: '2025-11/2025-12',
      value: 2.5,
      numerator: 2500,
      denominator: 1000,
    });
    frame.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="tooltip"]')).toBeNull();
  });

  it('shows one measure, stacks panels when narrow, and speaks Chinese', async () => {
    const one = mount('measure="yield"');
    await until(() => shadow(one).querySelectorAll('rect.bar').length === 3);
    expect(shadow(one).querySelectorAll('.panel')).toHaveLength(1);
    const narrow = mount('', 'zh-CN', '320px');
    await until(() => shadow(narrow).querySelectorAll('rect.bar').length === 9);
    expect(shadow(narrow).querySelector('.panels')!.classList.contains('cols-1')).toBe(true);
    expect(shadow(narrow).querySelector('h2')!.textContent).toBe('渠道效能对比');
    expect([...shadow(narrow).querySelectorAll('.panel:first-child .axis text')].map((t) => t.textContent)).toEqual([
      '电话',
      '短信',
      '外访',
    ]);
    for (const svg of shadow(narrow).querySelectorAll('svg.hbar'))
      expect(Number(svg.getAttribute('width'))).toBeLessThanOrEqual(320);
    const tw = mount('', 'zh-TW');
    await until(() => shadow(tw).querySelectorAll('rect.bar').length === 9);
    button(tw, '顯示資料表').click();
    await tw.updateComplete;
    expect(shadow(tw).querySelector('tbody tr:last-child th, tbody tr:last-child td')!.textContent).toBe('合計');
  });

  it('shows empty and error states', async () => {
    const state = await statusWhen(backend, 'empty', () => mount('from="2025-01" to="2025-03"'));
    expect(state.textContent).toBe('No data between 2025-01 and 2025-03.');
    expect((await alertWhen(backend, 'fail', () => mount())).textContent).toContain('warehouse down');
  });
  it('renders the mock portfolio and its large scenario without errors', async () => {
    for (const base of ['/api/collection', '/api/scenarios/huge']) {
      const { el } = mountOnMock('ck-channel-mix', { base, width: '800px' });
      await until(() => el.shadowRoot && shadow(el).querySelectorAll('rect.bar').length === 24, 15_000);
      expect(shadow(el).querySelector('[role="alert"]')).toBeNull();
    }
  }, 30_000);
});
