/**
 * <ck-outcome-gap> in Chromium: a hand-checked gap (the rates of Newcombe 1998b, table II (a), with ten times the
 * counts: vulnerable customers cure 480 of 800 against 560 of 700 for the others, a gap of −20.0 pp with the
 * 95 % interval −24.4 to −15.4, Wilson and Newcombe computed apart in Python: flagged, also after Holm–Bonferroni
 * over the 12 gaps; at the published counts it would not survive the adjustment, test/kpi/outcomes.test.ts), a
 * gap whose interval crosses zero (hardship 550 of 700: never flagged), equal counts on every other measure,
 * states, keyboard, table, export, languages, axe, and the mock portfolio's known gap.
 */
import { describe, expect, it } from 'vitest';
import { handlers } from '../../mocks/handlers.js';
import '../../src/define.js';
import type { CkOutcomeGap } from '../../src/elements/outcome-gap/outcome-gap.js';
import { until } from '../support/until.js';
import { mountWidget, useMetricBackend } from '../support/widget.js';
import { button, shadow, tableCells, trimmedTexts } from '../support/widget-read.js';
import { axeViolations, collectErrors, keyboard, nextEvent } from '../support/widget-act.js';
import { alertWhen } from '../support/widget-states.js';

const seg = (segment: string, period: string, entered: number, cured: number) => ({
  period,
  segment,
  accounts: 1000,
  overdue: 100,
  entered,
  cured,
  complained: 4,
  arrangements: 12,
  redefault3: 3,
  redefault6: 4,
});
const rows = [
  seg('other', '2025-01', 300, 240),
  seg('other', '2025-02', 400, 320),
  seg('vulnerable', '2025-01', 800, 480),
  seg('hardship', '2025-02', 700, 550),
];

const backend = useMetricBackend(
  '*/test-outcomes/outcomes',
  { ok: () => rows, bad: () => [...rows, seg('other', '2025-03', 10, 11)] },
  { handlers },
);
const mount = (attrs = '', lang = 'en', width = '900px') =>
  mountWidget<CkOutcomeGap>('ck-outcome-gap', { base: '/test-outcomes', attrs, lang, width });
const drawn = (el: Element) => until(() => shadow(el).querySelectorAll('line.interval').length === 12);

