/** collectkit/svg: the promise-to-pay funnel kind, drawn from the same view model as the widget. */
import { describe, expect, it } from 'vitest';
import { chartPart, renderChartSvg, serverChartKinds } from '../../src/svg/index.js';
import type { PromiseFunnelRow } from '../../src/model/rows.js';
import { expectGolden } from '../support/golden.js';

const row = (period: string, v: number[]): PromiseFunnelRow => {
  const [
    attempts,
    contacts,
    rightPartyContacts,
    promises,
    pending,
    matured,
    kept,
    partlyKept,
    broken,
    amountPromised,
    amountPaid,
    a,
    b,
    c,
    d,
    e,
  ] = v as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return {
    period,
    attempts,
    contacts,
    rightPartyContacts,
    promises,
    pending,
    matured,
    kept,
    partlyKept,
    broken,
    amountPromised,
    amountPaid,
    followUpUnder24h: a,
    followUp24To48h: b,
    followUp48To72h: c,
    followUpOver72h: d,
    followUpNone: e,
  };
};
// Totals: 2,000 → 700 (35.0 %) → 400 (57.1 %) → 120 (30.0 %); 100 matured: 60 / 15 / 25.
const rows = [
  row('2025-11', [1000, 400, 250, 80, 0, 60, 36, 9, 15, 60_000, 40_500, 6, 3, 2, 1, 3]),
  row('2025-12', [1000, 300, 150, 40, 10, 40, 24, 6, 10, 40_000, 27_000, 4, 2, 1, 1, 2]),
];

describe('renderChartSvg ptp-funnel', () => {
  it('is a kind of the renderer', () => {
    expect(serverChartKinds()).toContain('ptp-funnel');
  });

  it('stacks the three panels with the step conversions and the definition footnote', async () => {
    const svg = renderChartSvg('ptp-funnel', { meta: { asOf: '2026-01-01T00:00:00Z', source: 'test' }, rows }, {
      lang: 'en',
      grace: 3,
    } as never);
    expect(svg).toContain('Promise-to-pay funnel · grace 3 days');
    expect(svg.match(/class="bar"/g)).toHaveLength(13);
    expect(svg).toContain('700 · 35.0%');
    expect(svg).toContain('25 · 25.0%');
    expect(svg).toContain('kept ÷ matured promises');
    await expectGolden(chartPart(svg), '__snapshots__/ptp-funnel.svg');
  });

  it('in traditional Chinese', async () => {
    const svg = renderChartSvg('ptp-funnel', rows, { lang: 'zh-TW', frame: false });
    expect(svg).toContain('違約承諾跟進');
    await expectGolden(svg, '__snapshots__/ptp-funnel.zh-TW.svg');
  });
});
