import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { downsample, nearestIndex } from '../../src/kpi/index.js';

const range = (n: number) => Float64Array.from({ length: n }, (_, i) => i);

describe('downsample minmax', () => {
  it('returns short series whole, as typed arrays (length ≤ 2 × width)', () => {
    const out = downsample([0, 1, 2, 3], [5, 6, 7, 8], 2);
    expect(out.xs).toBeInstanceOf(Float64Array);
    expect([...out.xs]).toEqual([0, 1, 2, 3]);
    expect([...out.ys]).toEqual([5, 6, 7, 8]);
    expect([...out.index]).toEqual([0, 1, 2, 3]);
  });

  it('keeps first, min, max, last per pixel column in x order', () => {
    // 12 points over x 0..11, width 2: column = floor(x / 11 * 2) → x 0..5 in column 0, x 6..11 in column 1.
    const ys = [5, 9, 1, 4, 4, 6, /* col 1 */ 3, 3, 8, 0, 2, 7];
    const out = downsample(range(12), ys, 2);
    // column 0: first 0, max 1 (9), min 2 (1), last 5 → [0, 1, 2, 5]; column 1: first 6, max 8 (8), min 9 (0), last 11.
    expect([...out.index]).toEqual([0, 1, 2, 5, 6, 8, 9, 11]);
    expect([...out.ys]).toEqual([5, 9, 1, 6, 3, 8, 0, 7]);
  });

  it('a single one-day spike among 100,000 points survives at width 100', () => {
    const n = 100_000;
    const ys = new Float64Array(n).fill(0.03);
    ys[54_321] = 0.5;
    const out = downsample(range(n), ys, 100);
    expect(out.xs.length).toBeLessThanOrEqual(400);
    expect([...out.index]).toContain(54_321);
    expect(Math.max(...out.ys)).toBe(0.5);
  });

  it('keeps a NaN point where the series has a gap', () => {
    const n = 1000;
    const ys = Float64Array.from({ length: n }, (_, i) => (i >= 500 && i < 510 ? NaN : Math.sin(i / 50)));
    for (const method of ['minmax', 'lttb'] as const) {
      const out = downsample(range(n), ys, 50, { method });
      const k = [...out.ys].findIndex(Number.isNaN);
      expect(k, method).toBeGreaterThan(0);
      // the NaN sits between kept points left and right of the gap
      expect(out.xs[k - 1]!).toBeLessThan(500);
      expect(out.xs[k + 1]!).toBeGreaterThanOrEqual(510);
    }
  });

  it('property: keeps first, last, global min and max; indexes ascend; values match the source', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 3, maxLength: 2000 }),
        fc.integer({ min: 1, max: 300 }),
        (list, width) => {
          const ys = Float64Array.from(list);
          const xs = range(ys.length);
          const out = downsample(xs, ys, width);
          const n = ys.length;
          expect(out.index[0]).toBe(0);
          expect(out.index[out.index.length - 1]).toBe(n - 1);
          // Numerically equal (=== : −0 and 0 are the same value here, as on the chart; toBe would tell them apart).
          expect(Math.min(...out.ys) === Math.min(...ys), 'global min kept').toBe(true);
          expect(Math.max(...out.ys) === Math.max(...ys), 'global max kept').toBe(true);
          for (let k = 0; k < out.index.length; k++) {
            if (k) expect(out.index[k]!).toBeGreaterThan(out.index[k - 1]!);
            expect(out.ys[k]).toBe(ys[out.index[k]!]);
            expect(out.xs[k]).toBe(xs[out.index[k]!]);
          }
          if (n > 2 * width) expect(out.index.length).toBeLessThanOrEqual(4 * width);
        },
      ),
      // 0 and −0 tie for the minimum: the kept 0 must count as the minimum (this failed with toBe).
      {
        examples: [
          [[1, 0, -0, 1], 1],
          [[-0, 5, 0, 0, -0, 5], 2],
        ],
      },
    );
  });

  it('works on uneven x spacing (columns are by x, not by index)', () => {
    // x: 0..9 dense then one far point at 1000; width 2 → column 0 holds x < 500 (points 0..9), column 1 x 1000.
    const xs = [...range(10), 1000];
    const ys = [1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 4];
    const out = downsample(xs, ys, 2);
    // column 0: first 0, max index 8 (9), min index 9 (0) = last → [0, 8, 9]; column 1: [10]
    expect([...out.index]).toEqual([0, 8, 9, 10]);
  });
});

