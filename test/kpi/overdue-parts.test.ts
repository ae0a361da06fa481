import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bucketIndex,
  DEFAULT_BUCKETS,
  downsample,
  downsampleRatioSeries,
  KpiInputError,
  overdueRateColumns,
  overdueRateParts,
  ratioSeriesAt,
  ratioSeriesDenominator,
  ratioSeriesExtent,
  ratioSeriesNumerator,
  resolveBucketSet,
} from '../../src/kpi/index.js';
import type { OverdueColumns } from '../../src/model/columns.js';

/**
 * The implementation overdueRateParts replaced (one pass per column, full columns of sums and rates),
 * kept here as the reference: rates, numerators, denominators and the first error must not change.
 */
function reference(
  columns: OverdueColumns,
  options: { buckets: readonly string[]; basis: 'count' | 'balance'; minDenominator?: number },
) {
  const config = DEFAULT_BUCKETS;
  const n = columns.times.length;
  const source = options.basis === 'count' ? columns.accounts : columns.balance;
  const field = options.basis === 'count' ? 'accounts' : 'balance';
  const sets = options.buckets.map(
    (bucket) => new Set(resolveBucketSet(bucket, config).map((code) => bucketIndex(code, config))),
  );
  const denominators = new Float64Array(n);
  const numerators = options.buckets.map(() => new Float64Array(n));
  columns.buckets.forEach((code, k) => {
    const b = bucketIndex(code, config);
    if (b < 0) throw new KpiInputError('unknown-bucket', `overdue columns: unknown bucket "${code}"`, null, 'buckets');
    const col = source[k];
    if (!col || col.length !== n)
      throw new KpiInputError(
        'missing',
        `overdue columns: ${field} of ${code} has ${col?.length ?? 0} values, expected ${n}`,
        null,
        field,
      );
    const targets = numerators.filter((_, j) => sets[j]!.has(b));
    for (let i = 0; i < n; i++) {
      const v = col[i]!;
      if (!(v >= 0) || v === Infinity) {
        throw new KpiInputError(
          Number.isFinite(v) ? 'negative' : 'not-finite',
          `overdue columns: ${field} of ${code} at index ${i} is ${v}, must be a finite number ≥ 0`,
          i,
          field,
        );
      }
      denominators[i] = denominators[i]! + v;
      for (const t of targets) t[i] = t[i]! + v;
    }
  });
  const min = options.minDenominator ?? 0;
  return numerators.map((nums) => ({
    ys: nums.map((v, i) => (denominators[i]! > 0 && denominators[i]! >= min ? v / denominators[i]! : NaN)),
    numerators: nums,
    denominators,
  }));
}

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (error) {
    return error;
  }
  return null;
};
const same = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  a.length === b.length && Array.prototype.every.call(a, (v: number, i: number) => Object.is(v, b[i]));

const codes = ['M0', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7+'];
const value = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 5000 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, -0, 0.5, 1e6) },
);
/** Columnar overdue data of 1–8 buckets (in any order, typed or plain arrays), long enough to be reduced. */
const data = fc
  .integer({ min: 1, max: 3000 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      buckets: fc.shuffledSubarray(codes, { minLength: 1 }),
      values: fc.array(fc.array(value, { minLength: n, maxLength: n }), { minLength: 8, maxLength: 8 }),
      typed: fc.boolean(),
      series: fc.shuffledSubarray(['M1', 'M2', 'M3', 'M4+', 'M1+', 'M7+', 'C'], { minLength: 1, maxLength: 4 }),
      basis: fc.constantFrom('count' as const, 'balance' as const),
      width: fc.integer({ min: 1, max: 300 }),
      minDenominator: fc.constantFrom(0, 0, 100),
    }),
  )
  .map((d) => {
    const column = (k: number) => (d.typed ? Float64Array.from(d.values[k]!) : d.values[k]!);
    const columns: OverdueColumns = {
      times: Float64Array.from({ length: d.n }, (_, i) => Date.UTC(2000, 0, 1) + i * 864e5),
      buckets: d.buckets,
      accounts: d.buckets.map((_, k) => column(k)),
      balance: d.buckets.map((_, k) => column(7 - k)),
    };
    return { ...d, columns, options: { buckets: d.series, basis: d.basis, minDenominator: d.minDenominator } };
  });

