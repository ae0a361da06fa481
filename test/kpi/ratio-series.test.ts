import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createRatioSeries,
  downsample,
  downsampleRatioSeries,
  ratioSeries,
  ratioSeriesAt,
  ratioSeriesColumn,
  ratioSeriesDenominator,
  ratioSeriesExtent,
  ratioSeriesNumerator,
  summarizeRatioBlock,
  type Column,
  type Downsampled,
} from '../../src/kpi/index.js';

/** The plain way: columns of sums (column after column, from 0), then the ratio column. */
function reference(
  n: number,
  numerators: readonly (readonly Column[])[],
  denominators: readonly Column[],
  min: number,
) {
  const sum = (cols: readonly Column[]) => {
    const out = new Float64Array(n);
    for (const col of cols) for (let i = 0; i < n; i++) out[i] = out[i]! + col[i]!;
    return out;
  };
  const den = sum(denominators);
  return numerators.map((cols) => {
    const num = sum(cols);
    const ys = new Float64Array(n);
    for (let i = 0; i < n; i++) ys[i] = den[i]! > 0 && den[i]! >= min ? num[i]! / den[i]! : NaN;
    return { num, den, ys };
  });
}

/** Exact equality of two reductions: same indexes, same x and y bits (−0 ≠ 0, NaN = NaN). */
function expectSame(actual: Downsampled, expected: Downsampled): void {
  expect([...actual.index]).toEqual([...expected.index]);
  expect(bitsDiffer(actual.xs, expected.xs) || bitsDiffer(actual.ys, expected.ys)).toBe('');
}

function bitsDiffer(a: ArrayLike<number>, b: ArrayLike<number>): string {
  if (a.length !== b.length) return `${a.length} values instead of ${b.length}`;
  for (let i = 0; i < b.length; i++) if (!Object.is(a[i], b[i])) return `at ${i}: ${a[i]} instead of ${b[i]}`;
  return '';
}

/** Ascending xs with repeats and uneven steps (so pixel columns hold very different numbers of points). */
const ascending = (n: number) =>
  fc.array(fc.oneof(fc.constant(0), fc.nat(3), fc.nat(1000)), { minLength: n, maxLength: n }).map((steps) => {
    const xs = new Float64Array(steps.length);
    let x = 1e12;
    steps.forEach((s, i) => (xs[i] = x += s));
    return xs;
  });
/** Any value a column may hold, the awkward ones often. */
const value = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 1000 }) },
  { weight: 3, arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom(0, -0, NaN, Infinity, -Infinity, -1, 1e-320, 5e-324) },
);
const column = (n: number) => fc.array(value, { minLength: n, maxLength: n }).map((v) => Float64Array.from(v));

/** A pool of columns, the denominator = some of them, each series' numerator = some of them. */
const cases = fc
  .integer({ min: 0, max: 2000 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      xs: ascending(n),
      pool: fc.array(column(n), { minLength: 1, maxLength: 4 }),
      den: fc.array(fc.nat(3), { maxLength: 5 }),
      nums: fc.array(fc.array(fc.nat(3), { maxLength: 3 }), { minLength: 1, maxLength: 3 }),
      width: fc.integer({ min: 1, max: 200 }),
      min: fc.constantFrom(0, 0, 1, 50, -1, 1e-320, NaN),
    }),
  )
  .map((c) => ({
    ...c,
    denominators: c.den.map((j) => c.pool[j % c.pool.length]!),
    numerators: c.nums.map((list) => list.map((j) => c.pool[j % c.pool.length]!)),
  }));

/** Two summaries of the same points agree: block extremes and where each is first found, gaps, the first unsorted x, and what they downsample to. */
function expectSameSummary(
  r: ReturnType<typeof ratioSeries>,
  whole: ReturnType<typeof ratioSeries>,
  width: number,
): void {
  expect(r.blockLow).toEqual(whole.blockLow);
  expect(r.blockHigh).toEqual(whole.blockHigh);
  expect(r.blockLowAt).toEqual(whole.blockLowAt);
  expect(r.blockHighAt).toEqual(whole.blockHighAt);
  expect(r.blockGap).toEqual(whole.blockGap);
  expect(r.unsorted).toBe(whole.unsorted);
  expect(downsampleRatioSeries(r, width)).toEqual(downsampleRatioSeries(whole, width));
}

