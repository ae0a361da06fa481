/**
 * <ck-strategy-test> in Chromium: hand-checked arms (Newcombe 1998b, table II (a): 56/70 vs 48/80 gives a
 * difference of +20.0 pp, 95 % interval +5.2 to +33.4: better), an arm equal within noise (50/80 vs 48/80:
 * −12.4 to +17.2, crosses zero: never "better", though ranked above the champion on its point estimate), a 9-account arm below the 49 accounts an MDE of 25 points needs
 * (champion 60 %: see test/kpi/experiments.test.ts), states, keyboard, table, languages, axe.
 */
import { describe, expect, it } from 'vitest';
import { handlers } from '../../mocks/handlers.js';
import '../../src/define.js';
import type { CkStrategyTest } from '../../src/elements/strategy-test/strategy-test.js';
import { until } from '../support/until.js';
import { mountWidget, useMetricBackend } from '../support/widget.js';
import { button, shadow, tableCells, trimmedTexts } from '../support/widget-read.js';
import { axeViolations, collectErrors, keyboard, nextEvent } from '../support/widget-act.js';
import { alertOf, alertWhen } from '../support/widget-states.js';

const arm = (arm: string, period: string, accounts: number, cured: number, rolledForward: number) => ({
  experiment: 'e1',
  arm,
  period,
  horizonDays: 30,
  accounts,
  cured,
  rolledForward,
  collected: accounts * 100,
  collectedSq: accounts * 10_400,
  cost: accounts * 5,
  costSq: accounts * 26,
  attempts: accounts * 4,
  complaints: 1,
});
const rows = [
  arm('champion', '2025-01', 40, 24, 5),
  arm('champion', '2025-02', 40, 24, 5),
  arm('challenger', '2025-01', 70, 56, 5),
  arm('same', '2025-02', 80, 50, 8),
  arm('small', '2025-02', 9, 9, 0),
];

const backend = useMetricBackend(
  '*/test-experiments/experiments',
  { ok: () => rows, 'no-champion': () => rows.filter((r) => r.arm !== 'champion') },
  { handlers },
);
const mount = (attrs = 'mde="0.25"', lang = 'en', width = '900px') =>
  mountWidget<CkStrategyTest>('ck-strategy-test', { base: '/test-experiments', attrs, lang, width });

