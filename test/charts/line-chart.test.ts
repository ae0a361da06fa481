import { describe, expect, it } from 'vitest';
import { lineChart, lineChartModel, type LineChartSpec, type LineSeries } from '../../src/charts/line-chart.js';
import { formatPercent, formatTick } from '../../src/render/format.js';
import { periodToTime } from '../../src/render/period.js';
import { templateToString } from '../../src/render/to-string.js';
import { expectGolden } from '../support/golden.js';

const months = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'];
const series = (key: string, values: number[], label = key): LineSeries => ({
  key,
  label,
  xs: Float64Array.from(months.slice(0, values.length), periodToTime),
  ys: Float64Array.from(values),
});

const spec = (over: Partial<LineChartSpec> = {}): LineChartSpec => ({
  width: 480,
  height: 240,
  series: [
    series('M1', [0.021, 0.024, 0.023, 0.027, 0.025, 0.026]),
    series('M2', [0.011, 0.012, NaN, 0.014, 0.013, 0.015]),
  ],
  formatValue: (v) => formatPercent('en', v, 1),
  formatTime: (t, unit) => formatTick('en', t, unit ?? 'month'),
  ...over,
});

const render = (s: LineChartSpec) => templateToString(lineChart(s));

describe('lineChart', () => {
  it('typical data with a target and band (golden)', async () => {
    await expectGolden(
      render(spec({ target: 0.025, targetLabel: '2.5%', band: [0.02, 0.03] })),
      '__snapshots__/line-chart.typical.svg',
    );
  });

  it('one point (golden)', async () => {
    await expectGolden(render(spec({ series: [series('M1+', [0.031])] })), '__snapshots__/line-chart.one-point.svg');
  });

  it('empty series draw axes only', () => {
    const out = render(spec({ series: [] }));
    expect(out).toContain('axis-y');
    expect(out).not.toContain('class="line"');
  });

  it('extreme values and a focused point (golden)', async () => {
    await expectGolden(
      render(spec({ series: [series('M7+', [0, 1, 0.5, 1e-6, 0.999, 0])], focus: { series: 0, index: 1 } })),
      '__snapshots__/line-chart.extreme.svg',
    );
  });

  it('breaks the line at gaps (NaN) instead of drawing through them', () => {
    const out = render(spec());
    const m2 = [...out.matchAll(/class="line" d="([^"]+)"/g)][1]![1]!;
    expect(m2.match(/M/g)).toHaveLength(2);
  });

  it('hides toggled-off series and rescales to the visible ones', () => {
    const both = lineChartModel(spec());
    const onlyM2 = lineChartModel(spec({ hidden: new Set(['M1']) }));
    expect(onlyM2.drawn[0]!.xs.length).toBe(0);
    expect(onlyM2.y.domain()[1]).toBeLessThan(both.y.domain()[1]);
  });

  it('reduces a long series to what the width can show and keeps its spike', () => {
    const n = 100_000;
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      xs[i] = Date.UTC(2015, 0, 1) + i * 3_600_000;
      ys[i] = 0.03 + 0.001 * Math.sin(i / 50);
    }
    ys[54_321] = 0.2;
    const model = lineChartModel(spec({ series: [{ key: 'M1', label: 'M1', xs, ys }] }));
    expect(model.drawn[0]!.xs.length).toBeLessThanOrEqual(4 * model.plot.width);
    expect(Math.max(...model.drawn[0]!.ys)).toBe(0.2);
  });
});
