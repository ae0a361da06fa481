import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import '../../src/define.js';
import type { CkOverdueTrend } from '../../src/elements/overdue-trend/overdue-trend.js';
import { until } from '../support/until.js';
import { mountWidget, useMetricBackend } from '../support/widget.js';
import { shadow, tableCells } from '../support/widget-read.js';
import { keyboard, nextEvent } from '../support/widget-act.js';
import { alertOf, alertWhen, statusWhen } from '../support/widget-states.js';
import { lastVertex, pointerAt } from '../support/pointer.js';

/** Three months × three buckets; M1 balance rate = 100/1000, 150/1000, 120/1200 (hand-checked). */
const rows = [
  ['2025-10', 'M0', 90, 880],
  ['2025-10', 'M1', 8, 100],
  ['2025-10', 'M2', 2, 20],
  ['2025-11', 'M0', 85, 820],
  ['2025-11', 'M1', 12, 150],
  ['2025-11', 'M2', 3, 30],
  ['2025-12', 'M0', 100, 1040],
  ['2025-12', 'M1', 10, 120],
  ['2025-12', 'M2', 4, 40],
].map(([period, bucket, accounts, balance]) => ({ period, bucket, accounts, balance }));

const backend = useMetricBackend(
  '*/test-api/overdue',
  {
    ok: () => rows,
    wrong: () => [{ ...rows[0], accounts: 'many' }],
    'no-m0': () => rows.filter((r) => r.bucket !== 'M0'),
  },
  // The answer of a backend without these endpoints (the README's example with no backend running).
  { handlers: [http.get('*/no-such-api/*', () => HttpResponse.json({ error: 'Not found' }, { status: 404 }))] },
);

const mount = (attrs = 'buckets="M1,M2" basis="balance"', lang = 'en', base = '/test-api') =>
  mountWidget<CkOverdueTrend>('ck-overdue-trend', { base, attrs, lang, width: '640px' });

