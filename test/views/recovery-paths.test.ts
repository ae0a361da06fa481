// The recovery-curves data path (recoveryCurves → recoverySeries → emphasiseLatest) was rewritten for speed
// (issue 20): inline row checks that name the row only when one fails, columns written straight from the
// curve points, one map lookup per point in the pooled average. These tests pin that nothing else changed:
// the code before the rewrite is kept below verbatim as the reference, and random inputs (valid and not)
// must give the same curves, series and average bit for bit (−0 and NaN included), or the same error.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KpiInputError, projectRecovery, recoveryCurves } from '../../src/kpi/index.js';
import { checkAmount, checkLabel, checkWhole, divide } from '../../src/kpi/validate.js';
import type { RecoveryCurve, RecoveryOptions, RecoveryPoint } from '../../src/kpi/types.js';
import { sortedEntries } from '../../src/model/at.js';
import type { RecoveryRow } from '../../src/model/rows.js';
import { AVERAGE_KEY, emphasiseLatest } from '../../src/views/cohort-emphasis.js';
import { rateSeries, type PointSeries } from '../../src/views/point-series.js';
import { recoverySeries, type RecoverySeries, type RecoverySeriesOptions } from '../../src/views/recovery-series.js';

// ── the reference: the code before the rewrite ─────────────────────────────────────────────────────

const MAX_MONTH = 1200;

function oldRecoveryCurves(rows: readonly RecoveryRow[], options: RecoveryOptions): RecoveryCurve[] {
  const cohorts = new Map<string, { chargedOff: number; first: number; months: Map<number, number> }>();
  rows.forEach((row, i) => {
    const cohort = checkLabel('recovery', i, 'cohort', row.cohort);
    const key = `cohort ${cohort}, month ${String(row.month)}`;
    const month = checkWhole('recovery', i, key, 'month', row.month);
    if (month > MAX_MONTH)
      throw new KpiInputError(
        'invalid',
        `recovery row ${i} (${key}): month is ${month}, more than ${MAX_MONTH} months (100 years) since charge-off`,
        i,
        'month',
      );
    const chargedOff = checkAmount('recovery', i, key, 'chargedOff', row.chargedOff);
    const recovered = checkAmount('recovery', i, key, 'recovered', row.recovered);
    const fees = checkAmount('recovery', i, key, 'fees', row.fees);
    let c = cohorts.get(cohort);
    if (!c) cohorts.set(cohort, (c = { chargedOff, first: i, months: new Map() }));
    if (c.chargedOff !== chargedOff) {
      throw new KpiInputError(
        'inconsistent',
        `recovery row ${i} (${key}): chargedOff is ${chargedOff}, but row ${c.first} of the cohort says ${c.chargedOff}`,
        i,
        'chargedOff',
      );
    }
    if (c.months.has(month))
      throw new KpiInputError(
        'duplicate',
        `recovery row ${i} (${key}): a second row for the same cohort and month`,
        i,
        'month',
      );
    c.months.set(month, options.net ? recovered - fees : recovered);
  });
  return sortedEntries(cohorts).map(([cohort, c]) => {
    const months = [...c.months.keys()];
    const lo = Math.min(...months);
    const hi = Math.max(...months);
    const points: RecoveryPoint[] = [];
    let cumulative = 0;
    for (let m = lo; m <= hi; m++) {
      cumulative += c.months.get(m) ?? 0;
      points.push({ month: m, cumulative, rate: divide(cumulative, c.chargedOff), projected: false });
    }
    return { cohort, chargedOff: c.chargedOff, points };
  });
}

function oldRecoverySeries(rows: readonly RecoveryRow[], options: RecoverySeriesOptions): RecoverySeries[] {
  let curves = oldRecoveryCurves(rows, { net: options.net });
  if (options.projection) curves = projectRecovery(curves, { horizon: options.maxMonths }).curves;
  return curves.map((c) => {
    const points = c.points.filter((p) => p.month <= options.maxMonths);
    const s: RecoverySeries = {
      ...rateSeries(c.cohort, c.cohort, points, (p) => ({
        x: p.month,
        label: String(p.month),
        ratio: { numerator: p.cumulative, denominator: c.chargedOff, rate: p.rate },
      })),
      chargedOff: c.chargedOff,
    };
    const first = points.findIndex((p) => p.projected);
    if (first >= 0) s.projectedFrom = first;
    return s;
  });
}

