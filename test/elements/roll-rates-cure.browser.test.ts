/**
 * `<ck-roll-rates view="cure">` and `<ck-kpi-tile metric="roll-rates">` (issue #14) in Chromium: cure rates per
 * bucket as lines with keyboard, table and ck-select; days to cure as a table of bins with its denominator;
 * states (empty, error with retry, bad days-to-cure fields, fields absent); the mock portfolio under axe.
 */
import { describe, expect, it } from 'vitest';
import { handlers } from '../../mocks/handlers.js';
import '../../src/define.js';
import type { RollRateRow } from '../../src/model/rows.js';
import { until } from '../support/until.js';
import { useMetricBackend } from '../support/widget.js';
import { shadow } from '../support/widget-read.js';
import { axeViolations, collectErrors, nextEvent } from '../support/widget-act.js';
import { alertOf, settledStatus } from '../support/widget-states.js';

/**
 * Hand-checked (balance): M1 cures 40 of 100 in Nov (40 %) and 20 of 50 in Dec (40 %); M2 has nothing in Nov
 * and cures 10 of 50 in Dec (20 %). Days to cure (accounts): 4 + 2 in 1–30, 1 in 31–60; delinquent at a
 * previous month-end 10 (Nov) + 10 (Dec) = 20, of which 13 did not cure.
 */
const rows: RollRateRow[] = (
  [
    ['2025-11', 'M0', 'M0', 90, 855, 0, 0],
    ['2025-11', 'M0', 'M1', 5, 45, 0, 0],
    ['2025-11', 'M1', 'M0', 4, 40, 4, 0],
    ['2025-11', 'M1', 'M1', 1, 10, 0, 0],
    ['2025-11', 'M1', 'M2', 5, 50, 0, 0],
    ['2025-11', 'NEW', 'M0', 20, 200, 0, 0],
    ['2025-12', 'M0', 'M0', 94, 940, 0, 0],
    ['2025-12', 'M0', 'M1', 6, 60, 0, 0],
    ['2025-12', 'M1', 'M0', 2, 20, 2, 0],
    ['2025-12', 'M1', 'M2', 2, 25, 0, 0],
    ['2025-12', 'M1', 'CO', 1, 5, 0, 0],
    ['2025-12', 'M2', 'M0', 1, 10, 0, 1],
    ['2025-12', 'M2', 'M2', 4, 40, 0, 0],
  ] as const
).map(([period, from, to, accounts, balance, c30, c60]) => ({
  period,
  from,
  to,
  accounts,
  balance,
  cured1To30: c30,
  cured31To60: c60,
  cured61To90: 0,
  curedOver90: 0,
}));

const backend = useMetricBackend(
  '*/test-cure/roll-rates',
  {
    ok: () => rows,
    bad: () => rows.map((r) => ({ ...r, cured1To30: r.to === 'M2' ? 3 : r.cured1To30 })),
    old: () => rows.map(({ period, from, to, accounts, balance }) => ({ period, from, to, accounts, balance })),
  },
  { handlers },
);

let n = 0;
function mount(inner: string, lang = 'en', base = '/test-cure'): HTMLElement {
  const host = document.createElement('div');
  host.lang = lang;
  host.style.width = '640px';
  host.innerHTML = `<ck-source id="cure-src-${++n}" base-url="${base}" from="2024-01" to="2025-12" interval="month" retry="0">${inner}</ck-source>`;
  document.body.append(host);
  return host;
}
const rowsOf = (el: Element, table: string) =>
  [...shadow(el).querySelectorAll(`#${table} tbody tr`)].map((tr) => [...tr.children].map((c) => c.textContent));

