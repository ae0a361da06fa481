/** collectkit/svg: the cure view of the roll-rates kind and the net-flow KPI tile, from the same view models as the elements. */
// Every language's texts (and tile steps) loaded up front, as the SVG renderer and the one-file bundle have them.
import '../support/lazy-modules.js';
import { describe, expect, it } from 'vitest';
import { chartPart, renderChartSvg } from '../../src/svg/index.js';
import type { RollRateRow } from '../../src/model/rows.js';
import { expectGolden } from '../support/golden.js';

const r = (period: string, from: string, to: string, accounts: number, cured = 0): RollRateRow => ({
  period,
  from,
  to,
  accounts,
  balance: accounts * 10,
  cured1To30: from === 'M1' ? cured : 0,
  cured31To60: from === 'M2' ? cured : 0,
  cured61To90: 0,
  curedOver90: 0,
});
// Count basis. 2025-01: M1 cures 40 of 100 (40 %), M2 10 of 50 (20 %); 2025-02: M1 30 of 100, M2 15 of 50.
const rows: RollRateRow[] = [
  r('2025-01', 'M0', 'M0', 950),
  r('2025-01', 'M0', 'M1', 50),
  r('2025-01', 'M1', 'M0', 40, 40),
  r('2025-01', 'M1', 'M2', 60),
  r('2025-01', 'M2', 'M0', 10, 10),
  r('2025-01', 'M2', 'M3', 40),
  r('2025-02', 'M0', 'M0', 960),
  r('2025-02', 'M0', 'M1', 40),
  r('2025-02', 'M1', 'M0', 30, 30),
  r('2025-02', 'M1', 'M2', 70),
  r('2025-02', 'M2', 'M0', 15, 15),
  r('2025-02', 'M2', 'M3', 35),
];

describe('renderChartSvg roll-rates, view cure', () => {
  it('draws a cure-rate line per delinquent bucket, with the days-to-cure definition in the footnote', async () => {
    const svg = renderChartSvg('roll-rates', { meta: { asOf: '2025-03-01T00:00:00Z', source: 'test' }, rows }, {
      basis: 'count',
      view: 'cure',
      lang: 'en',
    } as never);
    expect(svg).toContain('Cure rate by bucket (accounts)');
    // M1 from 40 % to 30 %, M2 from 20 % to 30 %; M3 … M7+ have no denominators: no lines, not in the legend.
    expect(svg).toContain('d="M47,12L624,72"');
    expect(svg).toContain('d="M47,132L624,72"');
    expect(svg).toContain('>40.0%<');
    expect(svg.match(/class="ck-legend-item"/g)).toHaveLength(2);
    // The footnote (text of its lines joined): days to cure, and the net flow when a tile has loaded its pack.
    const footnote = svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(footnote).toContain('Days to cure: cured accounts by days past due at t−1');
    await expectGolden(chartPart(svg), '__snapshots__/roll-rates-cure.svg');
  });

  it('in simplified Chinese', async () => {
    const svg = renderChartSvg('roll-rates', rows, { view: 'cure', lang: 'zh-CN' } as never);
    expect(svg).toContain('各阶段回正率（按余额）');
    expect(svg).toContain('回正天数');
    await expectGolden(svg, '__snapshots__/roll-rates-cure.zh-CN.svg');
  });
});

describe('renderChartSvg kpi-tile, metric roll-rates (net flow to loss)', () => {
  it('shows – while a link of the chain has no denominator (M3 onwards are empty)', () => {
    const svg = renderChartSvg('kpi-tile', rows, { metric: 'roll-rates', basis: 'count', lang: 'en' } as never);
    expect(svg).toContain('Net flow to loss (accounts)');
    expect(svg).toContain('>–<');
  });

  it('a full chain: 2 % × 50 % × … × 50 % = 0.03 %', async () => {
    const codes = ['M0', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7+'];
    const chain = (period: string, first: number): RollRateRow[] =>
      codes.flatMap((code, k) => {
        const next = codes[k + 1];
        const moved = k === 0 ? first : 500;
        return next
          ? [
              { period, from: code, to: next, accounts: moved, balance: moved },
              { period, from: code, to: code, accounts: 1000 - moved, balance: 1000 - moved },
            ]
          : [{ period, from: code, to: code, accounts: 1000, balance: 1000 }];
      });
    const response = {
      meta: { asOf: '2025-03-01T00:00:00Z', source: 'test' },
      rows: [...chain('2025-01', 40), ...chain('2025-02', 20)],
    };
    const svg = renderChartSvg('kpi-tile', response, { metric: 'roll-rates', lang: 'en' } as never);
    // 20/1000 × 0.5^6 = 0.0003125 → 0.03 %
    expect(svg).toContain('>0.03%<');
    await expectGolden(chartPart(svg), '__snapshots__/kpi-tile-net-flow.svg');
  });
});