describe('overdueRateParts', () => {
  it('property: rates reduced for drawing equal the rate columns reduced by downsample, exactly', () => {
    fc.assert(
      fc.property(data, ({ columns, options, width }) => {
        const reduced = downsampleRatioSeries(overdueRateParts(columns, options), width);
        reference(columns, options).forEach((s, k) => {
          const expected = downsample(columns.times, s.ys, width);
          expect([...reduced[k]!.index]).toEqual([...expected.index]);
          expect(same(reduced[k]!.ys, expected.ys)).toBe(true);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('property: every rate, numerator and denominator (and overdueRateColumns) equals the reference', () => {
    fc.assert(
      fc.property(data, ({ n, columns, options }) => {
        const parts = overdueRateParts(columns, options);
        const cols = overdueRateColumns(columns, options);
        reference(columns, options).forEach((s, k) => {
          expect(
            same(cols[k]!.ys, s.ys) &&
              same(cols[k]!.numerators, s.numerators) &&
              same(cols[k]!.denominators, s.denominators),
          ).toBe(true);
          let wrong = -1;
          for (let i = 0; i < n && wrong < 0; i++) {
            const ok =
              Object.is(ratioSeriesAt(parts, k, i), s.ys[i]) &&
              Object.is(ratioSeriesNumerator(parts, k, i), s.numerators[i]) &&
              Object.is(ratioSeriesDenominator(parts, i), s.denominators[i]);
            if (!ok) wrong = i;
          }
          expect(wrong, 'first point whose rate, numerator or denominator differs').toBe(-1);
          const finite = [...s.ys].filter((v) => !Number.isNaN(v));
          expect(ratioSeriesExtent(parts, k)).toEqual(
            finite.length ? [Math.min(...finite), Math.max(...finite)] : null,
          );
        });
      }),
      { numRuns: 150 },
    );
  });

  it('property: bad values, codes and lengths throw the same first error as the reference', () => {
    const bad = fc.constantFrom(-1, -1e-9, NaN, Infinity, -Infinity);
    fc.assert(
      fc.property(
        data,
        fc.array(fc.record({ column: fc.nat(7), index: fc.nat(), value: bad }), { minLength: 1, maxLength: 3 }),
        fc.option(fc.record({ column: fc.nat(7), kind: fc.constantFrom('code', 'short') })),
        ({ n, columns, options }, injections, broken) => {
          const field = options.basis === 'count' ? 'accounts' : 'balance';
          const source = columns[field].map((col) => Array.from(col));
          for (const { column, index, value } of injections) source[column % source.length]![index % n] = value;
          const buckets = [...columns.buckets];
          if (broken && broken.kind === 'code') buckets[broken.column % buckets.length] = 'X9';
          if (broken && broken.kind === 'short') source[broken.column % source.length]!.pop();
          const spoiled = { ...columns, buckets, [field]: source };
          const described = (e: unknown) =>
            e instanceof KpiInputError
              ? { name: e.name, message: e.message, code: e.code, rowIndex: e.rowIndex, field: e.field }
              : e;
          const expected = described(thrown(() => reference(spoiled, options)));
          expect(expected).toMatchObject({ name: 'KpiInputError' });
          expect(described(thrown(() => overdueRateParts(spoiled, options)))).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('table: a bad value in any column of 1 to 8, at the first, a middle or the last point, throws what the reference throws', () => {
    const n = 5000; // more than one block of points
    for (let k = 1; k <= 8; k++) {
      for (let c = 0; c < k; c++) {
        for (const at of [0, 4097, n - 1]) {
          for (const v of [-1, NaN, Infinity, -Infinity]) {
            const balance = codes.slice(0, k).map(() => new Float64Array(n).fill(2));
            balance[c]![at] = v;
            const columns = {
              times: new Float64Array(n).map((_, i) => i),
              buckets: codes.slice(0, k),
              accounts: balance,
              balance,
            };
            const options = { buckets: ['M1+'], basis: 'balance' as const };
            const expected = thrown(() => reference(columns, options)) as KpiInputError;
            expect(expected.message).toBe(
              `overdue columns: balance of ${codes[c]} at index ${at} is ${v}, must be a finite number ≥ 0`,
            );
            expect(
              thrown(() => overdueRateParts(columns, options)),
              `${k} columns, column ${c}, point ${at}, ${v}`,
            ).toEqual(expected);
          }
        }
      }
    }
  });

  it('table: with no series requested, a bad value in the last two columns still throws what the reference throws', () => {
    const n = 5000;
    for (const c of [1, 2]) {
      const balance = codes.slice(0, 3).map(() => new Float64Array(n).fill(2));
      balance[c]![4100] = -1;
      const columns = {
        times: new Float64Array(n).map((_, i) => i),
        buckets: codes.slice(0, 3),
        accounts: balance,
        balance,
      };
      const options = { buckets: [], basis: 'balance' as const };
      const expected = thrown(() => reference(columns, options)) as KpiInputError;
      expect(expected.message).toBe(
        `overdue columns: balance of ${codes[c]} at index 4100 is -1, must be a finite number ≥ 0`,
      );
      expect(thrown(() => overdueRateParts(columns, options))).toEqual(expected);
    }
  });

  it('reads no column into a copy and keeps nothing of the series length but the summary', () => {
    const n = 100_000;
    const m1 = new Float64Array(n).fill(3);
    const m0 = new Float64Array(n).fill(97);
    const parts = overdueRateParts(
      {
        times: Float64Array.from({ length: n }, (_, i) => i),
        buckets: ['M0', 'M1'],
        accounts: [m0, m1],
        balance: [m0, m1],
      },
      { buckets: ['M1'], basis: 'balance' },
    );
    expect(parts.numerators[0]![0]).toBe(m1);
    expect(parts.denominators).toEqual([m0, m1]);
    expect(parts.blockLow[0]!.length).toBe(Math.ceil(n / 64));
    expect(ratioSeriesAt(parts, 0, 5)).toBe(0.03);
  });
});
