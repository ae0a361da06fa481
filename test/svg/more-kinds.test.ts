/** collectkit/svg beyond the overdue trend: recovery curves (with projection) and compliance breach rates. */
import { describe, expect, it } from 'vitest';
import { renderChartSvg, serverChartKinds } from '../../src/svg/index.js';
import { mockResponse } from '../../mocks/portfolio.js';
import type { ComplianceRow, RecoveryRow } from '../../src/model/rows.js';

// Two charge-off cohorts: 2025-01 observed for 3 months, 2025-02 for 2 → 2025-02's month 2 is projected.
const recovery: RecoveryRow[] = [
  { cohort: '2025-01', month: 0, chargedOff: 1000, recovered: 50, fees: 5 },
  { cohort: '2025-01', month: 1, chargedOff: 1000, recovered: 40, fees: 4 },
  { cohort: '2025-01', month: 2, chargedOff: 1000, recovered: 30, fees: 3 },
  { cohort: '2025-02', month: 0, chargedOff: 2000, recovered: 120, fees: 10 },
  { cohort: '2025-02', month: 1, chargedOff: 2000, recovered: 60, fees: 6 },
];

const compliance: ComplianceRow[] = ['2025-01', '2025-02', '2025-03'].flatMap((period, i) => [
  { period, rule: 'cn-cba-2026/quiet-hours', checked: 1000, breaches: 2 + i },
  { period, rule: 'cn-cba-2026/third-party', checked: 500, breaches: 1 },
  { period, rule: 'us-reg-f/7-in-7', checked: 800, breaches: 9 },
]);

describe('renderChartSvg, other kinds', () => {
  it('knows every kind, in the order they were added', () => {
    expect(serverChartKinds()).toEqual([
      'overdue-trend',
      'recovery-curves',
      'vintage-curves',
      'roll-rates',
      'complaint-trend',
      'channel-mix',
      'kpi-tile',
      'compliance-monitor',
      'strategy-test',
      'model-monitor',
      'qa-scorecard',
      'ptp-funnel',
      'contact-heatmap',
      'outcome-gap',
      'workload',
      'agency-scorecard',
      'legal-pipeline',
    ]);
  });

  it('draws recovery curves with the immature cohort projected (dashed) and a definition footnote', () => {
    const svg = renderChartSvg(
      'recovery-curves',
      { meta: { asOf: '2025-04-01T00:00:00Z', source: 'test' }, rows: recovery },
      { maxMonths: 2, lang: 'en' },
    );
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Cumulative recovery by charge-off cohort (gross)');
    expect(svg.match(/class="line"/g)).toHaveLength(2);
    expect(svg.match(/class="line projected"/g)).toHaveLength(1);
    expect(svg).toContain('Source: test');
    // Chain ladder: f(1→2) = (50+40+30)/(50+40) = 4/3, so 2025-02 goes from 180/2000 = 9 % to 240/2000 = 12 %,
    // the top of the axis (y = 12), as 2025-01's observed month 2 (120/1000 = 12 %).
    expect(svg).toContain('class="line projected" d="M330,72L624,12"');
    // Colours resolve without the page's CSS: the embedded stylesheet maps every series variable.
    expect(svg).toContain('[stroke^="var(--ck-series-2,"]{stroke:#D55E00}');
  });

  it('draws one breach-rate line per rule of the chosen preset, in Chinese', () => {
    const svg = renderChartSvg('compliance-monitor', compliance, { rules: 'cn-cba-2026', lang: 'zh-CN' });
    expect(svg.match(/class="line"/g)).toHaveLength(2); // us-reg-f rows are not drawn
    expect(svg).toContain('22:00至次日8:00不得催收');
    expect(svg).toContain('0.3%'); // axis tick of a 0.2–0.4 % breach rate
  });

  it('draws vintage curves per cohort, by months on book', () => {
    const rows = ['2025-01', '2025-02'].flatMap((cohort, c) =>
      [0, 1, 2].slice(0, 3 - c).map((mob) => ({
        cohort,
        mob,
        originatedAccounts: 100,
        originatedAmount: 10_000,
        delinquentAccounts: mob,
        delinquentBalance: mob * 100,
      })),
    );
    const svg = renderChartSvg('vintage-curves', rows, { maxMob: 2 });
    expect(svg.match(/class="line"/g)).toHaveLength(2);
    expect(svg).toContain('2%'); // 200 / 10,000 at month 2 is the top tick
  });

  it('draws the latest transition matrix as a heatmap with its values in the cells', () => {
    // Two periods; in 2025-02, 90 of 100 M0 accounts stayed current and 10 rolled to M1 (count basis).
    const rows = [
      { period: '2025-01', from: 'M0', to: 'M0', accounts: 100, balance: 1000 },
      { period: '2025-02', from: 'M0', to: 'M0', accounts: 90, balance: 900 },
      { period: '2025-02', from: 'M0', to: 'M1', accounts: 10, balance: 100 },
      { period: '2025-02', from: 'M1', to: 'M0', accounts: 3, balance: 30 },
      { period: '2025-02', from: 'M1', to: 'M2', accounts: 1, balance: 10 },
    ];
    const svg = renderChartSvg('roll-rates', rows, { basis: 'count' });
    expect(svg).toContain('Feb 2025');
    expect(svg).toContain('>90.0%<');
    expect(svg).toContain('>10.0%<');
    expect(svg).toContain('>75.0%<'); // M1 → M0: 3 of 4
  });

  it('draws complaints as stacked bars with the per-10k line, from a whole response with exposure', () => {
    const response = mockResponse('complaints', { from: '2025-01', to: '2025-06', interval: 'month' });
    const svg = renderChartSvg('complaint-trend', response, { sla: 0.95, lang: 'zh-CN' });
    expect(svg).toContain('投诉');
    expect(svg.match(/<rect[^>]*part="mark"/g)!.length).toBeGreaterThan(6);
    expect(svg).toContain('2025年6月');
  });

  it('draws one channel panel as horizontal bars', () => {
    const rows = [
      {
        period: '2025-01',
        channel: 'phone',
        attempts: 1000,
        contacts: 420,
        accounts: 300,
        cost: 2000,
        collected: 50_000,
      },
      {
        period: '2025-01',
        channel: 'sms',
        attempts: 2000,
        contacts: 1100,
        accounts: 900,
        cost: 200,
        collected: 20_000,
      },
    ];
    const svg = renderChartSvg('channel-mix', rows, { measure: 'contactRate' });
    expect(svg).toContain('Phone');
    expect(svg).toContain('42.0%'); // 420 / 1,000
    expect(svg).toContain('55.0%'); // 1,100 / 2,000
  });

  it('draws a KPI tile: the latest value and its sparkline', () => {
    const rows = ['2025-01', '2025-02', '2025-03'].flatMap((period, i) => [
      { period, bucket: 'M0', accounts: 95, balance: 950 - i * 10 },
      { period, bucket: 'M1', accounts: 5, balance: 50 + i * 10 },
    ]);
    const svg = renderChartSvg(
      'kpi-tile',
      { meta: { asOf: '2025-03-31T00:00:00Z', source: 'test' }, rows },
      { metric: 'overdue', bucket: 'M1+' },
    );
    expect(svg).toContain('>7.00%<'); // 70 / 1,000 in 2025-03
    expect(svg).toContain('class="sparkline"');
  });

  it('names the kinds it knows when asked for another', () => {
    expect(() => renderChartSvg('pie', [])).toThrow(
      `unknown chart kind "pie"; known: ${serverChartKinds().join(', ')}`,
    );
  });
});

