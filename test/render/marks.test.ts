/** The kit's own line path builder writes exactly the path d3-shape's `line()` writes (d3-shape kept as a dev check). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { line } from 'd3-shape';
import { linePathData } from '../../src/render/marks.js';
import { scaleLinear } from '../../src/render/scale.js';

/** The reference: d3-shape's line over the indices, gaps where y is not finite, 2 digits. */
function d3Path(
  xs: readonly number[],
  ys: readonly number[],
  x: (v: number) => number,
  y: (v: number) => number,
): string {
  const idx = xs.map((_, i) => i);
  return (
    line<number>()
      .defined((i) => Number.isFinite(ys[i] ?? NaN))
      .x((i) => x(xs[i] ?? NaN))
      .y((i) => y(ys[i] ?? NaN))
      .digits(2)(idx) ?? ''
  );
}

const value = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity) },
);

describe('linePathData', () => {
  it('equals d3-shape line().digits(2), gaps and lone points (M…Z) included (property)', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), (ys) => {
        const xs = ys.map((_, i) => 1_600_000_000_000 + i * 86_400_000);
        const x = scaleLinear()
          .domain([xs[0] ?? 0, xs.at(-1) ?? 1])
          .range([40, 774]);
        const y = scaleLinear().domain([-1e6, 1e6]).range([296, 8]);
        expect(linePathData(Float64Array.from(xs), Float64Array.from(ys), x, y)).toBe(d3Path(xs, ys, x, y));
      }),
      { numRuns: 300 },
    );
  });

  it('writes the cases by hand', () => {
    const id = scaleLinear();
    expect(linePathData([0, 1, 2], [1, 2.345, 3], id, id)).toBe('M0,1L1,2.35L2,3');
    expect(linePathData([0, 1, 2, 3], [1, NaN, 3, 4], id, id)).toBe('M0,1ZM2,3L3,4');
    expect(linePathData([0, 1], [NaN, NaN], id, id)).toBe('');
    expect(linePathData([], [], id, id)).toBe('');
  });
});