describe('<ck-roll-rates view="cure">', () => {
  it('draws a cure-rate line per bucket reached, the days-to-cure bins with their denominator, and an equal table', async () => {
    const el = mount('<ck-roll-rates view="cure"></ck-roll-rates>').querySelector('ck-roll-rates') as HTMLElement;
    await until(() => shadow(el).querySelectorAll('path.line').length === 2);
    expect(shadow(el).querySelector('h2')?.textContent).toBe('Cure rate by bucket (balance)');
    expect(rowsOf(el, 'cure-days')).toEqual([
      ['1–30', '6', '30.0%'],
      ['31–60', '1', '5.0%'],
      ['61–90', '0', '0.0%'],
      ['> 90', '0', '0.0%'],
      ['Not cured', '13', '65.0%'],
    ]);
    expect(shadow(el).querySelector('#cure-days-caption')?.textContent).toBe('Days to cure, Nov 2025 – Dec 2025');
    expect(shadow(el).querySelector('p.note')?.textContent).toBe(
      'Denominator: 20 accounts in M1+ at a previous month-end.',
    );
    shadow(el).querySelector<HTMLButtonElement>('button[aria-controls="table"]')?.click();
    await until(() => rowsOf(el, 'table').length === 2);
    expect(rowsOf(el, 'table')).toEqual([
      ['Nov 2025', '40.00%', '40', '100', '–', '0', '0'],
      ['Dec 2025', '40.00%', '20', '50', '20.00%', '10', '50'],
    ]);
    // The footnote's definition holds days to cure with its denominator.
    const footnote = shadow(el).querySelector('footer details')?.textContent ?? '';
    expect(footnote).toContain('Days to cure');
    expect(footnote).toContain('Denominator: accounts in M1+ at t−1');
  });

  it('walks the points with the keyboard, announces rate, numerator and denominator, selects with Enter', async () => {
    const el = mount('<ck-roll-rates view="cure"></ck-roll-rates>').querySelector('ck-roll-rates') as HTMLElement;
    const frame = await until(() => shadow(el).querySelector<HTMLElement>('[part="frame"]'));
    await until(() => shadow(el).querySelector('path.line'));
    frame.focus();
    const key = async (k: string) => {
      frame.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      return shadow(el).querySelector('[aria-live="polite"]')?.textContent;
    };
    expect(await key('ArrowLeft')).toBe('M1, Dec 2025: 40.00% (20 of 50)');
    expect(await key('ArrowDown')).toBe('M2, Dec 2025: 20.00% (10 of 50)');
    expect(shadow(el).querySelector('[part="tooltip"]')?.textContent).toContain('20.00%');
    const selected = nextEvent(el, 'ck-select');
    await key('Enter');
    expect((await selected).detail).toEqual({
      series: 'M2',
      period: '2025-12',
      value: 0.2,
      numerator: 10,
      denominator: 50,
    });
    await key('Escape');
    expect(shadow(el).querySelector('[part="tooltip"]')).toBeNull();
  });

  it('is one of the views of the toolbar', async () => {
    const el = mount('<ck-roll-rates></ck-roll-rates>', 'zh-CN').querySelector('ck-roll-rates') as HTMLElement;
    await until(() => shadow(el).querySelector('rect.cell'));
    const cure = [...shadow(el).querySelectorAll<HTMLButtonElement>('.views button')].find(
      (b) => b.textContent === '回正',
    );
    cure?.click();
    await until(() => shadow(el).querySelector('path.line'));
    expect(el.getAttribute('view')).toBe('cure');
    expect(shadow(el).querySelector('h2')?.textContent).toBe('各阶段回正率（按余额）');
    expect(rowsOf(el, 'cure-days').at(-1)).toEqual(['未回正', '13', '65.0%']);
  });

  it('says so when the data carry no days to cure, and still draws the cure rates', async () => {
    backend.set('old');
    const el = mount('<ck-roll-rates view="cure"></ck-roll-rates>').querySelector('ck-roll-rates') as HTMLElement;
    await until(() => shadow(el).querySelectorAll('path.line').length === 2);
    expect(shadow(el).querySelector('p.note')?.textContent).toBe('No days to cure in the data.');
    expect(shadow(el).querySelector('#cure-days')).toBeNull();
  });

  it('shows bad days-to-cure counts as an error naming the row and field, and emits ck-error', async () => {
    backend.set('bad');
    const errors = collectErrors();
    const el = mount('<ck-roll-rates view="cure"></ck-roll-rates>').querySelector('ck-roll-rates') as HTMLElement;
    const alert = await alertOf(el);
    expect(alert.textContent).toContain(
      'roll-rate row 4 (period 2025-11, from M1 to M2): cured1To30 counts cures, but only rows from M1+ to M0 cure',
    );
    expect(errors.some((m) => m.includes('cured1To30'))).toBe(true);
  });

  it('shows the empty state, and an error with retry', async () => {
    backend.set('empty');
    const empty = mount('<ck-roll-rates view="cure"></ck-roll-rates>').querySelector('ck-roll-rates') as HTMLElement;
    const state = await settledStatus(empty);
    expect(state.textContent).toBe('No data between 2024-01 and 2025-12.');
    backend.set('fail');
    const el = mount('<ck-roll-rates view="cure"></ck-roll-rates>').querySelector('ck-roll-rates') as HTMLElement;
    const alert = await alertOf(el);
    expect(alert.textContent).toContain('warehouse down');
    backend.set('ok');
    alert.querySelector('button')?.click();
    await until(() => shadow(el).querySelector('path.line'));
  });

  it.each(['en', 'zh-CN'])(
    'renders the mock portfolio and passes axe (%s)',
    async (lang) => {
      const host = mount('<ck-roll-rates view="cure"></ck-roll-rates>', lang, '/api/collection');
      const el = host.querySelector('ck-roll-rates') as HTMLElement;
      await until(() => shadow(el).querySelectorAll('path.line').length === 7, 15_000);
      expect(rowsOf(el, 'cure-days')).toHaveLength(5);
      expect(shadow(el).querySelector('[role="alert"]')).toBeNull();
      expect(await axeViolations(host)).toEqual([]);
    },
    30_000,
  );
});