describe('<ck-strategy-test>', () => {
  it("draws each arm's cure rate with its interval, states the horizon and reads every challenger honestly", async () => {
    const el = mount();
    await until(() => shadow(el).querySelectorAll('line.interval').length === 3);
    expect(trimmedTexts(el, 'svg .axis-y text')).toEqual(['champion (champion)', 'challenger', 'same', 'small']);
    expect(trimmedTexts(el, 'svg text.value')).toEqual([
      '60.0% ★ champion',
      '+20.0 pp [+5.2, +33.4] ✓ better',
      '+2.5 pp [-12.4, +17.2] = no difference',
      '… not enough data',
    ]);
    // No interval or estimate is drawn for the arm without enough data.
    expect(shadow(el).querySelectorAll('.row.not-enough-data circle, .row.not-enough-data line')).toHaveLength(0);
    expect(shadow(el).querySelector('.horizon')!.textContent).toBe(
      'Fixed horizon: accounts assigned Jan 2025 to Feb 2025; outcomes within 30 days of assignment, read once at the end. Detecting +25.0 pp needs 49 accounts per arm.',
    );
    const readings = trimmedTexts(el, '.readings li');
    expect(readings).toEqual([
      'challenger: cure rate +20.0 pp against the champion (95% interval +5.2 pp to +33.4 pp): ✓ better than the champion.',
      'same: cure rate +2.5 pp against the champion (95% interval -12.4 pp to +17.2 pp): = no difference shown (interval crosses zero).',
      'small: … not enough data (9 of 49 accounts needed); not compared, not ranked.',
    ]);
    expect(readings[1]).not.toMatch(/better/);
    expect(shadow(el).querySelector('#summary')!.textContent).toContain("dashed line is the champion's rate");
  });

  it('the table: every arm side by side with intervals, differences, reading and rank (none without enough data)', async () => {
    const el = mount();
    await until(() => shadow(el).querySelectorAll('line.interval').length === 3);
    button(el, 'Show data table').click();
    await until(() => shadow(el).querySelectorAll('tbody tr').length === 4);
    const cells = tableCells(el);
    expect(cells.map((r) => [r[0], r[1], r[3], r[11], r[12]])).toEqual([
      ['champion (champion)', '80', '48', '★ champion', '3'],
      ['challenger', '70', '56', '✓ better than the champion', '1'],
      ['same', '80', '50', '= no difference shown (interval crosses zero)', '2'],
      ['small', '9', '9', '… not enough data (9 of 49 accounts needed)', '–'],
    ]);
    // Cure 56/70 = 80.0 %, Wilson 69.2 % to 87.7 % (Newcombe 1998a's method 3, computed in test/kpi).
    expect(cells[1]![2]).toBe('80.0% (69.2% to 87.7%)');
    // Collected: every account 100 ± 20 (Σx² = n·10,400): mean CN¥100.00.
    expect(cells[0]![7]).toMatch(/^CN¥100\.00 \(/);
    expect(trimmedTexts(el, 'thead th')).toContain('Complaints per 10,000');
  });

  it('walks the arms with the keyboard, announces them and selects one', async () => {
    const el = mount();
    await until(() => shadow(el).querySelectorAll('line.interval').length === 3);
    const key = await keyboard(el);
    expect(await key('ArrowDown')).toBe(
      'champion (champion): cure rate 60.0% (48 of 80), 95% interval 49.0% to 70.0%. ★ champion',
    );
    expect(await key('ArrowDown')).toMatch(/^challenger: cure rate 80.0% \(56 of 70\).*✓ better than the champion$/);
    expect(await key('End')).toMatch(/^small: .*not enough data/);
    expect(shadow(el).querySelectorAll('rect.focus-ring')).toHaveLength(1);
    expect(shadow(el).querySelector('[part="tooltip"]')?.textContent).toContain('not enough data');
    const selected = nextEvent(el, 'ck-select');
    await key('Home');
    await key('Enter');
    expect((await selected).detail).toEqual({
      series: 'champion',
      period: '2025-01/2025-02',
      value: 0.6,
      numerator: 48,
      denominator: 80,
    });
  });

  it('speaks Chinese (simplified and traditional)', async () => {
    const el = mount('mde="0.25"', 'zh-CN');
    await until(() => shadow(el).querySelectorAll('line.interval').length === 3);
    expect(shadow(el).querySelector('h2')!.textContent).toBe('策略测试：e1');
    expect(trimmedTexts(el, 'svg text.value')[1]).toBe('+20.0个百分点 [+5.2, +33.4] ✓ 更优');
    expect(trimmedTexts(el, '.readings li')[2]).toBe('small：… 数据不足（9 户，需 49 户）；不作比较，不参与排名。');
    const tw = mount('mde="0.25"', 'zh-TW');
    await until(() => shadow(tw).querySelectorAll('line.interval').length === 3);
    expect(trimmedTexts(tw, '.readings li')[1]).toContain('未顯示差異');
  });

  it('data without the champion arm: the message and ck-error, never a blank widget', async () => {
    backend.set('no-champion');
    const errors = collectErrors();
    const el = mount();
    const alert = await alertOf(el);
    expect(alert.textContent).toContain(
      'experiment "e1" has no champion arm "champion" (its arms: challenger, same, small); set the champion attribute',
    );
    expect(errors[0]).toContain('no champion arm');
    expect(shadow(el).querySelector('[role="alert"] button')!.textContent).toBe('Retry');
  });

  it('empty and failed responses show their states', async () => {
    backend.set('empty');
    const empty = mount();
    await until(() => /No data/.test(shadow(empty).querySelector('[part="state"]')?.textContent ?? ''));
    document.body.replaceChildren();
    const alert = await alertWhen(backend, 'fail', () => mount());
    expect(alert.textContent).toContain('Could not load the data.');
  });

  it('the mock portfolio: challenger-a better, challenger-b no difference, challenger-c not enough data', async () => {
    document.body.innerHTML = '';
    const el = mountWidget<CkStrategyTest>('ck-strategy-test', {
      base: '/api/collection',
      attrs: 'experiment="m1-strategy"',
      sourceAttrs: 'from="2024-01" to="2025-12"',
    });
    await until(() => shadow(el).querySelectorAll('.readings li').length === 3, 10_000);
    const readings = trimmedTexts(el, '.readings li');
    expect(readings[0]).toMatch(/^challenger-a: .*✓ better than the champion\.$/);
    expect(readings[1]).toMatch(/^challenger-b: .*= no difference shown/);
    expect(readings[2]).toMatch(/^challenger-c: … not enough data/);
  });

  it('exports the table as CSV with the definition, filters and provenance in its header block', async () => {
    const el = mount();
    await until(() => shadow(el).querySelectorAll('line.interval').length === 3);
    const { filename, content } = await el.exportData('csv');
    const csv = typeof content === 'string' ? content : await content.text();
    expect(filename).toMatch(/\.csv$/);
    expect(csv).toContain('# metric: experiments');
    expect(csv).toContain('Cure rate: cured ÷ accounts');
    expect(csv).toContain('# asOf: 2025-12-31T16:00:00Z');
    // The body is the table as shown: the arm without enough data reads so, with no rank.
    expect(csv).toMatch(/small,9,.*not enough data \(9 of 49 accounts needed\),–/);
  });

  it('has no axe violations with data and the table open, in English and Chinese', async () => {
    for (const lang of ['en', 'zh-CN']) {
      const el = mount('mde="0.25"', lang);
      await until(() => shadow(el).querySelectorAll('line.interval').length === 3);
      (shadow(el).querySelector('header button') as HTMLButtonElement).click();
      await until(() => shadow(el).querySelector('table'));
      expect(await axeViolations(document.body, { rules: { region: { enabled: false } } })).toEqual([]);
      document.body.replaceChildren();
    }
  });
});
