import { describe, expect, it } from 'vitest';
import { handlers } from '../../mocks/handlers.js';
import '../../src/define.js';
import type { CkLegalPipeline } from '../../src/elements/legal-pipeline/legal-pipeline.js';
import { LEGAL_PIPELINE_ROWS as rows } from '../support/legal-rows.js';
import { until } from '../support/until.js';
import { mountOnMock, mountWidget, useMetricBackend } from '../support/widget.js';
import { button, panelValues, shadow, tableCells } from '../support/widget-read.js';
import { axeViolations, keyboard, nextEvent, showTable } from '../support/widget-act.js';
import { alertOf, alertWhen, statusWhen } from '../support/widget-states.js';

const backend = useMetricBackend(
  '*/test-legal/legal',
  { ok: () => rows, inconsistent: () => [{ ...rows[0], filed: 120 }] },
  { handlers, failMessage: 'court system down' },
);
const mount = (attrs = '', lang = 'en', width = '900px') =>
  mountWidget<CkLegalPipeline>('ck-legal-pipeline', { base: '/test-legal', attrs, lang, width });
const BARS = 21;

describe('<ck-legal-pipeline>', () => {
  it('draws stages with conversions, days to each stage and the amounts; table and export', async () => {
    const el = mount();
    await until(() => shadow(el).querySelectorAll('rect.bar').length === BARS);
    const [stages, time, money] = panelValues(el);
    expect(stages).toEqual(['200', '160 · 80.0%', '120 · 75.0%', '40 · 33.3%', '30 · 75.0%']);
    expect(time?.slice(0, 3)).toEqual(['140 · 87.5%', '16 · 10.0%', '4 · 2.5%']);
    expect(money).toEqual(['CN¥2M', 'CN¥300K · 15.0%', 'CN¥80K · 26.7%', 'CN¥200K', 'CN¥10K · 5.0%']);
    expect(shadow(el).querySelector('[part="value"]')!.textContent).toBe(
      'Recovered CN¥300K of CN¥2M referred (15.0%) · per case filed: cost CN¥500, recovered CN¥1,875 · debt sales at 5.0% of balance',
    );
    expect(shadow(el).querySelector('#summary')!.textContent).toContain('200 cases referred, 160 filed (80.0%)');
    await showTable(el);
    const cells = tableCells(el);
    expect(cells).toHaveLength(3);
    expect(cells[2]?.slice(0, 6)).toEqual(['Total', '200', '160', '120', '40', '30']);
    expect(cells[2]?.slice(-3)).toEqual(['CN¥500', 'CN¥1,875', '5.00%']);
    const csv = await el.exportData('csv');
    expect(csv.content as string).toContain('amount recovered ÷ balance referred');
  });

  it('walks bars by keyboard (Up/Down within a panel, Left/Right across), announces and selects', async () => {
    const el = mount();
    await until(() => shadow(el).querySelectorAll('rect.bar').length === BARS);
    const key = await keyboard(el);
    expect(await key('ArrowDown')).toBe('Referred: 200');
    expect(await key('ArrowDown')).toBe('Filed: 160, 80.0% of Referred');
    expect(await key('ArrowRight')).toBe('Filed 90–180 d: 16, 10.0% of Filed');
    const selected = nextEvent(el, 'ck-select');
    await key('Enter');
    expect((await selected).detail).toEqual({
      series: 'filed90To180d',
      period: '2025-10/2025-11',
      value: 16,
      numerator: 16,
      denominator: 160,
    });
  });

  it('toggles to the trend of six rates per cohort', async () => {
    const el = mount('view="trend"');
    await until(() => shadow(el).querySelectorAll('path.line').length === 6);
    expect(button(el, 'Trend').getAttribute('aria-pressed')).toBe('true');
    expect([...shadow(el).querySelectorAll('[part="legend"] button')].map((b) => b.textContent.trim())).toEqual([
      'Filed',
      'Judgment',
      'Enforced',
      'Recovered',
      'Recovery rate',
      'Sale price % of balance',
    ]);
  });

  it('refuses rows that do not hold together, with the reason and ck-error', async () => {
    backend.set('inconsistent');
    const errors: CustomEvent[] = [];
    document.addEventListener('ck-error', (e) => errors.push(e as CustomEvent), { once: true });
    const el = mount();
    const alert = await alertOf(el);
    expect(alert.textContent).toContain('filed is 120, more than referred 100');
    expect(errors[0]?.detail.metric).toBe('legal');
  });

  it('speaks Chinese, stacks panels when narrow, and shows empty and error states', async () => {
    const zh = mount('', 'zh-CN', '320px');
    await until(() => shadow(zh).querySelectorAll('rect.bar').length === BARS);
    expect(shadow(zh).querySelector('h2')!.textContent).toBe('诉讼与债权转让');
    expect(shadow(zh).querySelector('.panels')!.classList.contains('cols-1')).toBe(true);
    expect([...shadow(zh).querySelectorAll('.panel:first-child .axis text')].map((t) => t.textContent)).toEqual([
      '移交诉讼',
      '立案',
      '判决',
      '执行',
      '回款',
    ]);
    const tw = mount('', 'zh-TW');
    await until(() => shadow(tw).querySelectorAll('rect.bar').length === BARS);
    expect(shadow(tw).querySelector('[part="value"]')!.textContent).toContain('債權轉讓價格為餘額的 5.0%');
    expect((await statusWhen(backend, 'empty', () => mount('from="2025-01" to="2025-03"'))).textContent).toBe(
      'No data between 2025-01 and 2025-03.',
    );
    expect((await alertWhen(backend, 'fail', () => mount())).textContent).toContain('court system down');
  });

  it('renders the mock portfolio and passes axe', async () => {
    const { host, el } = mountOnMock('ck-legal-pipeline');
    await until(() => el.shadowRoot && shadow(el).querySelectorAll('rect.bar').length >= 15, 15_000);
    expect(shadow(el).querySelector('[role="alert"]')).toBeNull();
    expect(await axeViolations(host)).toEqual([]);
  }, 30_000);
});