function oldPooledAverage(series: readonly PointSeries[], label: string): PointSeries {
  const sums = new Map<number, { num: number; den: number; label: string }>();
  for (const s of series) {
    const end = s.projectedFrom ?? s.xs.length;
    for (let i = 0; i < Math.min(end, s.xs.length); i++) {
      const x = s.xs[i] ?? NaN;
      const num = s.numerators[i] ?? NaN;
      const den = s.denominators[i] ?? NaN;
      if (!Number.isFinite(x) || !Number.isFinite(num) || !(den > 0) || !Number.isFinite(s.ys[i] ?? NaN)) continue;
      const sum = sums.get(x) ?? { num: 0, den: 0, label: s.labels[i] ?? String(x) };
      sum.num += num;
      sum.den += den;
      sums.set(x, sum);
    }
  }
  const xs = [...sums.keys()].sort((a, b) => a - b);
  const at = (x: number) => sums.get(x) ?? { num: NaN, den: NaN, label: '' };
  return {
    key: AVERAGE_KEY,
    label,
    tone: 'reference',
    xs: Float64Array.from(xs),
    ys: Float64Array.from(xs, (x) => at(x).num / at(x).den),
    labels: xs.map((x) => at(x).label),
    numerators: Float64Array.from(xs, (x) => at(x).num),
    denominators: Float64Array.from(xs, (x) => at(x).den),
  };
}

function oldEmphasiseLatest(
  series: readonly PointSeries[],
  options: { latest: number; averageLabel: string },
): PointSeries[] {
  const latest = Math.floor(options.latest);
  if (!(latest > 0) || series.length <= 7) return [...series];
  const first = Math.max(0, series.length - latest);
  const out: PointSeries[] = series.map((s, i) =>
    i < first ? { ...s, tone: 'context' } : { ...s, colorIndex: series.length - 1 - i },
  );
  const average = oldPooledAverage(series, options.averageLabel);
  if (average.xs.length) out.push(average);
  return out;
}

// ── comparing bit for bit ──────────────────────────────────────────────────────────────────────────

/**
 * A value with every number spelt out exactly (−0 apart from 0, NaN as text) and typed arrays marked as such,
 * keys in their order: two results are the same when their `exact` forms are strictly equal.
 */
function exact(value: unknown): unknown {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : Number.isNaN(value) ? 'NaN' : value;
  if (value instanceof Float64Array) return { Float64Array: Array.from(value, exact) };
  if (Array.isArray(value)) return { array: Array.from(value, exact), holes: value.length - Object.keys(value).length };
  if (value && typeof value === 'object')
    return Object.entries(value).map(([k, v]) => [k, v === undefined ? 'undefined' : exact(v)]);
  return value;
}

/** The result of `f`, or the error it threw with everything a caller can read of it. */
function outcome(f: () => unknown): unknown {
  try {
    return { value: exact(f()) };
  } catch (e) {
    if (!(e instanceof KpiInputError)) throw e;
    return { error: [e.name, e.code, e.message, e.rowIndex, e.field] };
  }
}

// ── random rows, valid and not ─────────────────────────────────────────────────────────────────────

const badNumber = fc.constantFrom<unknown>(-1, -0.5, NaN, Infinity, -Infinity, '3', null, undefined);
const amount = fc.oneof(
  { weight: 30, arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true }) },
  { weight: 3, arbitrary: fc.constantFrom(0, -0, 0.1, 0.2, 1e-300, 1e300) },
  { weight: 1, arbitrary: badNumber },
);
const month = fc.oneof(
  { weight: 30, arbitrary: fc.nat({ max: 14 }) },
  { weight: 2, arbitrary: fc.constantFrom(-0, 1199, 1200) },
  { weight: 1, arbitrary: fc.oneof(badNumber, fc.constantFrom<unknown>(1.5, 1201, 1e9)) },
);
const cohortLabel = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom('2024-01', '2024-02', '2023-12', 'b', 'a') },
  { weight: 1, arbitrary: fc.constantFrom<unknown>('', null, 7, undefined) },
);
/** Rows whose chargedOff is mostly the cohort's own (so that most row sets are valid), sometimes another. */
const rowsArb = fc
  .tuple(
    fc.array(
      fc.record({
        cohort: cohortLabel,
        month,
        recovered: amount,
        fees: amount,
        chargedOff: fc.oneof({ weight: 40, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: amount }),
      }),
      { maxLength: 40 },
    ),
    fc.constantFrom(0, 1e6, 333.3),
  )
  .map(([rows, base]) =>
    rows.map((r) => ({ ...r, chargedOff: r.chargedOff ?? base + String(r.cohort).length })),
  ) as fc.Arbitrary<RecoveryRow[]>;