describe('<ck-overdue-trend>', () => {
  it('shows loading, then draws one line per bucket with rates from counts and balances', async () => {
    const el = mount();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="state"]')?.textContent).toContain('Loading');
    const paths = await until(() => {
      const p = shadow(el).querySelectorAll('path.line');
      return p.length === 2 && p;
    });
    expect(paths[0]!.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    // The table view holds exactly the drawn numbers: M1 = 100/1000, 150/1000, 120/1200.
    const toggle = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent === 'Show data table')!;
    toggle.click();
    await el.updateComplete;
    const cells = tableCells(el);
    expect(cells).toEqual([
      ['Oct 2025', '10.00%', '100', '1,000', '2.00%', '20', '1,000'],
      ['Nov 2025', '15.00%', '150', '1,000', '3.00%', '30', '1,000'],
      ['Dec 2025', '10.00%', '120', '1,200', '3.33%', '40', '1,200'],
    ]);
    expect(shadow(el).querySelector('footer')?.textContent).toContain('warehouse');
    expect(shadow(el).querySelector('#summary')?.textContent).toContain(
      'Latest M1: 10.00% in Dec 2025 (down from 15.00%)',
    );
  });

  it('shows an empty state with the reason', async () => {
    const state = await statusWhen(backend, 'empty', () => mount('buckets="M1" from="2025-01" to="2025-03"'));
    expect(state.textContent).toBe('No data between 2025-01 and 2025-03.');
  });

  it('turns HTTP 500 into an error message with a retry button and a ck-error event', async () => {
    backend.set('fail');
    const errors: CustomEvent[] = [];
    document.addEventListener('ck-error', (e) => errors.push(e as CustomEvent), { once: true });
    const el = mount();
    const alert = await alertOf(el);
    expect(alert.textContent).toContain('The server answered 500');
    expect(alert.textContent).toContain('warehouse down');
    expect(errors[0]?.detail).toMatchObject({ kind: 'http', status: 500, stale: false });
    expect(errors[0]?.composed).toBe(true);
    backend.set('ok');
    (alert.querySelector('button') as HTMLButtonElement).click();
    await until(() => shadow(el).querySelectorAll('path.line').length === 2);
  });

  it('says which URL failed and what to check when the base-url is wrong (404), in the page language', async () => {
    const errors: CustomEvent[] = [];
    document.addEventListener('ck-error', (e) => errors.push(e as CustomEvent), { once: true });
    const el = mount(undefined, 'en', '/no-such-api');
    const alert = await alertOf(el);
    const url = `${location.origin}/no-such-api/overdue`;
    expect(alert.textContent).toContain(`The server answered 404 Not Found for overdue (GET ${url}): Not found.`);
    expect(alert.querySelector('.hint')?.textContent).toMatch(/^Check base-url and the path template of <ck-source>/);
    await until(() => errors.some((e) => e.detail.status === 404));
    const detail = errors.find((e) => e.detail.status === 404)!.detail;
    expect(detail).toMatchObject({ kind: 'http', status: 404, url });
    expect(detail.hint).toBe(alert.querySelector('.hint')?.textContent);
    el.parentElement!.lang = 'zh-CN';
    await until(() =>
      shadow(el).querySelector('[role="alert"] .hint')?.textContent?.startsWith('请检查 <ck-source> 的 base-url'),
    );
  });

  it('refuses overdue rows without the current bucket instead of drawing M1 as a share of the overdue book', async () => {
    backend.set('no-m0');
    const el = mount();
    const alert = await alertOf(el);
    expect(alert.textContent).toContain('Bad overdue response: period 2025-10 has no row for the current bucket (M0)');
    expect(alert.querySelector('.hint')?.textContent).toMatch(/does not follow the contract/);
    expect(shadow(el).querySelector('path.line')).toBeNull();
  });

  it('names the field of a malformed row', async () => {
    const alert = await alertWhen(backend, 'wrong', () => mount());
    expect(alert.textContent).toContain('row 0 field "accounts" is "many", expected a finite number');
  });

  it('walks the points by keyboard and announces them', async () => {
    const el = mount();
    await until(() => shadow(el).querySelector('path.line'));
    const key = await keyboard(el);
    expect(await key('ArrowRight')).toBe('M1, Dec 2025: 10.00% (120 of 1,200)');
    expect(await key('ArrowLeft')).toBe('M1, Nov 2025: 15.00% (150 of 1,000)');
    expect(await key('ArrowDown')).toBe('M2, Nov 2025: 3.00% (30 of 1,000)');
    expect(await key('Home')).toBe('M2, Oct 2025: 2.00% (20 of 1,000)');
    expect(shadow(el).querySelector('[part="tooltip"]')?.textContent).toContain('2.00%');
    const selected = nextEvent(el, 'ck-select');
    await key('Enter');
    expect((await selected).detail).toEqual({
      series: 'M2',
      period: '2025-10',
      value: 0.02,
      numerator: 20,
      denominator: 1000,
    });
    await key('Escape');
    expect(shadow(el).querySelector('[part="tooltip"]')).toBeNull();
  });

  it('shows the tooltip of the point nearest the pointer, selects on click, hides on leave', async () => {
    const el = mount();
    const frame = await until(() => shadow(el).querySelector<HTMLElement>('[part="frame"]'));
    const m1 = await until(() => shadow(el).querySelector('path.line'));
    const [x, y] = lastVertex(m1);
    pointerAt(frame, 'pointermove', x - 4, y + 2);
    await el.updateComplete;
    const tip = shadow(el).querySelector('[part="tooltip"]')!.textContent;
    expect(tip).toContain('Dec 2025');
    expect(tip).toContain('10.00%');
    expect(tip).toContain('1,200');
    const selected = nextEvent(el, 'ck-select');
    pointerAt(frame, 'click', x, y);
    expect((await selected).detail).toEqual({
      series: 'M1',
      period: '2025-12',
      value: 0.1,
      numerator: 120,
      denominator: 1200,
    });
    pointerAt(frame, 'pointerleave');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="tooltip"]')).toBeNull();
  });

  it('follows the page language', async () => {
    const el = mount('buckets="M1"', 'zh-CN');
    await until(() => shadow(el).querySelector('path.line'));
    expect(shadow(el).querySelector('h2')?.textContent).toBe('分阶段逾期率（按余额）');
    el.parentElement!.lang = 'en';
    await until(() => shadow(el).querySelector('h2')?.textContent === 'Overdue rate by bucket (balance)');
  });

  it('draws the target rule and its tolerance band', async () => {
    const el = mount('buckets="M1" target="0.1" tolerance="0.02"');
    await until(() => shadow(el).querySelector('path.line'));
    const band = shadow(el).querySelector('rect.band')!;
    const rule = shadow(el).querySelector('.rule line')!;
    // The band spans 8 %…12 %: centred on the rule, equal halves above and below.
    const top = Number(band.getAttribute('y'));
    const height = Number(band.getAttribute('height'));
    expect(Number(rule.getAttribute('y1'))).toBeCloseTo(top + height / 2, 1);
    expect(shadow(el).querySelector('.rule text')!.textContent).toBe('10.0%');
  });

  it('hides a series from the legend', async () => {
    const el = mount();
    await until(() => shadow(el).querySelectorAll('path.line').length === 2);
    const button = shadow(el).querySelector<HTMLButtonElement>('[part="legend"] button')!;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(shadow(el).querySelectorAll('path.line')).toHaveLength(1);
  });
});
