import { describe, expect, it } from 'vitest';
import { scaleBand, scaleLinear } from '../../src/render/scale.js';
import { axisBottomBand, axisLeftBand, axisRight, truncateLabel } from '../../src/render/axis-band.js';
import { templateToString } from '../../src/render/to-string.js';

const plot = { left: 40, top: 10, width: 200, height: 100 };

describe('band axes', () => {
  it('truncates labels to a width, counting CJK glyphs double', () => {
    expect(truncateLabel('Phone', 100)).toBe('Phone');
    expect(truncateLabel('不当联系第三方或泄露信息', 60)).toBe('不当联系…');
  });

  it('labels every band when there is room and thins them when not', () => {
    const wide = scaleBand<string>().domain(['a', 'b', 'c']).range([40, 240]);
    expect(templateToString(axisBottomBand(wide, plot, (k) => k.toUpperCase())).match(/<text/g)).toHaveLength(3);
    const keys = Array.from({ length: 40 }, (_, i) => `2025-${i}`);
    const narrow = scaleBand<string>().domain(keys).range([40, 240]);
    const n = templateToString(axisBottomBand(narrow, plot, (k) => k)).match(/<text/g)!.length;
    expect(n).toBeLessThan(40);
    expect(n).toBeGreaterThan(1);
  });

  it('writes left band labels and right value ticks as text', () => {
    const y = scaleBand<string>().domain(['x<y']).range([10, 110]);
    expect(templateToString(axisLeftBand(y, plot, (k) => k))).toContain('x&lt;y');
    const y2 = scaleLinear().domain([0, 10]).range([110, 10]);
    const out = templateToString(axisRight(y2, plot, (v) => `${v}‱`));
    expect(out).toContain('text-anchor="start">10‱</text>');
  });
});
