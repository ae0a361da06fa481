/**
 * <ck-outcome-gap> in Chromium: a hand-checked gap (the rates of Newcombe 1998b, table II (a), with ten times the
 * counts: vulnerable customers cure 480 of 800 against 560 of 700 for the others, a gap of −20.0 pp with the
 * 95 % interval −24.4 to −15.4, Wilson and Newcombe computed apart in Python: flagged, also after Holm–Bonferroni
 * over the 12 gaps; at the published counts it would not survive the adjustment, test/kpi/outcomes.test.ts), a
 * gap whose interval crosses zero (hardship 550 of 700: never flagged), equal counts on every other measure,
 * states, keyboard, table, export, languages, axe, and the mock portfolio's known gap.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import axe from 'axe-core';
import '../../src/define.js';
import type { CkOutcomeGap } from '../../src/elements/outcome-gap/outcome-gap.js';
import { until } from '../support/until.js';

const meta = { asOf: '2025-12-31T16:00:00Z', source: 'warehouse', currency: 'CNY', definitionVersion: '2026.1' };
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

let mode: 'ok' | 'empty' | 'fail' | 'bad' = 'ok';
const worker = setupWorker(
  http.get('*/test-outcomes/outcomes', () => {
    if (mode === 'fail') return HttpResponse.json({ error: 'warehouse down' }, { status: 500 });
    if (mode === 'empty') return HttpResponse.json({ meta, rows: [] });
    if (mode === 'bad') return HttpResponse.json({ meta, rows: [...rows, seg('other', '2025-03', 10, 11)] });
    return HttpResponse.json({ meta, rows });
  }),
);
beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
afterAll(() => worker.stop());
afterEach(() => {
  document.body.replaceChildren();
  mode = 'ok';
});

let n = 0;
function mount(attrs = '', lang = 'en', width = '900px'): CkOutcomeGap {
  const id = `outcomes-src-${++n}`;
  const host = document.createElement('div');
  host.lang = lang;
  host.style.width = width;
  host.innerHTML = `<ck-source id="${id}" base-url="/test-outcomes" retry="0"></ck-source><ck-outcome-gap source="${id}" ${attrs}></ck-outcome-gap>`;
  document.body.append(host);
  return host.querySelector('ck-outcome-gap') as CkOutcomeGap;
}
const shadow = (el: Element) => el.shadowRoot!;
const texts = (el: Element, selector: string) =>
  [...shadow(el).querySelectorAll(selector)].map((t) => t.textContent?.trim());
const drawn = (el: Element) => until(() => shadow(el).querySelectorAll('line.interval').length === 12);

