import { describe, expect, it } from 'vitest';
import { lineChart, lineChartModel, type LineChartSpec, type LineSeries } from '../../src/charts/line-chart.js';
import { formatPercent } from '../../src/render/format.js';
import { templateToString } from '../../src/render/to-string.js';
import { expectGolden } from '../support/golden.js';

/** The line chart with a linear x (months) and projected segments, as vintage and recovery curves use it. */
const curve = (key: string, values: number[], projectedFrom?: number, label = key): LineSeries => ({
  key,
  label,
  xs: Float64Array.from(values, (_, i) => i + 1),
  ys: Float64Array.from(values),
  ...(projectedFrom !== undefined ? { projectedFrom } : {}),
});

const spec = (over: Partial<LineChartSpec> = {}): LineChartSpec => ({
  width: 480,
  height: 240,
  xType: 'linear',
  series: [curve('2024-01', [0.05, 0.11, 0.16, 0.2, 0.23, 0.25]), curve('2024-06', [0.06, 0.12, 0.17, 0.21], 2)],
  formatValue: (v) => formatPercent('en', v, 0),
  formatTime: (m) => String(m),
  projectionLabel: 'projection',
  ...over,
});
const render = (s: LineChartSpec) => templateToString(lineChart(s));

describe('lineChart with linear x and projections (curves)', () => {
  it('typical cohorts, one projected from month 3 (golden)', async () => {
    const out = render(spec());
    expect(out.match(/class="line projected"/g)).toHaveLength(1);
    expect(out).toContain('class="projection-label"');
    await expectGolden(out, '__snapshots__/curves-chart.typical.svg');
  });

  it('the dashed segment starts at the last actual point', () => {
    const out = render(spec({ series: [curve('c', [0.1, 0.2, 0.3, 0.4], 2)] }));
    const [solid, dashed] = [...out.matchAll(/ d="([^"]+)"/g)].map((m) => m[1]!);
    const solidEnd = solid!.split('L').pop();
    expect(dashed!.startsWith(`M${solidEnd}`)).toBe(true);
  });

  it('fully projected and never projected series', () => {
    const out = render(spec({ series: [curve('a', [0.1, 0.2], 0), curve('b', [0.1, 0.2], 5)] }));
    expect(out.match(/class="line projected"/g)).toHaveLength(1);
    expect(out.match(/class="line"/g)).toHaveLength(1);
  });

  it('empty (golden)', async () => {
    await expectGolden(render(spec({ series: [] })), '__snapshots__/curves-chart.empty.svg');
  });

  it('one point (golden)', async () => {
    await expectGolden(
      render(spec({ series: [curve('2025-12', [0.04])] })),
      '__snapshots__/curves-chart.one-point.svg',
    );
  });

  it('extreme values (golden)', async () => {
    await expectGolden(
      render(spec({ series: [curve('a', [0, 1, 1e-6, 0.999, 0], 3)], focus: { series: 0, index: 4 } })),
      '__snapshots__/curves-chart.extreme.svg',
    );
  });

  it('long Chinese labels (golden)', async () => {
    await expectGolden(
      render(
        spec({
          projectionLabel: '预测',
          formatValue: (v) => `${formatPercent('zh-CN', v, 0)}（累计回收率）`,
          formatTime: (m) => `第${m}个月`,
        }),
      ),
      '__snapshots__/curves-chart.chinese.svg',
    );
  });

  it('integer month ticks only on a short linear axis', () => {
    const model = lineChartModel(spec({ series: [curve('a', [0.1, 0.2])] }));
    expect(model.x.domain()).toEqual([1, 2]);
    const out = render(spec({ series: [curve('a', [0.1, 0.2])] }));
    expect(out).not.toMatch(/>1\.5</);
  });

  it('keeps projected splits through downsampling of long curves', () => {
    const n = 50_000;
    const ys = Array.from({ length: n }, (_, i) => i / n);
    const model = lineChartModel(spec({ series: [curve('long', ys, 40_000)] }));
    expect(model.drawn[0]!.index).toBeDefined();
    const out = render(spec({ series: [curve('long', ys, 40_000)] }));
    expect(out.match(/class="line projected"/g)).toHaveLength(1);
  });
});
