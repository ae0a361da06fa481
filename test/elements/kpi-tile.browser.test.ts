import { describe, expect, it } from 'vitest';
import '../../src/define.js';
import type { CkKpiTile } from '../../src/elements/kpi-tile/kpi-tile.js';
import { until } from '../support/until.js';
import { mountWidget, useMetricBackend } from '../support/widget.js';
import { shadow, tableCells } from '../support/widget-read.js';
import { keyboard, nextEvent } from '../support/widget-act.js';
import { alertWhen, statusWhen } from '../support/widget-states.js';

/** M1+ balance rate: Oct 120/1000 = 12%, Nov 180/1000 = 18%, Dec 160/1200 = 13.33% (hand-checked). */
const overdue = [
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

/** Recovery at month 2: cohort 2025-09 (100+50)/1000 = 15%, 2025-10 (120+80)/1000 = 20%; 2025-11 only month 1. */
const recovery = [
  ['2025-09', 1, 1000, 100, 10],
  ['2025-09', 2, 1000, 50, 5],
  ['2025-10', 1, 1000, 120, 12],
  ['2025-10', 2, 1000, 80, 8],
  ['2025-11', 1, 2000, 300, 30],
].map(([cohort, month, chargedOff, recovered, fees]) => ({ cohort, month, chargedOff, recovered, fees }));

/** Complaints per 10k: Nov 5 / 10,000 × 10k = 5, Dec 8 / 10,000 × 10k = 8 (+60%). */
const complaints = {
  rows: [
    {
      period: '2025-11',
      category: 'Communication tactics',
      channel: 'phone',
      received: 5,
      closed: 5,
      closedOnTime: 5,
      upheld: 1,
    },
    {
      period: '2025-12',
      category: 'Communication tactics',
      channel: 'phone',
      received: 8,
      closed: 8,
      closedOnTime: 7,
      upheld: 2,
    },
  ],
  exposure: [
    { period: '2025-11', accounts: 10_000 },
    { period: '2025-12', accounts: 10_000 },
  ],
};

const agent = (agentId: string, promisesDue: number, promisesKept: number) => ({
  agentId,
  name: agentId,
  dials: 100,
  connects: 50,
  rightPartyContacts: 40,
  promises: 30,
  promisesDue,
  promisesKept,
  assigned: 1000,
  collected: 500,
  hours: 8,
  complaints: 0,
});

const backend = useMetricBackend('*/test-tile/:metric', {
  ok: ({ params }) => {
    switch (params.metric) {
      case 'recovery':
        return recovery;
      case 'complaints':
        return complaints;
      case 'agents':
        return [agent('a1', 10, 6), agent('a2', 30, 24)];
      default:
        return overdue;
    }
  },
});

const mount = (attrs: string, lang = 'en') =>
  mountWidget<CkKpiTile>('ck-kpi-tile', { base: '/test-tile', attrs, lang, width: '320px' });

const text = (el: Element, sel: string) => shadow(el).querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim();

describe('<ck-kpi-tile>', () => {
  it('overdue: value, delta in percentage points, target status by icon and text, sparkline', async () => {
    const el = mount('metric="overdue" bucket="M1+" basis="balance" target="0.15" better="lower"');
    await until(() => shadow(el).querySelector('[part="value"]'));
    expect(text(el, 'h2')).toBe('Overdue rate M1+ (balance)');
    expect(text(el, '[part="value"]')).toBe('13.33%');
    expect(text(el, '[part="delta"]')).toBe('▼ -4.67 pp (better) vs Nov 2025');
    expect(shadow(el).querySelector('[part="delta"]')!.classList.contains('good')).toBe(true);
    expect(text(el, '.status')).toBe('✓ On target 15.00%');
    expect(shadow(el).querySelector('svg.sparkline path.spark-line')).not.toBeNull();
    expect(text(el, '#summary')).toContain(
      'Overdue rate M1+ (balance): 13.33% in Dec 2025; -4.67 pp (better) vs Nov 2025. On target 15.00%',
    );
  });

  it('misses a target: ▲ Above target, and better="higher" flips good and bad', async () => {
    const el = mount('metric="overdue" bucket="M1+" target="0.1" better="higher"');
    await until(() => shadow(el).querySelector('[part="value"]'));
    expect(text(el, '.status')).toBe('✓ On target 10.00%');
    expect(shadow(el).querySelector('[part="delta"]')!.classList.contains('bad')).toBe(true);
    const lower = mount('metric="overdue" bucket="M1+" target="0.1"');
    await until(() => shadow(lower).querySelector('[part="value"]'));
    expect(text(lower, '.status')).toBe('▲ Above target 10.00%');
    expect(shadow(lower).querySelector('.status')!.classList.contains('bad')).toBe(true);
  });

  it('Chinese convention colours by direction (red up), in Chinese', async () => {
    const el = mount('metric="overdue" bucket="M1+" convention="cn" compare="previous-period"', 'zh-CN');
    await until(() => shadow(el).querySelector('[part="value"]'));
    expect(text(el, 'h2')).toBe('M1+ 逾期率（按余额）');
    expect(text(el, '[part="delta"]')).toContain('-4.67个百分点');
    expect(shadow(el).querySelector('[part="delta"]')!.classList.contains('down')).toBe(true);
    expect(getComputedStyle(shadow(el).querySelector('[part="delta"]')!).color).toBe('rgb(26, 127, 55)');
  });

  it('recovery: rate at `measure` months per cohort, net of fees', async () => {
    const el = mount('metric="recovery" measure="2" basis="net"');
    await until(() => shadow(el).querySelector('[part="value"]'));
    expect(text(el, 'h2')).toBe('Recovery rate at 2 months (net of fees)');
    // 2025-10 net: (120 − 12 + 80 − 8) / 1000 = 18%; 2025-09: (90 + 45) / 1000 = 13.5%.
    expect(text(el, '[part="value"]')).toBe('18.00%');
    expect(text(el, '[part="delta"]')).toBe('▲ +4.50 pp (better) vs Sep 2025');
  });

  it('complaints per 10k: amount deltas in percent', async () => {
    const el = mount('metric="complaints"');
    await until(() => shadow(el).querySelector('[part="value"]'));
    expect(text(el, 'h2')).toBe('Complaints per 10,000 accounts');
    expect(text(el, '[part="value"]')).toBe('8');
    expect(text(el, '[part="delta"]')).toBe('▲ +60.0% (worse) vs Nov 2025');
  });

  it('agents: kept-promise rate of all agents as a ratio of sums, no comparison', async () => {
    const el = mount('metric="agents" target="0.8"');
    await until(() => shadow(el).querySelector('[part="value"]'));
    expect(text(el, '[part="value"]')).toBe('75.00%');
    expect(text(el, '[part="delta"]')).toBe('– No comparison period');
    expect(text(el, '.status')).toBe('▼ Below target 80.00%');
    expect(text(el, '#summary')).toBe('Kept promise rate: 75.00%; No comparison period. Below target 80.00%');
  });

  it('walks the sparkline by keyboard, announces points with numerator and denominator, selects with Enter', async () => {
    const el = mount('metric="overdue" bucket="M1+"');
    const key = await keyboard(el);
    expect(await key('ArrowLeft')).toBe('Overdue rate M1+ (balance), Dec 2025: 13.33% (160 of 1,200)');
    expect(await key('ArrowLeft')).toBe('Overdue rate M1+ (balance), Nov 2025: 18.00% (180 of 1,000)');
    expect(await key('Home')).toBe('Overdue rate M1+ (balance), Oct 2025: 12.00% (120 of 1,000)');
    expect(shadow(el).querySelector('[part="tooltip"]')?.textContent).toContain('120');
    const selected = nextEvent(el, 'ck-select');
    await key('Enter');
    expect((await selected).detail).toEqual({
      series: 'overdue',
      period: '2025-10',
      value: 0.12,
      numerator: 120,
      denominator: 1000,
    });
  });

  it('table view equals the sparkline data', async () => {
    const el = mount('metric="overdue" bucket="M1+"');
    await until(() => shadow(el).querySelector('[part="value"]'));
    shadow(el).querySelector<HTMLButtonElement>('button[aria-controls="table"]')!.click();
    await el.updateComplete;
    const cells = tableCells(el);
    expect(cells).toEqual([
      ['Oct 2025', '12.00%', '120', '1,000'],
      ['Nov 2025', '18.00%', '180', '1,000'],
      ['Dec 2025', '13.33%', '160', '1,200'],
    ]);
  });

  it('empty and error states', async () => {
    const state = await statusWhen(backend, 'empty', () => mount('metric="overdue"'));
    expect(state.textContent).toBe('No data for this selection.');
    const alert = await alertWhen(backend, 'fail', () => mount('metric="recovery"'));
    expect(alert.textContent).toContain('warehouse down');
    expect(alert.querySelector('button')).not.toBeNull();
  });
});
