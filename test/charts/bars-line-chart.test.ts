import { describe, expect, it } from 'vitest';
import {
  barsLineChart,
  barsLineModel,
  segmentBox,
  type BarsLineSpec,
  type BarStack,
} from '../../src/charts/bars-line-chart.js';
import { formatNumber, formatPeriod } from '../../src/render/format.js';
import { templateToString } from '../../src/render/to-string.js';
import { expectGolden } from '../support/golden.js';

const periods = ['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12'];
const stack = (key: string, values: number[], label = key): BarStack => ({
  key,
  label,
  values: Float64Array.from(values),
});

const spec = (over: Partial<BarsLineSpec> = {}): BarsLineSpec => ({
  width: 480,
  height: 240,
  categories: periods,
  formatCategory: (p) => formatPeriod('en', p),
  stacks: [
    stack('tactics', [12, 15, 9, 20, 18, 14]),
    stack('not-owed', [5, 7, 4, 6, 9, 3]),
    stack('third-party', [1, 0, 2, NaN, 1, 2]),
  ],
  formatValue: (v) => formatNumber('en', v),
  minTop: 1,
  line: { key: 'per', label: 'per 10k', values: Float64Array.from([1.8, 2.2, 1.5, 2.6, 2.8, 1.9]) },
  formatLine: (v) => formatNumber('en', v, 1),
  ...over,
});

const render = (s: BarsLineSpec) => templateToString(barsLineChart(s));

describe('barsLineChart', () => {
  it('typical data: stacks, line on a right axis, a flagged period (golden)', async () => {
    await expectGolden(
      render(spec({ flags: [false, false, true, false, false, false], focus: { series: 1, index: 3 } })),
      '__snapshots__/bars-line-chart.typical.svg',
    );
  });

  it('one period (golden)', async () => {
    await expectGolden(
      render(
        spec({
          categories: ['2025-12'],
          stacks: [stack('a', [7]), stack('b', [3])],
          line: { key: 'per', label: 'per', values: Float64Array.from([0.4]) },
        }),
      ),
      '__snapshots__/bars-line-chart.one-point.svg',
    );
  });

  it('no categories draw axes only', () => {
    const out = render(spec({ categories: [], stacks: [], line: null }));
    expect(out).toContain('axis-y');
    expect(out).not.toContain('class="bar"');
    expect(out).toContain('>1</text>');
    expect(out).not.toContain('class="line');
  });

  it('extreme values: zeros, one huge stack, focus on the line (golden)', async () => {
    await expectGolden(
      render(
        spec({
          stacks: [stack('a', [0, 0, 1e6, 0, 1, 0]), stack('b', [0, 0, 0, 0, 0, 0])],
          line: { key: 'per', label: 'per', values: Float64Array.from([0, NaN, 9999.5, 0.001, 0, 0]) },
          focus: { series: 2, index: 2 },
        }),
      ),
      '__snapshots__/bars-line-chart.extreme.svg',
    );
  });

  it('long Chinese period labels are thinned instead of overlapping (golden)', async () => {
    const many = Array.from(
      { length: 24 },
      (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    );
    await expectGolden(
      render(
        spec({
          width: 360,
          categories: many,
          formatCategory: (p) => formatPeriod('zh-CN', p),
          stacks: [
            stack(
              '催收沟通方式不当',
              many.map((_, i) => 10 + (i % 5)),
            ),
            stack(
              '不当联系第三方或泄露信息',
              many.map((_, i) => i % 3),
            ),
          ],
          line: null,
        }),
      ),
      '__snapshots__/bars-line-chart.chinese.svg',
    );
    const labels = [
      ...render(
        spec({ width: 360, categories: many, formatCategory: (p) => formatPeriod('zh-CN', p), line: null }),
      ).matchAll(/text-anchor="middle">([^<]+)</g),
    ];
    expect(labels.length).toBeLessThan(many.length);
    expect(labels[0]![1]).toBe('2024年1月');
  });

  it('stacks in order from the bottom and skips hidden stacks', () => {
    const s = spec();
    const m = barsLineModel(s);
    const a = segmentBox(s, m, 0, 0);
    const b = segmentBox(s, m, 1, 0);
    expect(b.y + b.height).toBeCloseTo(a.y, 6);
    const hidden = spec({ hidden: new Set(['tactics']) });
    const mh = barsLineModel(hidden);
    expect(segmentBox(hidden, mh, 0, 0).height).toBe(0);
    expect(mh.y.domain()[1]).toBeLessThan(m.y.domain()[1]);
    expect(render(hidden).match(/class="bar"/g)!.length).toBeLessThan(render(s).match(/class="bar"/g)!.length);
  });

  it('reserves a right margin for the line axis labels', () => {
    const withLine = barsLineModel(spec());
    const without = barsLineModel(spec({ line: null }));
    expect(withLine.plot.width).toBeLessThan(without.plot.width);
    expect(withLine.xi(0)).toBeCloseTo(withLine.x('2025-07')! + withLine.x.bandwidth() / 2, 6);
  });
});
