/**
 * <ck-model-monitor> in Chromium: hand-checked bands (baseline 2025-01: hi 8/10 predicted 0.8, lo 2/10
 * predicted 0.2, AUC 0.8; 2025-02: shares .75/.25, PSI 0.2747 > 0.25, AUC 57/99 = 0.576, down 0.224, KS |9/11 − 6/9| = 0.152; its lo
 * band 6/15 against a prediction of 0.2 ± 1.96·√(.16/15) = [0, .402]: inside; hi 3/5 vs 0.8 ± .351: inside;
 * see test/kpi/scores.test.ts), states, keyboard, table, languages, axe, and the mock model's drift month.
 */
import { describe, expect, it } from 'vitest';
import { handlers } from '../../mocks/handlers.js';
import '../../src/define.js';
import type { CkModelMonitor } from '../../src/elements/model-monitor/model-monitor.js';
import { until } from '../support/until.js';
import { mountWidget, useMetricBackend } from '../support/widget.js';
import { shadow, tableCells } from '../support/widget-read.js';
import { axeViolations, nextEvent } from '../support/widget-act.js';
import { alertOf, alertWhen } from '../support/widget-states.js';

const rows = [
  { period: '2025-01', band: 'hi', accounts: 10, predicted: 8, repaid: 8 },
  { period: '2025-01', band: 'lo', accounts: 10, predicted: 2, repaid: 2 },
  { period: '2025-02', band: 'hi', accounts: 5, predicted: 4, repaid: 3 },
  { period: '2025-02', band: 'lo', accounts: 15, predicted: 3, repaid: 6 },
];

const backend = useMetricBackend(
  '*/test-scores/scores',
  { ok: () => rows, bad: () => [{ ...rows[0], repaid: 11 }] },
  { handlers },
);

let n = 0;
function mount(attrs = '', lang = 'en'): CkModelMonitor {
  const id = `scores-src-${++n}`;
  const host = document.createElement('div');
  host.lang = lang;
  host.style.width = '900px';
  host.innerHTML = `<ck-source id="${id}" base-url="/test-scores" retry="0"></ck-source><ck-model-monitor source="${id}" ${attrs}></ck-model-monitor>`;
  document.body.append(host);
  return host.querySelector('ck-model-monitor') as CkModelMonitor;
}
const texts = (el: Element, selector: string) =>
  [...shadow(el).querySelectorAll(selector)].map((t) => t.textContent?.trim());

