import { describe, expect, it } from 'vitest';
import { handlers } from '../../mocks/handlers.js';
import '../../src/define.js';
import type { CkPtpFunnel } from '../../src/elements/ptp-funnel/ptp-funnel.js';
import { until } from '../support/until.js';
import { mountOnMock, mountWidget, useMetricBackend } from '../support/widget.js';
import { button, panelValues, shadow, tableCells } from '../support/widget-read.js';
import { axeViolations, keyboard, nextEvent, showTable } from '../support/widget-act.js';
import { alertOf, alertWhen, statusWhen } from '../support/widget-states.js';

const fields = [
  'period',
  'attempts',
  'contacts',
  'rightPartyContacts',
  'promises',
  'pending',
  'matured',
  'kept',
  'partlyKept',
  'broken',
  'amountPromised',
  'amountPaid',
  'followUpUnder24h',
  'followUp24To48h',
  'followUp48To72h',
  'followUpOver72h',
  'followUpNone',
];
const row = (values: (string | number)[]) => Object.fromEntries(fields.map((f, i) => [f, values[i]]));

/**
 * Hand-checked totals of the two months: 2,000 attempts → 700 contacts (35.0 %) → 400 right-party contacts
 * (57.1 % of contacts) → 120 promises (30.0 %); 100 matured: 60 kept (60.0 %), 15 partly (15.0 %), 25 broken
 * (25.0 %), followed up 10 / 5 / 3 / 2 / 5 (40 / 20 / 12 / 8 / 20 % of broken); paid 67,500 of 100,000 (67.5 %);
 * 10 pending, in no denominator.
 */
const rows = [
  row(['2025-11', 1000, 400, 250, 80, 0, 60, 36, 9, 15, 60_000, 40_500, 6, 3, 2, 1, 3]),
  row(['2025-12', 1000, 300, 150, 40, 10, 40, 24, 6, 10, 40_000, 27_000, 4, 2, 1, 1, 2]),
];

const backend = useMetricBackend(
  '*/test-promises/promises',
  { ok: () => rows, inconsistent: () => [{ ...rows[0], kept: 37 }] },
  { handlers },
);
const urls = backend.requests;
const mount = (attrs = '', lang = 'en', width = '900px') =>
  mountWidget<CkPtpFunnel>('ck-ptp-funnel', { base: '/test-promises', attrs, lang, width });