describe('downsample input checks', () => {
  it('unsorted or NaN xs throw KpiInputError naming the index', () => {
    const xs = range(100);
    xs[40] = 10;
    expect(() => downsample(xs, range(100), 10)).toThrow(
      expect.objectContaining({ code: 'unsorted', rowIndex: 40, field: 'xs' }),
    );
    xs[40] = NaN;
    expect(() => downsample(xs, range(100), 10, { method: 'lttb' })).toThrow(/xs\[40\] is NaN/);
  });
  it('ys of another length throws', () => {
    expect(() => downsample(range(100), range(99), 10)).toThrow(expect.objectContaining({ code: 'invalid' }));
  });
});

describe('downsample lttb', () => {
  it('keeps about 2 × width points with first and last', () => {
    const n = 10_000;
    const ys = Float64Array.from({ length: n }, (_, i) => Math.sin(i / 100) + (i === 7777 ? 5 : 0));
    const out = downsample(range(n), ys, 100, { method: 'lttb' });
    expect(out.xs.length).toBe(200);
    expect(out.index[0]).toBe(0);
    expect(out.index[199]).toBe(n - 1);
    // the spike forms the largest triangle of its bucket
    expect([...out.index]).toContain(7777);
  });

  it('hand-checked: 5 points to threshold 4 (width 2 → 2 × 2 = 4 < 5)', () => {
    // every = (5 − 2) / (4 − 2) = 1.5. Bucket 0 = [1, 2), next = [2, 4) → avg (2.5, (0 + 0) / 2 = 0)
    // with a = (0, 0): only candidate index 1 → kept. Bucket 1 = [2, 4): a = (1, 10), next avg = point 4 (4, 0).
    // area(i) = |(1 − 4)(y_i − 10) − (1 − x_i)(0 − 10)|: i=2 (2,0): |30 − 10| = 20; i=3 (3,0): |30 − 20| = 10 → keep 2.
    const out = downsample([0, 1, 2, 3, 4], [0, 10, 0, 0, 0], 2, { method: 'lttb' });
    expect([...out.index]).toEqual([0, 1, 2, 4]);
  });

  it('property: first and last kept, indexes ascend, at most 4 × width points', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.constant(NaN)), {
          minLength: 3,
          maxLength: 1500,
        }),
        fc.integer({ min: 2, max: 200 }),
        (list, width) => {
          const out = downsample(range(list.length), list, width, { method: 'lttb' });
          expect(out.index[0]).toBe(0);
          expect(out.index[out.index.length - 1]).toBe(list.length - 1);
          for (let k = 1; k < out.index.length; k++) expect(out.index[k]!).toBeGreaterThan(out.index[k - 1]!);
          expect(out.index.length).toBeLessThanOrEqual(Math.max(list.length, 4 * width));
          // the buckets cover every interior index and each keeps its first NaN, so an interior gap always shows
          if (list.length > 2 * width && list.some(Number.isNaN) && list.slice(1, -1).some(Number.isNaN)) {
            expect([...out.ys].some(Number.isNaN)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('nearestIndex', () => {
  it.each([
    [[0, 10, 20], 14, 1],
    [[0, 10, 20], 16, 2],
    [[0, 10, 20], 15, 1], // tie → lower index
    [[0, 10, 20], -5, 0],
    [[0, 10, 20], 99, 2],
    [[5], 0, 0],
    [[], 3, -1],
  ])('nearestIndex(%j, %s) = %s', (xs, x, i) => {
    expect(nearestIndex(xs, x)).toBe(i);
  });

  it('property: agrees with a linear scan', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: -1200, max: 1200 }),
        (list, x) => {
          const xs = Float64Array.from(list.sort((a, b) => a - b));
          const i = nearestIndex(xs, x);
          const best = Math.min(...list.map((v) => Math.abs(v - x)));
          expect(Math.abs(xs[i]! - x)).toBe(best);
        },
      ),
    );
  });
});