describe('<ck-kpi-tile metric="roll-rates">', () => {
  it('shows the net flow to loss of the latest month with its trend, delta and table', async () => {
    const host = mount('<ck-kpi-tile metric="roll-rates" target="0.0012"></ck-kpi-tile>', 'en', '/api/collection');
    host.style.width = '320px';
    const el = host.querySelector('ck-kpi-tile') as HTMLElement;
    const value = await until(() => shadow(el).querySelector('[part="value"]')?.textContent, 15_000);
    expect(shadow(el).querySelector('h2')?.textContent).toBe('Net flow to loss (balance)');
    expect(value).toMatch(/^0\.\d\d%$/);
    expect(shadow(el).querySelector('svg path')).not.toBeNull();
    expect(shadow(el).querySelector('[part="delta"]')?.textContent).toMatch(/pp/);
    shadow(el).querySelector<HTMLButtonElement>('button[aria-controls="table"]')?.click();
    await until(() => rowsOf(el, 'table').length === 24);
    expect(rowsOf(el, 'table').at(-1)).toEqual(['Dec 2025', value, '–', '–']);
    expect(shadow(el).querySelector('footer details')?.textContent).toContain('Net flow to loss');
    expect(await axeViolations(host)).toEqual([]);
  }, 30_000);

  it('in simplified Chinese: 催收乘数', async () => {
    const el = mount(
      '<ck-kpi-tile metric="roll-rates" basis="count"></ck-kpi-tile>',
      'zh-CN',
      '/api/collection',
    ).querySelector('ck-kpi-tile') as HTMLElement;
    await until(() => shadow(el).querySelector('[part="value"]'), 15_000);
    expect(shadow(el).querySelector('h2')?.textContent).toBe('催收乘数（按户数）');
  }, 30_000);
});
