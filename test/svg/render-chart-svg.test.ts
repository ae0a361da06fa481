import { describe, expect, it } from 'vitest';
import { lineChart, type LineChartSpec } from '../../src/charts/line-chart.js';
import { formatPercent, formatTick } from '../../src/render/format.js';
import { periodToTime } from '../../src/render/period.js';
import { templateToString } from '../../src/render/to-string.js';
import { chartPart, registerServerChart, renderChartSvg, serverChartKinds } from '../../src/svg/index.js';
import { expectGolden } from '../support/golden.js';

const meta = { asOf: '2025-12-31T16:00:00Z', source: 'warehouse', currency: 'CNY', definitionVersion: '2026.1' };

/** Three months × three buckets; M1 balance rate = 100/1000, 150/1000, 120/1200 (as in the widget test). */
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
].map(([period, bucket, accounts, balance]) => ({
  period: period as string,
  bucket: bucket as string,
  accounts: accounts as number,
  balance: balance as number,
}));

const options = { buckets: 'M1,M2', basis: 'balance' as const, width: 480, height: 240, lang: 'en', target: 0.12 };

/** The spec built by hand from the hand-checked rates, as `<ck-overdue-trend>` builds it. */
const handSpec: LineChartSpec = {
  width: 480,
  height: 240,
  series: [
    {
      key: 'M1',
      label: 'M1',
      xs: Float64Array.from(['2025-10', '2025-11', '2025-12'], periodToTime),
      ys: Float64Array.from([100 / 1000, 150 / 1000, 120 / 1200]),
    },
    {
      key: 'M2',
      label: 'M2',
      xs: Float64Array.from(['2025-10', '2025-11', '2025-12'], periodToTime),
      ys: Float64Array.from([20 / 1000, 30 / 1000, 40 / 1200]),
    },
  ],
  hidden: new Set(),
  formatValue: (v) => formatPercent('en', v, 1),
  formatTime: (t, unit) => formatTick('en', t, unit ?? 'month'),
  target: 0.12,
  targetLabel: '12.0%',
  focus: null,
};

describe('renderChartSvg (collectkit/svg)', () => {
  it('renders the overdue trend as a standalone SVG (golden)', async () => {
    const svg = renderChartSvg('overdue-trend', { meta, rows }, options);
    await expectGolden(svg, '__snapshots__/overdue-trend.svg');
  });

  it('its chart part is exactly what lineChart renders for the same spec', () => {
    const svg = renderChartSvg('overdue-trend', { meta, rows }, options);
    expect(chartPart(svg)).toBe(templateToString(lineChart(handSpec)));
    expect(renderChartSvg('overdue-trend', rows, { ...options, frame: false }).replace(/<style>.*?<\/style>/, '')).toBe(
      templateToString(lineChart(handSpec)),
    );
  });

  it('carries title, legend, footnote (asOf, source, definition) and resolved colours', () => {
    const svg = renderChartSvg('overdue-trend', { meta, rows }, options);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="504" height="\d+"/);
    expect(svg).toContain('<title>Overdue rate by bucket (balance)</title>');
    expect(svg).toContain('>M1</text>');
    expect(svg).toContain('>M2</text>');
    expect(svg).toContain('As of Dec 31, 2025, 4:00 PM (UTC) · Source: warehouse');
    expect(svg).toContain('Definition (version 2026.1): Overdue rate: accounts (or balance)');
    expect(svg).toContain('[stroke^="var(--ck-series-1,"]{stroke:#0072B2}');
    expect(svg).not.toMatch(/<script|on\w+=/);
  });

  it('speaks the page language', () => {
    const svg = renderChartSvg('overdue-trend', { meta, rows }, { ...options, lang: 'zh-CN' });
    expect(svg).toContain('<title>分阶段逾期率（按余额）</title>');
    expect(svg).toContain('口径');
    expect(svg).toContain('逾期率');
    expect(svg).toContain('lang="zh-CN"');
  });

  it('escapes text from data and options', () => {
    const svg = renderChartSvg(
      'overdue-trend',
      { meta: { ...meta, source: '<b>&"x"' }, rows },
      { ...options, title: '<script>alert(1)</script>' },
    );
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('Source: &lt;b&gt;&amp;&quot;x&quot;');
  });

  it('takes one entry per new chart kind and rejects unknown kinds', () => {
    expect(() => renderChartSvg('nope', [])).toThrow(/unknown chart kind "nope"/);
    registerServerChart<readonly number[], { width?: number }>('test-line', (data) => ({
      metric: 'compliance',
      chart: lineChart({
        ...handSpec,
        series: [{ key: 'x', label: 'x', xs: Float64Array.from(data, (_, i) => i), ys: Float64Array.from(data) }],
        xType: 'linear',
        target: null,
      }),
      width: handSpec.width,
      height: handSpec.height,
      title: 'Test',
      legend: ['x'],
    }));
    expect(serverChartKinds()).toContain('test-line');
    expect(renderChartSvg('test-line', [0.1, 0.2, 0.15])).toContain('<title>Test</title>');
  });
});
