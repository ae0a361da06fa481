import { describe, expect, it } from 'vitest';
import { handlers } from '../../mocks/handlers.js';
import '../../src/define.js';
import type { CkWorkload } from '../../src/elements/workload/workload.js';
import type { WorkloadRow } from '../../src/model/rows.js';
import { until } from '../support/until.js';
import { mountOnMock, mountWidget, useMetricBackend } from '../support/widget.js';
import { panelValues, shadow, tableCells } from '../support/widget-read.js';
import { axeViolations, collectErrors, keyboard, nextEvent, showTable } from '../support/widget-act.js';
import { alertOf, alertWhen, statusWhen } from '../support/widget-states.js';

/**
 * Hand-checked: in 2025-12 early-a has 1,200 cases / 3 FTE = 400 per agent, 960 dialled = 80 %, 24,000
 * attempts = 20.0 per case; late 500 / 2 = 250, 300 = 60 %, 15.0. All teams: 1,700 cases, 5 FTE, 340 per
 * agent, 1,260 dialled = 74 %, 31,500 attempts = 18.5 per case; 750 in, 630 out. Outflow rate over both
 * months (510 + 630) / 3,300; mean inflow (600 + 750) / 2 = 675; inventory after 1, 2, 3 months
 * 1,787.7, 1,845.1, 1,882.7 (capacity 5 × 400 = 2,000).
 */
const rows: WorkloadRow[] = [
  ['2025-11', 'early-a', 1000, 2.5, 900, 20_000, 500, 300, 150, 0],
  ['2025-11', 'late', 600, 2, 420, 6000, 100, 20, 0, 40],
  ['2025-12', 'early-a', 1200, 3, 960, 24_000, 600, 350, 200, 0],
  ['2025-12', 'late', 500, 2, 300, 7500, 150, 30, 0, 50],
].map(([period, team, inventory, fte, casesDialled, attempts, inflow, cured, rolledOn, chargedOff]) => ({
  period: period as string,
  team: team as string,
  inventory: inventory as number,
  fte: fte as number,
  casesDialled: casesDialled as number,
  attempts: attempts as number,
  inflow: inflow as number,
  cured: cured as number,
  rolledOn: rolledOn as number,
  chargedOff: chargedOff as number,
}));

const backend = useMetricBackend(
  '*/test-workload/workload',
  { ok: () => rows, bad: () => [{ ...rows[0], casesDialled: 1001 }] },
  { handlers },
);
const mount = (attrs = '', lang = 'en', width = '900px') =>
  mountWidget<CkWorkload>('ck-workload', { base: '/test-workload', attrs, lang, width });

describe('<ck-workload>', () => {
  it('draws cases per agent, coverage and penetration per team, the capacity line and the table', async () => {
    const el = mount();
    await until(() => shadow(el).querySelectorAll('rect.bar').length === 6);
    expect(panelValues(el)).toEqual([
      ['400', '250'],
      ['80%', '60%'],
      ['20.0', '15.0'],
    ]);
    expect(shadow(el).querySelector('h2')?.textContent).toContain('Workload by team');
    const value = shadow(el).querySelector('[part="value"]');
    expect(value?.textContent).toBe(
      'Next 3 months: 1,883 cases projected against a capacity of 2,000 (400 per agent) · within capacity',
    );
    expect(value?.classList.contains('short')).toBe(false);
    expect(shadow(el).querySelector('#summary')?.textContent).toContain(
      '1,700 cases, 5.0 agents, 340 cases per agent, coverage 74%, 18.5 attempts per case; 750 in, 630 out.',
    );
    await showTable(el);
    const cells = tableCells(el);
    expect(cells.slice(0, 3)).toEqual([
      ['Early stage A', '1,200', '3.0', '400', '960', '80%', '24,000', '20.0', '600', '350', '200', '0'],
      ['Late stage', '500', '2.0', '250', '300', '60%', '7,500', '15.0', '150', '30', '0', '50'],
      ['All teams', '1,700', '5.0', '340', '1,260', '74%', '31,500', '18.5', '750', '380', '200', '50'],
    ]);
    expect(cells[5]?.[0]).toBe('Projection +3');
    expect(cells[5]?.[1]).toBe('1,883');
  });

  it('flags the shortfall when the target is lower', async () => {
    const el = mount('target="350"');
    const value = await until(() => shadow(el).querySelector('[part="value"]'));
    // capacity 5 × 350 = 1,750; the largest excess is the third month's 1,882.7 − 1,750
    expect(value.textContent).toBe(
      'Next 3 months: 1,883 cases projected against a capacity of 1,750 (350 per agent) · short by 133',
    );
    expect(value.classList.contains('short')).toBe(true);
  });

  it('walks bars by keyboard, announces and selects with numerator and denominator', async () => {
    const el = mount();
    await until(() => shadow(el).querySelectorAll('rect.bar').length === 6);
    const key = await keyboard(el);
    expect(await key('ArrowDown')).toBe('Early stage A, Cases per agent: 400');
    expect(await key('ArrowDown')).toBe('Late stage, Cases per agent: 250');
    expect(await key('ArrowRight')).toBe('Late stage, Coverage: 60%');
    expect(shadow(el).querySelector('[part="tooltip"]')?.textContent).toContain('Late stage · Coverage');
    const selected = nextEvent(el, 'ck-select');
    await key('Enter');
    expect((await selected).detail).toEqual({
      series: 'late',
      measure: 'coverage',
      period: '2025-12',
      value: 0.6,
      numerator: 300,
      denominator: 500,
    });
  });

  it('speaks Chinese, stacks panels when narrow', async () => {
    const el = mount('', 'zh-CN', '320px');
    await until(() => shadow(el).querySelectorAll('rect.bar').length === 6);
    expect(shadow(el).querySelector('.panels')?.classList.contains('cols-1')).toBe(true);
    expect(shadow(el).querySelector('h2')?.textContent).toContain('案件负荷');
    expect([...shadow(el).querySelectorAll('.panel h3')].map((h) => h.textContent)).toEqual([
      '人均案件数',
      '覆盖率',
      '渗透率（每案拨打次数）',
    ]);
    expect([...shadow(el).querySelectorAll('.panel:first-child .axis text')].map((t) => t.textContent)).toEqual([
      '早期一组',
      '后期组',
    ]);
  });

  it('shows empty, error and validation states (ck-error)', async () => {
    const state = await statusWhen(backend, 'empty', () => mount('from="2025-01" to="2025-03"'));
    expect(state.textContent).toBe('No data between 2025-01 and 2025-03.');
    expect((await alertWhen(backend, 'fail', () => mount())).textContent).toContain('warehouse down');
    backend.set('bad');
    const errors = collectErrors();
    const bad = mount();
    expect((await alertOf(bad)).textContent).toContain('casesDialled is 1001, more than inventory 1000');
    expect(errors.some((m) => m.includes('casesDialled'))).toBe(true);
  });

  it('renders the mock portfolio and passes axe', async () => {
    const { host, el } = mountOnMock('ck-workload');
    await until(() => el.shadowRoot && shadow(el).querySelectorAll('rect.bar').length === 15, 15_000);
    expect(el && shadow(el).querySelector('[role="alert"]')).toBeNull();
    expect(await axeViolations(host)).toEqual([]);
  }, 30_000);
});