describe('renderChartSvg strategy-test', () => {
  it("draws the mock portfolio's strategy test in Chinese with the definition in the footnote (golden)", async () => {
    const { mockResponse } = await import('../../mocks/portfolio.js');
    const { expectGolden } = await import('../support/golden.js');
    const response = mockResponse('experiments', { from: '2025-01', to: '2025-12' });
    const svg = renderChartSvg('strategy-test', response, { lang: 'zh-CN', experiment: 'm1-strategy', mde: 0.02 });
    expect(svg).toContain('策略测试：m1-strategy');
    expect(svg).toContain('✓ 更优');
    expect(svg).toContain('回正率：回正户数 ÷ 分组户数');
    await expectGolden(svg, '__snapshots__/strategy-test.zh-CN.svg');
  });
});

describe('renderChartSvg model-monitor', () => {
  it("draws the mock model's calibration after the drift, bands outside their interval marked (golden)", async () => {
    const { mockResponse } = await import('../../mocks/portfolio.js');
    const { expectGolden } = await import('../support/golden.js');
    const response = mockResponse('scores', { from: '2024-01', to: '2025-12' });
    const svg = renderChartSvg('model-monitor', response, { lang: 'en', baseline: '2024-01', period: '2025-12' });
    expect(svg).toContain('Repayment model monitor: Dec 2025');
    expect(svg.match(/class="target"/g)).toHaveLength(10);
    expect(svg).toContain('⚠ outside its interval');
    expect(svg).toContain('AUC (band level)');
    await expectGolden(svg, '__snapshots__/model-monitor.en.svg');
  });
});