describe('<ck-outcome-gap>', () => {
  it('draws every segment × measure gap with its interval and flags only the one wholly on the worse side', async () => {
    const el = mount();
    await drawn(el);
    const labels = texts(el, 'svg .axis-y text');
    expect(labels.slice(0, 2)).toEqual(['hardship · Overdue rate', 'hardship · Cure rate']);
    expect(labels[7]).toBe('vulnerable · Cure rate');
    const values = texts(el, 'svg text.value');
    // hardship 550/700 − other 560/700 = −1.4 pp: the interval crosses zero, no flag.
    expect(values[1]).toBe('-1.4 pp [-5.7, +2.8] = no gap shown');
    expect(values[7]).toBe('-20.0 pp [-24.4, -15.4] ⚠ worse');
    expect(values.filter((v) => v?.endsWith('⚠ worse'))).toHaveLength(1);
    expect(values.filter((v) => v?.endsWith('= no gap shown'))).toHaveLength(11);
    expect(texts(el, '.readings li')).toEqual([
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
    [...shadow(el).querySelectorAll('button')].find((b) => b.textContent === 'Show data table')!.click();
    await until(() => shadow(el).querySelectorAll('tbody tr').length === 18);
    const cells = [...shadow(el).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
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
    const frame = await until(() => shadow(el).querySelector<HTMLElement>('[part="frame"]'));
    await drawn(el);
    frame.focus();
    const key = async (k: string) => {
      frame.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      await el.updateComplete;
      return shadow(el).querySelector('[aria-live="polite"]')!.textContent;
    };
    expect(await key('ArrowDown')).toMatch(/^hardship, Overdue rate: 10\.0% \(100 of 1,000\), gap /);
    for (let i = 0; i < 7; i++) await key('ArrowDown');
    expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent).toBe(
      'vulnerable, Cure rate: 60.0% (480 of 800), gap -20.0 pp (95% interval -24.4 pp to -15.4 pp). ⚠ worse',
    );
    expect(shadow(el).querySelectorAll('rect.focus-ring')).toHaveLength(1);
    expect(shadow(el).querySelector('[part="tooltip"]')?.textContent).toContain('⚠ worse');
    const selected = new Promise<CustomEvent>((r) =>
      el.addEventListener('ck-select', (e) => r(e as CustomEvent), { once: true }),
    );
    await key('Enter');
    const detail = (await selected).detail as Record<string, unknown>;
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
    expect(texts(el, 'svg .axis-y text')[0]).toBe('hardship · Overdue rate');
    expect(texts(el, 'svg .axis-y text')[6]).toBe('other · Overdue rate');
    // Against vulnerable customers the others cure more: better, never flagged.
    expect(texts(el, 'svg text.value')[7]).toBe('+20.0 pp [+15.4, +24.4] ✓ better');
    expect(texts(el, '.readings li')).toEqual(['No segment is shown to do worse than vulnerable.']);
  });

  it('speaks Chinese (simplified and traditional)', async () => {
    const el = mount('', 'zh-CN');
    await drawn(el);
    expect(shadow(el).querySelector('h2')!.textContent).toBe('特殊群体结果对比');
    expect(texts(el, 'svg text.value')[7]).toBe('-20.0个百分点 [-24.4, -15.4] ⚠ 更差');
    // Segment codes in the language (the outcomes pack), not the raw codes.
    expect(texts(el, 'svg .axis-y text')[7]).toBe('弱势客户 · 回正率');
    expect(texts(el, '.readings li')[0]).toBe(
      '⚠ 弱势客户：回正率与其他客户相差 -20.0个百分点（95% 区间 -24.4个百分点 至 -15.4个百分点）。',
    );
    const tw = mount('', 'zh-TW');
    await drawn(tw);
    expect(texts(tw, 'svg text.value')[1]).toContain('未顯示差距');
  });

  it('contradictory counts and a missing reference: the message and ck-error, never a blank widget', async () => {
    mode = 'bad';
    const errors: string[] = [];
    document.addEventListener('ck-error', (e) => errors.push((e as CustomEvent).detail.message as string), {
      once: true,
    });
    const el = mount();
    const alert = await until(() => shadow(el).querySelector('[role="alert"]'));
    expect(alert.textContent).toContain(
      'outcomes row 4 (period 2025-03, segment other): cured is 11, more than entered (10)',
    );
    expect(errors[0]).toContain('cured is 11');
    document.body.replaceChildren();
    mode = 'ok';
    const missing = mount('reference="nobody"');
    const alert2 = await until(() => shadow(missing).querySelector('[role="alert"]'));
    expect(alert2.textContent).toContain('no rows of the reference segment "nobody"');
  });

  it('empty and failed responses show their states', async () => {
    mode = 'empty';
    const empty = mount();
    await until(() => /No data/.test(shadow(empty).querySelector('[part="state"]')?.textContent ?? ''));
    document.body.replaceChildren();
    mode = 'fail';
    const failed = mount();
    const alert = await until(() => shadow(failed).querySelector('[role="alert"]'));
    expect(alert.textContent).toContain('Could not load the data.');
  });

  it('the mock portfolio: exactly the known gap (vulnerable customers cure less) and its consequence (more often overdue) are flagged', async () => {
    const host = document.createElement('div');
    host.style.width = '900px';
    host.innerHTML =
      '<ck-source base-url="/api/collection" from="2024-01" to="2025-12" retry="0"><ck-outcome-gap></ck-outcome-gap></ck-source>';
    const { handlers } = await import('../../mocks/handlers.js');
    worker.use(...handlers);
    document.body.append(host);
    const el = host.querySelector('ck-outcome-gap')!;
    await until(() => shadow(el).querySelectorAll('line.interval').length === 12, 10_000);
    const readings = texts(el, '.readings li');
    expect(readings).toHaveLength(2);
    expect(readings[0]).toMatch(/^⚠ vulnerable: Overdue rate \+\d+\.\d pp against other/);
    expect(readings[1]).toMatch(/^⚠ vulnerable: Cure rate -\d+\.\d pp against other/);
    expect(texts(el, 'svg text.value').filter((v) => v?.endsWith('⚠ worse'))).toHaveLength(2);
    worker.resetHandlers();
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
      const result = await axe.run(document.body, {
        resultTypes: ['violations'],
        rules: { region: { enabled: false } },
      });
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target).join(' ')}`)).toEqual([]);
      document.body.replaceChildren();
    }
  });
});
