import { describe, expect, it } from 'vitest';
import {
  intervalChart,
  intervalHeight,
  intervalModel,
  intervalRowY,
  type IntervalSpec,
} from '../../src/charts/interval-chart.js';
import { formatPercentTick } from '../../src/render/format.js';
import { templateToString } from '../../src/render/to-string.js';
import { expectGolden } from '../support/golden.js';

const spec = (over: Partial<IntervalSpec> = {}): IntervalSpec => ({
  width: 480,
  rows: [
    {
      key: 'champion',
      label: 'champion (champion)',
      estimate: 0.6,
      low: 0.49,
      high: 0.7,
      status: 'champion',
      color: 'currentColor',
      text: '60.0% ★ champion',
    },
    {
      key: 'a',
      label: 'challenger',
      estimate: 0.8,
      low: 0.692,
      high: 0.877,
      status: 'better',
      color: 'var(--ck-series-3, #009E73)',
      text: '+20.0 pp [+5.2, +33.4] ✓ better',
    },
    {
      key: 'b',
      label: 'same',
      estimate: 0.625,
      low: 0.516,
      high: 0.723,
      status: 'no-difference',
      color: 'var(--ck-series-1, #0072B2)',
      text: '+2.5 pp [-12.4, +17.2] = no difference',
    },
    {
      key: 'c',
      label: 'small',
      estimate: NaN,
      low: NaN,
      high: NaN,
      status: 'not-enough-data',
      color: 'currentColor',
      text: '… not enough data',
    },
  ],
  formatTick: (v) => formatPercentTick('en', v),
  reference: 0.6,
  ...over,
});
const render = (s: IntervalSpec) => templateToString(intervalChart(s));

describe('intervalChart', () => {
  it('arms with intervals, a reference line, a row without an interval and a focused row (golden)', async () => {
    await expectGolden(render(spec({ focus: 1 })), '__snapshots__/interval-chart.typical.svg');
  });

  it('one row, Chinese text (golden)', async () => {
    await expectGolden(
      render(
        spec({
          rows: [
            {
              key: 'x',
              label: '冠军组',
              estimate: 0.42,
              low: 0.41,
              high: 0.43,
              status: 'champion',
              color: 'currentColor',
              text: '42.0% ★ 冠军组',
            },
          ],
        }),
      ),
      '__snapshots__/interval-chart.one-row.svg',
    );
  });

  it('extremes: differences around zero with the zero line, an interval reaching 100 % (golden)', async () => {
    await expectGolden(
      render(
        spec({
          reference: 0,
          include: [0],
          formatTick: (v) => `${Math.round(v * 100)}`,
          rows: [
            {
              key: 'g',
              label: '10/10 − 0/20',
              estimate: 1,
              low: 0.6791,
              high: 1,
              status: 'better',
              color: 'currentColor',
              text: '+100 [+67.9, +100]',
            },
            {
              key: 'f',
              label: '0/10 − 0/10',
              estimate: 0,
              low: -0.2775,
              high: 0.2775,
              status: 'no-difference',
              color: 'currentColor',
              text: '0 [-27.8, +27.8]',
            },
          ],
        }),
      ),
      '__snapshots__/interval-chart.extreme.svg',
    );
  });

  it('rows with targets (predictions) as hollow diamonds, a row outside its interval (golden)', async () => {
    await expectGolden(
      render(
        spec({
          reference: null,
          include: [0],
          bounds: [0, 1],
          rows: [
            {
              key: 'S01',
              label: 'S01',
              estimate: 0.225,
              low: 0.19,
              high: 0.26,
              target: 0.05,
              status: 'outside',
              color: 'var(--ck-series-2, #D55E00)',
              text: 'observed 22.5% · predicted 5.0% ⚠ outside its interval',
            },
            {
              key: 'S05',
              label: 'S05',
              estimate: 0.41,
              low: 0.37,
              high: 0.45,
              target: 0.41,
              status: 'inside',
              color: 'var(--ck-series-1, #0072B2)',
              text: 'observed 41.0% · predicted 41.0%',
            },
          ],
        }),
      ),
      '__snapshots__/interval-chart.targets.svg',
    );
  });

  it('layout: height follows the rows, every interval end lies inside the plot, rows are centred in their bands', () => {
    const s = spec();
    const m = intervalModel(s);
    expect(m.height).toBe(intervalHeight(s));
    expect(intervalHeight({ rows: [] })).toBe(36);
    for (const d of s.rows) {
      if (!Number.isFinite(d.low)) continue;
      expect(m.x(d.low)).toBeGreaterThanOrEqual(m.plot.left);
      expect(m.x(d.high)).toBeLessThanOrEqual(m.plot.left + m.plot.width);
    }
    const ys = s.rows.map((_, i) => intervalRowY(s, m, i));
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(render(spec({ rows: [] }))).not.toContain('class="interval');
    // Bounds keep the padded domain inside [0, 1]: no "-10%" tick under rates starting at 0.
    const bounded = intervalModel(spec({ include: [0], bounds: [0, 1] }));
    expect(bounded.x.domain()[0]).toBe(0);
    expect(intervalModel(spec({ include: [0] })).x.domain()[0]).toBeLessThan(0);
  });

  it('a row without an interval draws only its text', () => {
    const out = render(spec());
    expect(out.match(/<line part="mark"/g)).toHaveLength(3);
    expect(out.match(/<circle/g)).toHaveLength(3);
    expect(out).toContain('… not enough data');
  });
});