describe('<ck-outcome-gap>', () => {
  it('draws every segment × measure gap with its interval and flags only the one wholly on the worse side', async () => {
    const el = mount();
    await drawn(el);
    const labels = trimmedTexts(el, 'svg .axis-y text');
    expect(labels.slice(0, 2)).toEqual(['hardship · Overdue rate', 'hardship · Cure rate']);
    expect(labels[7]).toBe('vulnerable · Cure rate');
    const values = trimmedTexts(el, 'svg text.value');
    // hardship 550/700 − other 560/700 = −1.4 pp: the interval crosses zero, no flag.
    expect(values[1]).toBe('-1.4 pp [-5.7, +2.8] = no gap shown');
    expect(values[7]).toBe('-20.0 pp [-24.4, -15.4] ⚠ worse');
    expect(values.filter((v) => v?.endsWith('⚠ worse'))).toHaveLength(1);
    expect(values.filter((v) => v?.endsWith('= no gap shown'))).toHaveLength(11);
    expect(trimmedTexts(el, '.readings li')).toEqual([
      '⚠ vulnerable: Cure rate -20.0 pp against other (95% interval -24.4 pp to -15.4 pp).',
    ]);
    expect(shadow(el).querySelector('.range')!.textContent).toBe(
      'Jan 2025 to Feb 2025; each segment against other. Flagged only when the gap stays significant (5%) after the Holm–Bonferroni adjustment for the 12 gaps compared; intervals shown are 95% unadjusted.',
    );
    expect(shadow(el).querySelector('#summary')!.textContent).toContain('the line marks no gap');
  });

  it('the table: every segment × measure with counts, Wilson rate, gap and reading', async () => {
    const el = mount();
    await drawn(el);
    button(el, 'Show data table').click();
    await until(() => shadow(el).querySelectorAll('tbody tr').length === 18);
    const cells = tableCells(el);
    // The reference first; cure 560 of 700 = 80.0 %, Wilson 76.9 % to 82.8 % (Wilson 1927, computed apart).
    expect(cells[1]).toEqual(['other', 'Cure rate', '560', '700', '80.0% (76.9% – 82.8%)', '–', 'reference']);
    const vulnerableCure = cells.find((r) => r[0] === 'vulnerable' && r[1] === 'Cure rate');
    expect(vulnerableCure?.slice(2)).toEqual([
      '480',
      '800',
      '60.0% (56.6% – 63.3%)',
      '-20.0 pp (-24.4 pp – -15.4 pp)',
      '⚠ worse',
    ]);
    expect(cells.find((r) => r[0] === 'hardship' && r[1] === 'Re-default in 6 months')?.slice(2, 4)).toEqual([
      '4',
      '12',
    ]);
  });

  it('walks the rows with the keyboard, announces them and selects one', async () => {
    const el = mount();
    await drawn(el);
    const key = await keyboard(el);
    expect(await key('ArrowDown')).toMatch(/^hardship, Overdue rate: 10\.0% \(100 of 1,000\), gap /);
    for (let i = 0; i < 7; i++) await key('ArrowDown');
    expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent).toBe(
      'vulnerable, Cure rate: 60.0% (480 of 800), gap -20.0 pp (95% interval -24.4 pp to -15.4 pp). ⚠ worse',
    );
    expect(shadow(el).querySelectorAll('rect.focus-ring')).toHaveLength(1);
    expect(shadow(el).querySelector('[part="tooltip"]')?.textContent).toContain('⚠ worse');
    const selected = nextEvent(el, 'ck-select');
    await key('Enter');
    const detail = (await selected).detail;
    expect(detail).toMatchObject({
      series: 'vulnerable:cure',
      period: '2025-01/2025-02',
      numerator: 480,
      denominator: 800,
    });
    expect(detail.value).toBeCloseTo(-0.2, 10);
  });

  it('another reference segment changes what is compared', async () => {
    const el = mount('reference="vulnerable"');
    await drawn(el);
    expect(trimmedTexts(el, 'svg .axis-y text')[0]).toBe('hardship · Overdue rate');
    expect(trimmedTexts(el, 'svg .axis-y text')[6]).toBe('other · Overdue rate');
    // Against vulnerable customers the others cure more: better, never flagged.
    expect(trimmedTexts(el, 'svg text.value')[7]).toBe('+20.0 pp [+15.4, +24.4] ✓ better');
    expect(trimmedTexts(el, '.readings li')).toEqual(['No segment is shown to do worse than vulnerable.']);
  });

  it('speaks Chinese (simplified and traditional)', async () => {
    const el = mount('', 'zh-CN');
    await drawn(el);
    expect(shadow(el).querySelector('h2')!.textContent).toBe('特殊群体结果对比');
    expect(trimmedTexts(el, 'svg text.value')[7]).toBe('-20.0个百分点 [-24.4, -15.4] ⚠ 更差');
    // Segment codes in the language (the outcomes pack), not the raw codes.
    expect(trimmedTexts(el, 'svg .axis-y text')[7]).toBe('弱势客户 · 回正率');
    expect(trimmedTexts(el, '.readings li')[0]).toBe(
      '⚠ 弱势客户：回正率与其他客户相差 -20.0个百分点（95% 区间 -24.4个百分点 至 -15.4个百分点）。',
    );
    const tw = mount('', 'zh-TW');
    await drawn(tw);
    expect(trimmedTexts(tw, 'svg text.value')[1]).toContain('未顯示差距');
  });

  it('contradictory counts and a missing reference: the message and ck-error, never a blank widget', async () => {
    const errors = collectErrors();
    const alert = await alertWhen(backend, 'bad', () => mount());
    expect(alert.textContent).toContain(
      'outcomes row 4 (period 2025-03, segment other): cured is 11, more than entered (10)',
    );
    expect(errors[0]).toContain('cured is 11');
    document.body.replaceChildren();
    const alert2 = await alertWhen(backend, 'ok', () => mount('reference="nobody"'));
    expect(alert2.textContent).toContain('no rows of the reference segment "nobody"');
  });

  it('empty and failed responses show their states', async () => {
    backend.set('empty');
    const empty = mount();
    await until(() => /No data/.test(shadow(empty).querySelector('[part="state"]')?.textContent ?? ''));
    document.body.replaceChildren();
    const alert = await alertWhen(backend, 'fail', () => mount());
    expect(alert.textContent).toContain('Could not load the data.');
  });

  it('the mock portfolio: exactly the known gap (vulnerable customers cure less) and its consequence (more often overdue) are flagged', async () => {
    const el = mountWidget<CkOutcomeGap>('ck-outcome-gap', {
      base: '/api/collection',
      sourceAttrs: 'from="2024-01" to="2025-12"',
    });
    await until(() => shadow(el).querySelectorAll('line.interval').length === 12, 10_000);
    const readings = trimmedTexts(el, '.readings li');
    expect(readings).toHaveLength(2);
    expect(readings[0]).toMatch(/^⚠ vulnerable: Overdue rate \+\d+\.\d pp against other/);
    expect(readings[1]).toMatch(/^⚠ vulnerable: Cure rate -\d+\.\d pp against other/);
    expect(trimmedTexts(el, 'svg text.value').filter((v) => v?.endsWith('⚠ worse'))).toHaveLength(2);
  });

  it('exports the table as CSV with the definition and provenance in its header block', async () => {
    const el = mount();
    await drawn(el);
    const { filename, content } = await el.exportData('csv');
    const csv = typeof content === 'string' ? content : await content.text();
    expect(filename).toMatch(/\.csv$/);
    expect(csv).toContain('# metric: outcomes');
    expect(csv).toContain('Re-default within 6 months: redefault6 ÷ arrangements');
    expect(csv).toContain('# asOf: 2025-12-31T16:00:00Z');
    expect(csv).toMatch(/vulnerable,Cure rate,480,800,.*⚠ worse/);
  });

  it('has no axe violations with data and the table open, in English and Chinese', async () => {
    for (const lang of ['en', 'zh-CN']) {
      const el = mount('', lang);
      await drawn(el);
      (shadow(el).querySelector('header button') as HTMLButtonElement).click();
      await until(() => shadow(el).querySelector('table'));
      expect(await axeViolations(document.body, { rules: { region: { enabled: false } } })).toEqual([]);
      document.body.replaceChildren();
    }
  });
});