describe('<ck-model-monitor>', () => {
  it("draws the latest period's calibration, states AUC/KS/PSI against the baseline and flags them", async () => {
    const el = mount();
    await until(() => shadow(el).querySelectorAll('line.interval').length === 2);
    expect(shadow(el).querySelector('h2')!.textContent).toBe('Repayment model monitor: Feb 2025');
    expect(texts(el, 'svg .axis-y text')).toEqual(['lo', 'hi']);
    expect(shadow(el).querySelectorAll('path.target')).toHaveLength(2);
    expect(texts(el, 'svg text.value')).toEqual([
      'observed 40.0% · predicted 20.0%',
      'observed 60.0% · predicted 80.0%',
    ]);
    expect(shadow(el).querySelector('[part="value"]')!.textContent).toContain(
      'Feb 2025: AUC 0.576 (baseline Jan 2025: 0.800; ⚠ down 0.224, more than 0.05), KS 0.152, PSI 0.275 against Jan 2025 ⚠ above 0.25.',
    );
    expect(shadow(el).querySelector('.exact')!.textContent).toBe(
      'AUC and KS are computed from the band counts: exact at band granularity.',
    );
    expect(texts(el, '.flags li')).toEqual([
      '⚠ PSI above 0.25 in Feb 2025.',
      '⚠ AUC more than 0.05 below the baseline in Feb 2025.',
    ]);
  });

  it('period and baseline attributes; no flags in words when there are none', async () => {
    const el = mount('period="2025-01"');
    await until(() => shadow(el).querySelectorAll('line.interval').length === 2);
    expect(shadow(el).querySelector('h2')!.textContent).toBe('Repayment model monitor: Jan 2025');
    const base = mount('baseline="2025-02" period="2025-02"');
    await until(() => shadow(base).querySelectorAll('.flags li').length === 1);
    expect(texts(base, '.flags li')).toEqual(['⚠ PSI above 0.25 in Jan 2025.']);
  });

  it('table equals the drawn bands; keyboard walks the bands and selects one', async () => {
    const el = mount();
    await until(() => shadow(el).querySelectorAll('line.interval').length === 2);
    [...shadow(el).querySelectorAll('button')].find((b) => b.textContent === 'Show data table')!.click();
    await until(() => shadow(el).querySelectorAll('tbody tr').length === 2);
    const cells = tableCells(el);
    expect(cells[0]).toEqual([
      'lo',
      '15',
      '20.0%',
      '0.0% – 40.2%',
      '6',
      '40.0%',
      '19.8% – 64.3%',
      'within its interval',
    ]);
    const frame = shadow(el).querySelector<HTMLElement>('[part="frame"]')!;
    frame.focus();
    const key = async (k: string) => {
      frame.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      await el.updateComplete;
      return shadow(el).querySelector('[aria-live="polite"]')!.textContent;
    };
    expect(await key('ArrowDown')).toBe(
      'Band lo: observed 40.0% (6 of 15), 95% interval 19.8% to 64.3%; predicted 20.0% (interval 0.0% to 40.2%). within its interval',
    );
    expect(await key('ArrowDown')).toMatch(/^Band hi: observed 60.0% \(3 of 5\)/);
    const selected = nextEvent(el, 'ck-select');
    await key('Enter');
    expect((await selected).detail).toEqual({
      series: 'hi',
      period: '2025-02',
      value: 0.6,
      numerator: 3,
      denominator: 5,
    });
  });

  it('speaks Chinese', async () => {
    const el = mount('', 'zh-CN');
    await until(() => shadow(el).querySelectorAll('line.interval').length === 2);
    expect(shadow(el).querySelector('h2')!.textContent).toBe('还款预测模型监控：2025年2月');
    expect(texts(el, '.flags li')[0]).toBe('⚠ PSI 高于 0.25：2025年2月。');
  });

  it('bad data and an unknown baseline: the message and ck-error; empty and failed responses: their states', async () => {
    expect((await alertWhen(backend, 'bad', () => mount())).textContent).toContain(
      'repaid is 11, more than accounts 10',
    );
    document.body.replaceChildren();
    backend.set('ok');
    const errors: string[] = [];
    document.addEventListener('ck-error', (e) => errors.push((e as CustomEvent).detail.message as string), {
      once: true,
    });
    const unknown = mount('baseline="2024-01"');
    expect((await alertOf(unknown)).textContent).toContain('no scores for the baseline period 2024-01');
    expect(errors[0]).toContain('baseline');
    document.body.replaceChildren();
    backend.set('empty');
    const empty = mount();
    await until(() => /No data/.test(shadow(empty).querySelector('[part="state"]')?.textContent ?? ''));
    document.body.replaceChildren();
    expect((await alertWhen(backend, 'fail', () => mount())).textContent).toContain('Could not load the data.');
  });

  it('the mock model: PSI and AUC flagged from Jul 2025 on, never before', async () => {
    const el = mountWidget<CkModelMonitor>('ck-model-monitor', {
      base: '/api/collection',
      attrs: 'baseline="2024-01"',
      sourceAttrs: 'from="2024-01" to="2025-12"',
    });
    await until(() => shadow(el).querySelectorAll('.flags li').length >= 2, 10_000);
    const flags = texts(el, '.flags li');
    expect(flags[0]).toBe('⚠ PSI above 0.25 in Jul 2025 – Dec 2025.');
    expect(flags[1]).toBe('⚠ AUC more than 0.05 below the baseline in Jul 2025 – Dec 2025.');
    expect(flags[2]).toMatch(/^⚠ Bands outside their interval in Dec 2025: S01, .*S10\.$/);
  });

  it('has no axe violations with data and the table open, in English and Chinese', async () => {
    for (const lang of ['en', 'zh-CN']) {
      const el = mount('', lang);
      await until(() => shadow(el).querySelectorAll('line.interval').length === 2);
      (shadow(el).querySelector('header button') as HTMLButtonElement).click();
      await until(() => shadow(el).querySelector('table'));
      expect(await axeViolations(document.body, { rules: { region: { enabled: false } } })).toEqual([]);
      document.body.replaceChildren();
    }
  });
});
