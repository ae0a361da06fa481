import { describe, expect, it } from 'vitest';
import { handlers } from '../../mocks/handlers.js';
import '../../src/define.js';
import type { CkContactHeatmap } from '../../src/elements/contact-heatmap/contact-heatmap.js';
import { until } from '../support/until.js';
import { mountOnMock, mountWidget, useMetricBackend } from '../support/widget.js';
import { shadow, tableCells, texts } from '../support/widget-read.js';
import { axeViolations, keyboard, nextEvent, showTable } from '../support/widget-act.js';
import { alertWhen, statusWhen } from '../support/widget-states.js';

const row = (
  weekday: number,
  hour: number,
  attempts: number,
  contacts: number,
  rpc: number,
  promises: number,
  period = '2025-12',
) => ({ period, weekday, hour, channel: 'phone', attempts, contacts, rightPartyContacts: rpc, promises });
/**
 * Tuesday 19:00: 45 of 200 attempts reached the debtor (22.5 %), 16 promises (35.6 % of RPC); Tuesday 10:00:
 * 20 of 100 (20.0 %); Monday 10:00: 10 attempts (RPC rate suppressed under 30); Wednesday 07:00 and 22:00:
 * 3 and 2 attempts outside 08:00–22:00, five breaches. Totals: 315 attempts, 67 RPC (21.3 %).
 */
const rows = [
  row(2, 19, 150, 60, 35, 12, '2025-11'),
  row(2, 19, 50, 20, 10, 4),
  row(2, 10, 100, 40, 20, 4),
  row(1, 10, 10, 3, 1, 0),
  row(3, 7, 3, 1, 0, 0),
  row(3, 22, 2, 1, 1, 0),
];

const backend = useMetricBackend(
  '*/test-hours/contact-hours',
  { ok: () => rows, bad: () => [row(8, 10, 1, 0, 0, 0)] },
  { handlers },
);
const mount = (attrs = '', lang = 'en', width = '900px') =>
  mountWidget<CkContactHeatmap>('ck-contact-heatmap', { base: '/test-hours', attrs, lang, width });

describe('<ck-contact-heatmap>', () => {
  it('draws RPC rates per weekday × hour, the window, breaches and suppressed cells, with a matching table', async () => {
    const el = mount();
    await until(() => shadow(el).querySelectorAll('rect.cell').length === 168);
    expect(texts(el, 'text.cell-value')).toEqual(['20%', '23%']); // Tuesday 10:00 and 19:00, row by row
    expect(texts(el, 'text.note.breach')).toEqual(['⚠3', '⚠2']);
    expect(texts(el, 'text.note.suppressed')).toEqual(['–']);
    expect(shadow(el).querySelector('rect.window')).not.toBeNull();
    expect(shadow(el).querySelector('[part="value"]')!.textContent).toBe(
      '5 attempts outside the calling window 08:00–22:00 (CBA collection guideline (2026)): each one a breach unless consented.',
    );
    expect(shadow(el).querySelector('#summary')!.textContent).toContain(
      'Highest RPC rate: Tue 19:00, 22.5% (45 of 200)',
    );
    await showTable(el);
    const cells = tableCells(el);
    expect(cells).toHaveLength(168);
    expect(cells[24 + 19]).toEqual(['Tue', '19:00', '200', '80', '45', '16', '22.5%', '35.6%', '']);
    expect(cells[10]).toEqual(['Mon', '10:00', '10', '3', '1', '0', '–', '–', '']);
    expect(cells[48 + 7]![8]).toBe('yes');
  });

  it('walks cells by keyboard (Left/Right hours, Up/Down days), announces breaches and selects', async () => {
    const el = mount();
    await until(() => shadow(el).querySelectorAll('rect.cell').length === 168);
    const key = await keyboard(el);
    expect(await key('Home')).toBe(
      'Mon 0:00: RPC rate suppressed (denominator below 30); 0 attempts, 0 right-party contacts, 0 promises',
    );
    await key('ArrowDown');
    expect(await key('End')).toMatch(/^Tue 23:00/);
    for (let i = 0; i < 3; i++) await key('ArrowLeft');
    expect(await key('ArrowLeft')).toBe(
      'Tue 19:00: RPC rate 22.5%; 200 attempts, 45 right-party contacts, 16 promises',
    );
    expect(shadow(el).querySelector('[part="tooltip"]')!.textContent).toContain('22.50%');
    const selected = nextEvent(el, 'ck-select');
    await key('Enter');
    expect((await selected).detail).toEqual({
      series: '2-19',
      period: '2025-11/2025-12',
      value: 0.225,
      numerator: 45,
      denominator: 200,
    });
    await key('ArrowDown');
    await key('Home');
    for (let i = 0; i < 7; i++) await key('ArrowRight');
    expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent).toBe(
      'Wed 7:00, outside the calling window: 3 attempts, each a breach',
    );
  });

  it('toggles to promises per RPC and to volume, and draws the Regulation F window', async () => {
    const el = mount('rules="us-reg-f"');
    await until(() => shadow(el).querySelectorAll('rect.cell').length === 168);
    [...shadow(el).querySelectorAll<HTMLButtonElement>('.views button')]
      .find((b) => b.textContent === 'Promises per RPC')!
      .click();
    await until(() => el.getAttribute('measure') === 'promises-per-rpc');
    await el.updateComplete;
    expect(shadow(el).querySelector('h2')!.textContent).toBe('Best time to call · Promises per RPC');
    expect(texts(el, 'text.cell-value')).toEqual(['36%']); // Tue 19:00 16/45; Tue 10:00 has 20 RPC < 30: suppressed
    el.measure = 'volume';
    await el.updateComplete;
    expect(texts(el, 'text.cell-value')).toEqual(['10', '100', '200']);
    expect(shadow(el).querySelector('[part="value"]')!.textContent).toContain('08:00–21:00');
  });

  it('refuses a weekday outside 1–7, speaks Chinese, shows empty and error states', async () => {
    expect((await alertWhen(backend, 'bad', () => mount())).textContent).toContain(
      'weekday is 8, must be 1 (Monday) to 7 (Sunday)',
    );
    backend.set('ok');
    const zh = mount('', 'zh-TW');
    await until(() => shadow(zh).querySelectorAll('rect.cell').length === 168);
    expect(shadow(zh).querySelector('h2')!.textContent).toBe('最佳撥打時段 · 本人接通率');
    expect(texts(zh, '.axis text').slice(-7)).toEqual(['週一', '週二', '週三', '週四', '週五', '週六', '週日']);
    expect((await statusWhen(backend, 'empty', () => mount('from="2025-01" to="2025-03"'))).textContent).toBe(
      'No data between 2025-01 and 2025-03.',
    );
    expect((await alertWhen(backend, 'fail', () => mount())).textContent).toContain('warehouse down');
  });

  it('renders the mock portfolio and passes axe', async () => {
    const { host, el } = mountOnMock('ck-contact-heatmap');
    await until(() => el.shadowRoot && shadow(el).querySelectorAll('rect.cell').length === 168, 15_000);
    expect(shadow(el).querySelectorAll('text.note.breach').length).toBeGreaterThan(0);
    expect(await axeViolations(host)).toEqual([]);
  }, 30_000);
});
