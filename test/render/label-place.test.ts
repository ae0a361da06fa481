import { describe, expect, it } from 'vitest';
import { lineChart, lineChartModel, type LineChartSpec } from '../../src/charts/line-chart.js';
import { bestSpot, collisions, labelSpot } from '../../src/render/label-place.js';
import { formatPercent, formatTick } from '../../src/render/format.js';
import { templateToString } from '../../src/render/to-string.js';

describe('label placement', () => {
  const rising = { xs: [0, 100, 200], ys: [100, 50, 0] };

  it('counts the segments and labels a box touches (by hand)', () => {
    // The segment (0,100)–(100,50) crosses y 70–80 at x 40–60.
    expect(collisions({ x0: 40, x1: 60, y0: 70, y1: 80 }, [rising])).toBe(1);
    expect(collisions({ x0: 120, x1: 180, y0: 80, y1: 100 }, [rising])).toBe(0);
    expect(collisions({ x0: 0, x1: 10, y0: 0, y1: 10 }, [], [{ x0: 5, x1: 20, y0: 5, y1: 20 }])).toBe(1);
    // A gap (NaN) is no segment; a lone point counts when inside.
    expect(collisions({ x0: 40, x1: 60, y0: 70, y1: 80 }, [{ xs: [0, 100], ys: [100, NaN] }])).toBe(0);
    expect(collisions({ x0: 90, x1: 110, y0: 40, y1: 60 }, [{ xs: [0, 100], ys: [NaN, 50] }])).toBe(1);
  });

  it('takes the first candidate that touches nothing', () => {
    const blocked = labelSpot('2.5%', 200, 4, 'end');
    const free = labelSpot('2.5%', 200, 120, 'end');
    expect(bestSpot([blocked, free], [rising])).toBe(free);
  });
});

describe('target label of a line chart', () => {
  const months = Float64Array.from({ length: 6 }, (_, i) => Date.UTC(2025, i, 1));
  const spec = (ys: number[], target: number): LineChartSpec => ({
    width: 480,
    height: 240,
    series: [{ key: 'M1', label: 'M1', xs: months, ys: Float64Array.from(ys) }],
    formatValue: (v) => formatPercent('en', v, 1),
    formatTime: (t, u) => formatTick('en', t, u ?? 'month'),
    target,
    targetLabel: formatPercent('en', target, 1),
  });

  it.each([
    ['a series ending just above the target', [0.02, 0.022, 0.024, 0.025, 0.026, 0.0262]],
    ['a series ending just below the target', [0.03, 0.028, 0.027, 0.026, 0.0245, 0.0242]],
    ['a series crossing the target at the right end', [0.02, 0.021, 0.022, 0.023, 0.024, 0.03]],
  ])('does not cross %s', (_, ys) => {
    const s = spec(ys, 0.025);
    const model = lineChartModel(s);
    const out = templateToString(lineChart(s, model));
    const m =
      /<g part="mark" class="rule">.*?<text x="([\d.]+)" y="([\d.]+)" text-anchor="(start|end)">([^<]*)<\/text>/.exec(
        out,
      )!;
    const spot = labelSpot(m[4]!, Number(m[1]), Number(m[2]), m[3] as 'start' | 'end');
    const pixels = model.drawn.map((d) => ({
      xs: Array.from(d.xs, (v) => model.x(v)),
      ys: Array.from(d.ys, (v) => model.y(v)),
    }));
    expect(collisions(spot.box, pixels)).toBe(0);
  });
});