describe('<ck-ptp-funnel>', () => {
  it('draws the steps with conversions, the matured outcomes and the follow-up, with the pending apart', async () => {
    const el = mount();
    await until(() => shadow(el).querySelectorAll('rect.bar').length === 13);
    expect(panelValues(el)).toEqual([
      ['2,000', '700 · 35.0%', '400 · 57.1%', '120 · 30.0%'],
      ['100', '60 · 60.0%', '15 · 15.0%', '25 · 25.0%'],
      ['10 · 40.0%', '5 · 20.0%', '3 · 12.0%', '2 · 8.0%', '5 · 20.0%'],
    ]);
    expect(shadow(el).querySelector('[part="value"]')!.textContent).toBe(
      'Kept 60.0% of 100 matured promises (67.5% of the amount promised paid); 10 pending, not counted.',
    );
    expect(shadow(el).querySelector('#summary')!.textContent).toContain(
      '400 right-party contacts (20.0% of attempts), 120 promises (30.0% of right-party contacts); of 100 matured, 60.0% kept',
    );
    await showTable(el);
    const cells = tableCells(el);
    expect(cells).toHaveLength(3);
    expect(cells[2]).toEqual([
      'Total',
      '2,000',
      '700',
      '400',
      '120',
      '10',
      '100',
      '60',
      '15',
      '25',
      'CN¥100,000',
      'CN¥67,500',
      '35.00%',
      '20.00%',
      '30.00%',
      '60.00%',
      '67.50%',
      '10',
      '5',
      '3',
      '2',
      '5',
    ]);
    const csv = await el.exportData('csv');
    expect(csv.content as string).toContain('kept ÷ matured promises');
  });

  it('sends the grace days to the backend and names them in the title', async () => {
    const el = mount('grace="5"');
    await until(() => shadow(el).querySelectorAll('rect.bar').length === 13);
    expect(new URL(urls[0]!).searchParams.get('grace')).toBe('5');
    expect(shadow(el).querySelector('h2')!.textContent).toBe('Promise-to-pay funnel · grace 5 days');
  });

  it('walks bars by keyboard (Up/Down within a panel, Left/Right across), announces and selects', async () => {
    const el = mount();
    await until(() => shadow(el).querySelectorAll('rect.bar').length === 13);
    const key = await keyboard(el);
    expect(await key('ArrowDown')).toBe('Attempts: 2,000');
    expect(await key('ArrowDown')).toBe('Contacts: 700, 35.0% of Attempts');
    expect(await key('ArrowRight')).toBe('Kept: 60, 60.0% of Matured');
    expect(shadow(el).querySelector('[part="tooltip"]')?.textContent).toContain('60.00%');
    const selected = nextEvent(el, 'ck-select');
    await key('Enter');
    expect((await selected).detail).toEqual({
      series: 'kept',
      period: '2025-11/2025-12',
      value: 60,
      numerator: 60,
      denominator: 100,
    });
  });

  it('toggles to the trend of the five rates, walks it by keyboard', async () => {
    const el = mount();
    await until(() => shadow(el).querySelectorAll('rect.bar').length === 13);
    button(el, 'Trend').click();
    await until(() => shadow(el).querySelectorAll('path.line').length === 5);
    expect(el.view).toBe('trend');
    expect(button(el, 'Trend').getAttribute('aria-pressed')).toBe('true');
    expect([...shadow(el).querySelectorAll('[part="legend"] button')].map((b) => b.textContent.trim())).toEqual([
      'Contact rate',
      'RPC rate',
      'PTP rate',
      'Kept rate',
      'Amount kept',
    ]);
    const frame = shadow(el).querySelector<HTMLElement>('[part="frame"]')!;
    frame.focus();
    frame.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    await el.updateComplete;
    // Contact rate, November: 400 of 1,000.
    expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent).toMatch(/Contact rate.*40\.00%.*400.*1,000/);
    // The page switches language after the data arrived: the legend follows.
    el.parentElement!.lang = 'zh-CN';
    await until(() => shadow(el).querySelector('[part="legend"] button')?.textContent?.trim() === '接通率');
  });

  it('refuses outcomes that do not add up, with the reason and ck-error', async () => {
    backend.set('inconsistent');
    const errors: CustomEvent[] = [];
    document.addEventListener('ck-error', (e) => errors.push(e as CustomEvent), { once: true });
    const el = mount();
    const alert = await alertOf(el);
    expect(alert.textContent).toContain('kept 37 + partlyKept 9 + broken 15 is not matured 60');
    expect(errors[0]?.detail.metric).toBe('promises');
  });

  it('speaks Chinese, stacks panels when narrow, and shows empty and error states', async () => {
    const zh = mount('', 'zh-CN', '320px');
    await until(() => shadow(zh).querySelectorAll('rect.bar').length === 13);
    expect(shadow(zh).querySelector('h2')!.textContent).toBe('承诺还款漏斗 · 宽限 0 天');
    expect(shadow(zh).querySelector('.panels')!.classList.contains('cols-1')).toBe(true);
    expect([...shadow(zh).querySelectorAll('.panel:first-child .axis text')].map((t) => t.textContent)).toEqual([
      '拨打',
      '接通',
      '本人接通',
      '承诺还款',
    ]);
    const tw = mount('', 'zh-TW');
    await until(() => shadow(tw).querySelectorAll('rect.bar').length === 13);
    expect(shadow(tw).querySelector('[part="value"]')!.textContent).toContain('兌現 60.0%');
    expect((await statusWhen(backend, 'empty', () => mount('from="2025-01" to="2025-03"'))).textContent).toBe(
      'No data between 2025-01 and 2025-03.',
    );
    expect((await alertWhen(backend, 'fail', () => mount())).textContent).toContain('warehouse down');
  });

  it('renders the mock portfolio and passes axe', async () => {
    const { host, el } = mountOnMock('ck-ptp-funnel');
    await until(() => el.shadowRoot && shadow(el).querySelectorAll('rect.bar').length === 13, 15_000);
    expect(shadow(el).querySelector('[role="alert"]')).toBeNull();
    expect(await axeViolations(host)).toEqual([]);
  }, 30_000);
});