/** Valid rows only: one row per cohort × month, months in any order, with gaps. */
const validRowsArb = fc
  .tuple(
    fc.uniqueArray(fc.tuple(fc.constantFrom('2024-01', '2024-02', '2023-12', 'x'), fc.nat({ max: 30 })), {
      selector: ([c, m]) => `${c} ${m}`,
      maxLength: 60,
    }),
    fc.array(fc.tuple(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e5, noNaN: true })), {
      minLength: 60,
      maxLength: 60,
    }),
    fc.constantFrom(0, 1e6, 0.3),
  )
  .map(([keys, amounts, chargedOff]) =>
    keys.map(([cohort, m], i) => ({ cohort, month: m, chargedOff, recovered: amounts[i]![0], fees: amounts[i]![1] })),
  );

/** Options of the element; a `maxMonths` of NaN draws nothing, or throws with `projection` (not a horizon). */
const seriesOptions = (maxMonths = fc.constantFrom(0, 5, 12, 30, 59, NaN)) =>
  fc.record({ net: fc.boolean(), maxMonths, projection: fc.boolean() });

describe('recoveryCurves is the same as before the rewrite', () => {
  it('on random rows, valid or not: the same curves bit for bit, or the same error (code, message, row, field)', () => {
    fc.assert(
      fc.property(rowsArb, fc.boolean(), (rows, net) => {
        expect(outcome(() => recoveryCurves(rows, { net }))).toStrictEqual(
          outcome(() => oldRecoveryCurves(rows, { net })),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('on random valid rows: the same curves bit for bit', () => {
    fc.assert(
      fc.property(validRowsArb, fc.boolean(), (rows, net) => {
        const curves = outcome(() => recoveryCurves(rows, { net }));
        expect(curves).toHaveProperty('value');
        expect(curves).toStrictEqual(outcome(() => oldRecoveryCurves(rows, { net })));
      }),
    );
  });

  const ok: RecoveryRow = { cohort: '2024-01', month: 2, chargedOff: 100, recovered: 5, fees: 1 };
  const bad = (patch: Record<string, unknown>): RecoveryRow => ({ ...ok, ...patch });
  it.each<[string, RecoveryRow[], string, number, string]>([
    ['an empty cohort', [ok, bad({ cohort: '' })], 'missing', 1, 'cohort'],
    ['a cohort that is not a string', [bad({ cohort: 7 })], 'missing', 0, 'cohort'],
    ['a negative month', [bad({ month: -1 })], 'negative', 0, 'month'],
    ['a month of NaN', [bad({ month: NaN })], 'not-finite', 0, 'month'],
    ['a month given as text', [bad({ month: '2' })], 'not-finite', 0, 'month'],
    ['a fractional month', [bad({ month: 1.5 })], 'invalid', 0, 'month'],
    ['a month past 100 years', [bad({ month: 1201 })], 'invalid', 0, 'month'],
    ['an infinite chargedOff', [bad({ chargedOff: Infinity })], 'not-finite', 0, 'chargedOff'],
    ['a negative recovered', [bad({ recovered: -5 })], 'negative', 0, 'recovered'],
    ['missing fees', [bad({ fees: undefined })], 'not-finite', 0, 'fees'],
    [
      'the first failing field of a row (cohort before month)',
      [bad({ cohort: '', month: -1 })],
      'missing',
      0,
      'cohort',
    ],
    ['the first failing field of a row (month before amounts)', [bad({ month: 1.5, fees: -1 })], 'invalid', 0, 'month'],
    [
      'the first failing field of a row (chargedOff, recovered, fees)',
      [bad({ recovered: NaN, fees: -1 })],
      'not-finite',
      0,
      'recovered',
    ],
    [
      'a chargedOff unlike the cohort’s first row',
      [ok, bad({ month: 3, chargedOff: 99 })],
      'inconsistent',
      1,
      'chargedOff',
    ],
    ['a second row for a month', [ok, bad({ recovered: 7 })], 'duplicate', 1, 'month'],
    ['a month of −0 after one of 0', [bad({ month: 0 }), bad({ month: -0 })], 'duplicate', 1, 'month'],
    ['the first bad row, not a later one', [ok, ok, bad({ fees: -1 })], 'duplicate', 1, 'month'],
  ])('rejects %s as before', (_, rows, code, rowIndex, field) => {
    const before = outcome(() => oldRecoveryCurves(rows, { net: true }));
    expect(before).toMatchObject({ error: ['KpiInputError', code, expect.any(String), rowIndex, field] });
    expect(outcome(() => recoveryCurves(rows, { net: true }))).toStrictEqual(before);
  });

  it('starts a curve whose first month is −0 at month 0, as before', () => {
    const rows = [
      { ...ok, month: -0 },
      { ...ok, month: 1 },
    ];
    expect(Object.is(recoveryCurves(rows, { net: false })[0]!.points[0]!.month, 0)).toBe(true);
    expect(outcome(() => recoveryCurves(rows, { net: false }))).toStrictEqual(
      outcome(() => oldRecoveryCurves(rows, { net: false })),
    );
  });

  it('skips the holes of a sparse row array, as before', () => {
    const rows: RecoveryRow[] = [ok];
    rows[3] = { ...ok, month: 4 };
    expect(outcome(() => recoveryCurves(rows, { net: true }))).toStrictEqual(
      outcome(() => oldRecoveryCurves(rows, { net: true })),
    );
  });
});

describe('recoverySeries is the same as before the rewrite', () => {
  it('on random rows and options: the same series bit for bit (columns, labels, projectedFrom), or the same error', () => {
    fc.assert(
      fc.property(rowsArb, seriesOptions(), (rows, options) => {
        expect(outcome(() => recoverySeries(rows, options))).toStrictEqual(
          outcome(() => oldRecoverySeries(rows, options)),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('on random valid rows, projected or not: the same series bit for bit', () => {
    fc.assert(
      fc.property(validRowsArb, seriesOptions(fc.constantFrom(0, 5, 12, 30, 59)), (rows, options) => {
        const series = outcome(() => recoverySeries(rows, options));
        expect(series).toHaveProperty('value');
        expect(series).toStrictEqual(outcome(() => oldRecoverySeries(rows, options)));
      }),
    );
  });

  it('on the chart harness’s shape (12 cohorts × 60 months, projected to 59): the same series', () => {
    const rows: RecoveryRow[] = [];
    for (let c = 0; c < 12; c++)
      for (let m = 0; m < 60 - 3 * c; m++)
        rows.push({
          cohort: `2021-${String(c + 1).padStart(2, '0')}`,
          month: m,
          chargedOff: 1e6,
          recovered: 1e6 / (m + 7 + c),
          fees: m % 5,
        });
    for (const options of [
      { net: false, maxMonths: 59, projection: false },
      { net: true, maxMonths: 59, projection: true },
    ]) {
      const series = recoverySeries(rows, options);
      expect(series).toHaveLength(12);
      expect(exact(series)).toStrictEqual(exact(oldRecoverySeries(rows, options)));
      expect(exact(emphasiseLatest(series, { latest: 3, averageLabel: 'avg' }))).toStrictEqual(
        exact(oldEmphasiseLatest(series, { latest: 3, averageLabel: 'avg' })),
      );
    }
  });
});

describe('emphasiseLatest (pooled average) is the same as before the rewrite', () => {
  /** A series with xs from a small set (so that series share some x and not others), odd values included. */
  const value = fc.oneof(
    { weight: 20, arbitrary: fc.double({ min: -10, max: 1e6, noNaN: true }) },
    { weight: 2, arbitrary: fc.constantFrom(0, -0, 0.1, 0.2, 0.7) },
    { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity) },
  );
  const seriesArb = fc
    .array(fc.tuple(fc.oneof(fc.nat({ max: 12 }), fc.constantFrom(-0, 0.5, NaN)), value, value, value), {
      maxLength: 14,
    })
    .chain((points) =>
      fc.record({
        points: fc.constant(points),
        projectedFrom: fc.option(fc.integer({ min: -1, max: 16 }), { freq: 3 }),
        labels: fc.boolean(),
      }),
    )
    .map(({ points, projectedFrom, labels }): PointSeries => ({
      key: `k${points.length}`,
      label: 'cohort',
      xs: Float64Array.from(points, ([x]) => x),
      ys: Float64Array.from(points, ([, y]) => y),
      // Labels shorter than the points now and then: the average falls back to the x as text.
      labels: points.slice(0, labels ? points.length : 2).map(([x], i) => `m${x}/${i}`),
      numerators: Float64Array.from(points, ([, , n]) => n),
      denominators: Float64Array.from(points, ([, , , d]) => d),
      ...(projectedFrom === null ? {} : { projectedFrom }),
    }));

  it('on random series: the same output bit for bit, the average summed in the same order', () => {
    fc.assert(
      fc.property(fc.array(seriesArb, { maxLength: 12 }), fc.constantFrom(0, 1, 3, 2.5, 20), (series, latest) => {
        const options = { latest, averageLabel: 'Average' };
        expect(exact(emphasiseLatest(series, options))).toStrictEqual(exact(oldEmphasiseLatest(series, options)));
      }),
      { numRuns: 1000 },
    );
  });
});
