/** `<ck-agency-scorecard>` in Chromium: headline, overdue evaluations, bars per measure, keyboard, table, states, axe. */
import { describe, expect, it } from 'vitest';
import { handlers } from '../../mocks/handlers.js';
import '../../src/define.js';
import type { CkAgencyScorecard } from '../../src/elements/agency-scorecard/agency-scorecard.js';
import type { AgencyRow } from '../../src/model/rows.js';
import { until } from '../support/until.js';
import { mountWidget, useMetricBackend } from '../support/widget.js';
import { shadow, tableCells, text } from '../support/widget-read.js';
import { axeViolations, showTable } from '../support/widget-act.js';
import { alertOf } from '../support/widget-states.js';

const r = (period: string, agency: string, n: readonly number[], lastEvaluation?: string): AgencyRow => ({
  period,
  agency,
  accountsPlaced: n[0] ?? 0,
  balancePlaced: n[1] ?? 0,
  recovered: n[2] ?? 0,
  commission: n[3] ?? 0,
  complaints: n[4] ?? 0,
  callsChecked: n[5] ?? 0,
  violations: n[6] ?? 0,
  ...(lastEvaluation ? { lastEvaluation } : {}),
});
/** Hand-checked: A 600,000 of 10,000,000 (6.0 %), 3 complaints per 2,000 (15), 8 of 4,000 (0.20 %), 20.0 %; B 5.0 %, 80, 1.00 %, 25.0 %, evaluated 2024-09-30: overdue at 2025-12-31. */
const rows: AgencyRow[] = [
  r('2025-11', 'Agency A', [1200, 6_000_000, 250_000, 50_000, 1, 2500, 5], '2025-03-10'),
  r('2025-12', 'Agency A', [800, 4_000_000, 350_000, 70_000, 2, 1500, 3], '2025-03-10'),
  r('2025-11', 'Agency B', [500, 2_000_000, 100_000, 25_000, 4, 1000, 10], '2024-09-30'),
];

const backend = useMetricBackend(
  '*/test-agency/agencies',
  { ok: () => rows, bad: () => [{ ...rows[0], violations: 5000 }] },
  { handlers },
);
/** A 720 px host and a source over 2025. */
const box = { width: '720px', sourceAttrs: 'from="2025-01" to="2025-12"' };
const mount = (attrs = '', lang = 'en', base = '/test-agency') =>
  mountWidget<CkAgencyScorecard>('ck-agency-scorecard', { base, attrs, lang, ...box });
const buttons = (el: Element) => [...shadow(el).querySelectorAll('button')];
const values = (el: Element) => [...shadow(el).querySelectorAll('svg.hbar text.value')].map((t) => t.textContent);
const drawn = (el: Element) => !!el.shadowRoot && shadow(el).querySelectorAll('svg.chart rect.bar').length === 2;

describe('<ck-agency-scorecard>', () => {
  it('shows the totals, the overdue evaluation, recovered ÷ placed per agency and a matching table', async () => {
    const el = mount();
    await until(() => drawn(el));
    expect(text(el, 'h2')).toBe('Outside agencies: Recovered ÷ placed');
    expect(text(el, '.headline')).toBe(
      '2 agencies: recovered 700K of 12M placed (5.8%) · commission 20.7% of recovered · 28 complaints per 10,000 accounts · violation rate 0.36%',
    );
    expect(text(el, '.evaluations')).toBe(
      '⚠ Evaluation overdue (over 12 months before 2025-12-31): Agency B (2024-09-30).',
    );
    expect(values(el)).toEqual(['6.0%', '5.0% ⚠']);
    await showTable(el);
    const cells = tableCells(el);
    expect(cells[0]).toEqual([
      'Agency A',
      '2,000',
      '10M',
      '600K',
      '6.0%',
      '120K',
      '20.0%',
      '3',
      '15',
      '4,000',
      '8',
      '0.20%',
      '2025-03-10',
    ]);
    expect(cells[1]?.[12]).toBe('2024-09-30 ⚠ overdue');
  });

  it('switches the measure with buttons: complaints per 10,000 puts B first', async () => {
    const el = mount();
    await until(() => drawn(el));
    const button = buttons(el).find((b) => b.textContent === 'Complaints per 10,000 placed');
    button?.click();
    await until(() => values(el)[0] === '80 ⚠');
    expect(values(el)).toEqual(['80 ⚠', '15']);
    expect(button?.getAttribute('aria-pressed')).toBe('true');
    expect(el.measure).toBe('complaints');
    expect(text(el, 'h2')).toBe('Outside agencies: Complaints per 10,000 placed');
  });

  it('walks the agencies by keyboard, announces the measure and evaluation, selects with Enter', async () => {
    const el = mount('measure="violations"');
    await until(() => drawn(el));
    const frame = shadow(el).querySelector<HTMLElement>('[part="frame"]');
    const selected: CustomEvent[] = [];
    el.addEventListener('ck-select', (e) => selected.push(e as CustomEvent));
    frame?.focus();
    frame?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await el.updateComplete;
    expect(text(el, '[role="status"][aria-live]')).toBe(
      'Agency B: Violation rate 1.00% · Last evaluation 2024-09-30 ⚠ overdue',
    );
    frame?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(selected[0]?.detail).toEqual({
      series: 'Agency B',
      period: '2025-11/2025-12',
      value: 0.01,
      numerator: 10,
      denominator: 1000,
    });
  });

  it('Chinese texts and no axe violations', async () => {
    const el = mount('measure="commission"', 'zh-CN');
    await until(() => drawn(el));
    expect(text(el, 'h2')).toBe('委外机构：佣金占回收比例');
    expect(text(el, '.evaluations')).toContain('评估逾期');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('shows empty, error and validation states with ck-error', async () => {
    backend.set('empty');
    const empty = mount();
    await until(
      () => !!empty.shadowRoot && !!text(empty, '[part="state"]') && !/Loading/.test(text(empty, '[part="state"]')),
    );
    expect(text(empty, '[part="state"]')).toContain('No data');
    document.body.replaceChildren();
    backend.set('fail');
    const failed = mount();
    await alertOf(failed);
    expect(text(failed, '[role="alert"]')).toMatch(/500|warehouse down/);
    document.body.replaceChildren();
    backend.set('bad');
    const errors: string[] = [];
    const bad = mount();
    bad.addEventListener('ck-error', (e) => errors.push((e as CustomEvent<{ message: string }>).detail.message));
    await alertOf(bad);
    expect(text(bad, '[role="alert"]')).toMatch(/violations is 5000, more than callsChecked 1500|violations/);
    expect(errors.some((m) => /violations/.test(m))).toBe(true);
  });

  it('renders the mock portfolio without errors, in traditional Chinese', async () => {
    const el = mount('', 'zh-TW', '/api/collection');
    await until(() => !!el.shadowRoot && shadow(el).querySelectorAll('svg.chart rect.bar').length === 5, 15_000);
    expect(shadow(el).querySelector('[role="alert"]')).toBeNull();
    expect(text(el, '.headline')).toMatch(/^5 家機構/);
  }, 30_000);
});
