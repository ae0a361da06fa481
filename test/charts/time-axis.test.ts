import { describe, expect, it } from 'vitest';
import { lineChart, type LineChartSpec } from '../../src/charts/line-chart.js';
import { formatPercent, formatTick } from '../../src/render/format.js';
import { templateToString } from '../../src/render/to-string.js';
import { expectGolden } from '../support/golden.js';

/** A monthly line of `n` periods from January 2024, values rising gently so the line is visible. */
function monthly(n: number, locale = 'en'): LineChartSpec {
  const xs = Float64Array.from({ length: n }, (_, i) => Date.UTC(2024, i, 1));
  const ys = Float64Array.from({ length: n }, (_, i) => 0.02 + 0.001 * (i % 7));
  return {
    width: 640,
    height: 240,
    series: [{ key: 'M1+', label: 'M1+', xs, ys }],
    formatValue: (v) => formatPercent(locale, v, 1),
    formatTime: (t, unit) => formatTick(locale, t, unit ?? 'month'),
    interval: 'month',
  };
}

const xLabels = (svgText: string) =>
  [...svgText.matchAll(/<text [^>]*text-anchor="(?:start|middle|end)"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('time axis of a monthly line chart (goldens)', () => {
  it.each([1, 2, 3, 12, 120])('%i periods', async (n) => {
    const out = templateToString(lineChart(monthly(n)));
    await expectGolden(out, `__snapshots__/time-axis.months-${n}.svg`);
  });

  it('three months read Jan, Feb, Mar 2024 once each (the short range that repeated Jan 24 and lost Mar)', () => {
    const labels = xLabels(templateToString(lineChart(monthly(3)))).filter((l) => / 2024$/.test(l!));
    expect(labels).toEqual(['Jan 2024', 'Feb 2024', 'Mar 2024']);
  });

  it('120 months label the first and the last month, and each year between once', () => {
    const labels = xLabels(templateToString(lineChart(monthly(120)))).filter((l) => /20\d\d$/.test(l!));
    expect(labels[0]).toBe('2024');
    expect(labels[labels.length - 1]).toBe('Dec 2033');
    expect(new Set(labels).size).toBe(labels.length);
  });
});