describe('ratio series: the same as columns of sums, then the ratio column, then downsample', () => {
  it('property: downsampleRatioSeries equals the ratio column reduced by downsample (minmax), exactly', () => {
    fc.assert(
      fc.property(cases, ({ n, xs, numerators, denominators, width, min }) => {
        const reduced = downsampleRatioSeries(ratioSeries(xs, numerators, denominators, min), width);
        reference(n, numerators, denominators, min).forEach(({ ys }, k) =>
          expectSame(reduced[k]!, downsample(xs, ys, width)),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('property: values, numerators, denominators, columns and extents equal the plain sums and ratios', () => {
    fc.assert(
      fc.property(cases, ({ n, xs, numerators, denominators, min }) => {
        const r = ratioSeries(xs, numerators, denominators, min);
        reference(n, numerators, denominators, min).forEach(({ num, den, ys }, k) => {
          expect(bitsDiffer(ratioSeriesColumn(r, k), ys)).toBe('');
          for (let i = 0; i < n; i += 7) {
            expect(Object.is(ratioSeriesAt(r, k, i), ys[i]), `value ${i}`).toBe(true);
            expect(Object.is(ratioSeriesNumerator(r, k, i), num[i]), `numerator ${i}`).toBe(true);
            expect(Object.is(ratioSeriesDenominator(r, i), den[i]), `denominator ${i}`).toBe(true);
          }
          let lo = Infinity,
            hi = -Infinity;
          for (const v of ys) {
            if (v < lo) lo = v;
            if (v > hi) hi = v;
          }
          const extent = ratioSeriesExtent(r, k);
          expect(extent === null ? '' : bitsDiffer(extent, [lo, hi])).toBe('');
          expect(extent === null).toBe(!(lo <= hi));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('property: a summary filled block by block (blocks of any multiple of 64) equals the one-shot one', () => {
    fc.assert(
      fc.property(cases, fc.integer({ min: 1, max: 20 }), ({ n, xs, numerators, denominators, width, min }, blocks) => {
        const whole = ratioSeries(xs, numerators, denominators, min);
        const r = createRatioSeries(xs, numerators, denominators, min);
        const ref = reference(n, numerators, denominators, min);
        for (let from = 0; from < n; from += 64 * blocks) {
          const to = Math.min(n, from + 64 * blocks);
          summarizeRatioBlock(
            r,
            from,
            to,
            ref[0]!.den.subarray(from, to),
            ref.map((s) => s.num.subarray(from, to)),
          );
        }
        expectSameSummary(r, whole, width);
      }),
      { numRuns: 100 },
    );
  });

  it('property: a summary given the last two denominator columns (checked and added in its pass) equals one given all the sums, or says false at a bad value', () => {
    fc.assert(
      fc.property(cases, fc.integer({ min: 1, max: 20 }), ({ n, xs, numerators, denominators, width, min }, blocks) => {
        fc.pre(denominators.length >= 2);
        const whole = ratioSeries(xs, numerators, denominators, min);
        const r = createRatioSeries(xs, numerators, denominators, min);
        const ref = reference(n, numerators, denominators, min);
        const headSums = (from: number, to: number) => {
          const out = new Float64Array(to - from);
          for (const col of denominators.slice(0, -2))
            for (let i = from; i < to; i++) out[i - from] = out[i - from]! + col[i]!;
          return out;
        };
        const good = (v: number) => v >= 0 && v < Infinity;
        const bad = [denominators.at(-2)!, denominators.at(-1)!].some((col) => Array.from(col).some((v) => !good(v)));
        let ok = true;
        for (let from = 0; from < n && ok; from += 64 * blocks) {
          const to = Math.min(n, from + 64 * blocks);
          ok = summarizeRatioBlock(
            r,
            from,
            to,
            headSums(from, to),
            ref.map((s) => s.num.subarray(from, to)),
            [denominators.at(-2)!, denominators.at(-1)!],
          );
        }
        // false exactly when a last column holds a value that is not finite or is < 0 (every point is read)
        expect(ok).toBe(!bad);
        if (!ok) return;
        expectSameSummary(r, whole, width);
      }),
      { numRuns: 150 },
    );
  });

  it('property: ties — blocks holding their minimum or maximum several times keep the first, in the summary and in the reduction, as downsample does', () => {
    // A few distinct values (gaps and ±∞ among them), so that nearly every block holds its extremes several times.
    const few = (n: number) =>
      fc
        .array(fc.constantFrom(1, 2, 2, 3, 3, 3, NaN, Infinity), { minLength: n, maxLength: n })
        .map((v) => Float64Array.from(v));
    const tied = fc.integer({ min: 0, max: 3000 }).chain((n) =>
      fc.record({
        xs: ascending(n),
        nums: fc.array(few(n), { minLength: 1, maxLength: 3 }),
        den: fc
          .array(fc.constantFrom(4, 4, 4, 0, 5e-324), { minLength: n, maxLength: n })
          .map((v) => Float64Array.from(v)),
        width: fc.integer({ min: 1, max: 60 }),
      }),
    );
    fc.assert(
      fc.property(tied, ({ xs, nums, den, width }) => {
        const n = xs.length;
        const r = ratioSeries(
          xs,
          nums.map((num) => [num]),
          [den],
        );
        const refs = reference(
          n,
          nums.map((num) => [num]),
          [den],
          0,
        );
        refs.forEach(({ ys }, k) => {
          // where each block's extremes are first found: a scan of the ratio column
          for (let j = 0; j * 64 < n; j++) {
            let low = -1,
              high = -1;
            for (let i = j * 64; i < Math.min(n, j * 64 + 64); i++) {
              if (low < 0 && ys[i] === r.blockLow[k]![j]) low = i;
              if (high < 0 && ys[i] === r.blockHigh[k]![j]) high = i;
            }
            expect([r.blockLowAt[k]![j], r.blockHighAt[k]![j]], `series ${k} block ${j}`).toEqual([low, high]);
          }
          expectSame(downsampleRatioSeries(r, width)[k]!, downsample(xs, ys, width));
        });
      }),
      { numRuns: 150 },
    );
  });

  it('property: any x (descending, repeated, NaN, ±∞ anywhere): the same result or the same error as downsample', () => {
    const xValue = fc.oneof(
      { weight: 200, arbitrary: fc.constant(0) },
      { weight: 1, arbitrary: fc.constantFrom(NaN, -Infinity, Infinity, -5) },
    );
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 1500 })
          .chain((n) => fc.tuple(fc.array(xValue, { minLength: n, maxLength: n }), column(n), column(n))),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 4 }),
        ([steps, num, den], width, blocks) => {
          // ascending but for the odd NaN, ±∞ or step back
          const xs = new Float64Array(steps.length);
          let x = 0;
          steps.forEach((s, i) => (xs[i] = s === 0 ? (x += 1) : s === -5 ? (x -= 5) : s));
          const outcome = (f: () => unknown) => {
            try {
              return f();
            } catch (error) {
              return { error: String(error), ...(error as object) };
            }
          };
          const [expected] = reference(xs.length, [[num]], [den], 0);
          // summarised in one go and block by block (the check runs across block edges)
          const r = createRatioSeries(xs, [[num]], [den]);
          for (let from = 0; from < xs.length; from += 64 * blocks) {
            const to = Math.min(xs.length, from + 64 * blocks);
            summarizeRatioBlock(r, from, to, expected!.den.subarray(from, to), [undefined]);
          }
          const want = outcome(() => downsample(xs, expected!.ys, width));
          expect(outcome(() => downsampleRatioSeries(ratioSeries(xs, [[num]], [den]), width)[0])).toEqual(want);
          expect(outcome(() => downsampleRatioSeries(r, width)[0])).toEqual(want);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps a one-point spike among 100,000 points, and the first of equal extremes', () => {
    const n = 100_000;
    const xs = Float64Array.from({ length: n }, (_, i) => i);
    const den = new Float64Array(n).fill(100);
    const num = new Float64Array(n).fill(3);
    num[54_321] = 50;
    num[70_000] = 1;
    num[70_001] = 1; // a tie: the first one is kept
    const r = ratioSeries(xs, [[num]], [den]);
    const [out] = downsampleRatioSeries(r, 100);
    expect(out!.xs.length).toBeLessThanOrEqual(400);
    expect([...out!.index]).toContain(54_321);
    expect([...out!.index]).toContain(70_000);
    expect([...out!.index]).not.toContain(70_001);
    expect(Math.max(...out!.ys)).toBe(0.5);
    expect(ratioSeriesExtent(r, 0)).toEqual([0.01, 0.5]);
  });

  it('table: blocks of only +∞, only −∞, only NaN or mixed reduce as downsample reduces their ratio column', () => {
    const n = 1000;
    const xs = Float64Array.from({ length: n }, (_, i) => i);
    const fill = (f: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => f(i));
    const table: [string, Float64Array, Float64Array][] = [
      ['all +∞', fill(() => 1), fill(() => 5e-324)],
      ['all −∞', fill(() => -1), fill(() => 5e-324)],
      ['all NaN', fill(() => 1), fill(() => 0)],
      ['+∞ then values', fill((i) => (i < 500 ? 1 : i % 7)), fill((i) => (i < 500 ? 5e-324 : 10))],
      ['±∞ and gaps in turn', fill((i) => [1, -1, 1, 3][i % 4]!), fill((i) => [5e-324, 5e-324, 0, 10][i % 4]!)],
      ['zeros of both signs', fill((i) => (i % 3 ? 0 : -0)), fill(() => 4)],
    ];
    for (const [name, num, den] of table) {
      const [ys] = reference(n, [[num]], [den], 0).map((s) => s.ys);
      for (const width of [3, 10, 64, 100])
        expectSame(downsampleRatioSeries(ratioSeries(xs, [[num]], [den]), width)[0]!, downsample(xs, ys!, width));
      let lo = Infinity,
        hi = -Infinity;
      for (const v of ys!) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      expect(ratioSeriesExtent(ratioSeries(xs, [[num]], [den]), 0), name).toEqual(lo <= hi ? [lo, hi] : null);
    }
  });

  it('table: one point, numerator and denominator as sums of columns', () => {
    const table: { nums: number[]; dens: number[]; min: number; value: number }[] = [
      { nums: [1], dens: [4], min: 0, value: 0.25 },
      { nums: [1, 2], dens: [4, 2], min: 0, value: 0.5 },
      { nums: [], dens: [4], min: 0, value: 0 },
      { nums: [1], dens: [], min: 0, value: NaN },
      { nums: [1], dens: [0], min: 0, value: NaN },
      { nums: [1], dens: [4], min: 5, value: NaN },
      { nums: [1], dens: [5], min: 5, value: 0.2 },
      { nums: [-0], dens: [4], min: 0, value: 0 }, // 0 + −0 = 0: never −0
      { nums: [1], dens: [5e-324], min: 0, value: Infinity },
      { nums: [NaN], dens: [4], min: 0, value: NaN },
    ];
    for (const { nums, dens, min, value } of table) {
      const r = ratioSeries(
        [0],
        [nums.map((v) => [v])],
        dens.map((v) => [v]),
        min,
      );
      expect(Object.is(ratioSeriesAt(r, 0, 0), value), `${nums.join(',')}/${dens.join(',')} (min ${min})`).toBe(true);
    }
  });

  it('long series with a descending or NaN x throw as downsample does; short ones come back whole', () => {
    const xs = Float64Array.from({ length: 500 }, (_, i) => i);
    const num = new Float64Array(500).fill(1);
    const den = new Float64Array(500).fill(2);
    xs[300] = 10;
    const thrown = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error;
      }
      return null;
    };
    const expected = thrown(() => downsample(xs, new Float64Array(500).fill(0.5), 10));
    expect(expected).toMatchObject({ code: 'unsorted', rowIndex: 300, field: 'xs' });
    expect(thrown(() => downsampleRatioSeries(ratioSeries(xs, [[num]], [den]), 10))).toEqual(expected);
    expect(downsampleRatioSeries(ratioSeries(xs, [[num]], [den]), 250)[0]!.xs.length).toBe(500);
    xs[300] = NaN;
    expect(() => downsampleRatioSeries(ratioSeries(xs, [[num]], [den]), 10)).toThrow(/xs\[300\] is NaN/);
    // at the edge of a summarised block: x of the block before is compared too
    xs[300] = 300;
    for (const [at, x] of [
      [128, 100],
      [192, -Infinity],
    ] as const) {
      const ys = Float64Array.from(xs, (_, i) => (i === at ? x : i));
      const r = createRatioSeries(ys, [[num]], [den]);
      for (let from = 0; from < 500; from += 64)
        summarizeRatioBlock(r, from, Math.min(500, from + 64), den.subarray(from, from + 64), [undefined]);
      expect(thrown(() => downsampleRatioSeries(r, 10))).toEqual(
        thrown(() => downsample(ys, new Float64Array(500).fill(0.5), 10)),
      );
      expect(r.unsorted).toBe(at);
    }
  });

  it('an infinite x throws the same error from both reductions (found by a random seed: −∞ first, 64 gaps after it, width 1)', () => {
    const thrown = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error;
      }
      return null;
    };
    const n = 65;
    const xs = Float64Array.from({ length: n }, (_, i) => (i === 0 ? -Infinity : i));
    const zeros = new Float64Array(n);
    const expected = thrown(() => downsample(xs, new Float64Array(n).fill(NaN), 1));
    expect(expected).toMatchObject({
      code: 'unsorted',
      rowIndex: 0,
      field: 'xs',
      message: 'downsample: xs[0] is -Infinity; xs must be finite (and not be NaN)',
    });
    expect(thrown(() => downsampleRatioSeries(ratioSeries(xs, [[zeros]], [zeros]), 1))).toEqual(expected);
    xs[0] = 0;
    xs[64] = Infinity;
    expect(thrown(() => downsampleRatioSeries(ratioSeries(xs, [[zeros]], [zeros]), 1))).toMatchObject({ rowIndex: 64 });
  });

  it('columns of another length, or a summary out of order, throw', () => {
    expect(() => ratioSeries([0, 1, 2], [[[1, 2]]], [[1, 1, 1]])).toThrow(expect.objectContaining({ code: 'invalid' }));
    const r = createRatioSeries(new Float64Array(200), [[new Float64Array(200)]], [new Float64Array(200)]);
    const block = new Float64Array(200);
    expect(() => summarizeRatioBlock(r, 64, 128, block, [block])).toThrow(/summary/);
    summarizeRatioBlock(r, 0, 100, block, [block]);
    expect(() => downsampleRatioSeries(r, 10)).toThrow(/100 of 200 points/);
  });
});
