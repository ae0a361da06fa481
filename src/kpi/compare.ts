/** Period-over-period comparison: rates in percentage points, amounts in percent (DESIGN.md). */
import { KpiInputError } from './errors.js';
import { labelInterval, samePeriodLastYear, seriesInterval, shiftPeriod } from './periods.js';
import type { CompareOptions, PeriodComparison, SeriesValue } from './types.js';
import { checkLabel } from './validate.js';
import { at, must } from '../model/at.js';

/**
 * Compares every value of a series with the previous period or the same period last year. Periods are
 * calendar periods (`YYYY-MM`, `YYYY-Qn`, `YYYY`, `YYYY-Www`, `YYYY-MM-DD` days — or weeks when the
 * labels are 7 days apart or `interval: 'week'`): the comparison period is computed, not "the previous
 * row", so a missing month gives null rather than a two-month delta. Labels of another shape compare
 * with the previous label in sorted order (`previous-period`) and throw for `same-period-last-year`.
 * The series is sorted by period (any input order is fine); a duplicate period throws `duplicate`.
 * `kind: 'rate'` (per value or in the options) gives `deltaPoints` = value − compareValue (0.007 =
 * +0.7 pp); `kind: 'amount'` (default) gives `deltaPercent` = (value − compareValue) ÷ |compareValue|
 * (0.2 = +20 %, null when compareValue is 0 or so small the ratio overflows). Null values or no comparison period give null deltas.
 * @example comparePeriods([{ period: '2024-01', value: 0.031 }, { period: '2024-02', value: 0.035 }], { compare: 'previous-period', kind: 'rate' })[1].deltaPoints // 0.004
 */
export function comparePeriods(series: readonly SeriesValue[], options: CompareOptions): PeriodComparison[] {
  const byPeriod = new Map<string, SeriesValue>();
  series.forEach((s, i) => {
    const period = checkLabel('series', i, 'period', s.period);
    if (byPeriod.has(period))
      throw new KpiInputError(
        'duplicate',
        `series row ${i} (period ${period}): a second value for the same period`,
        i,
        'period',
      );
    if (s.value !== null && (typeof s.value !== 'number' || !Number.isFinite(s.value))) {
      throw new KpiInputError(
        'not-finite',
        `series row ${i} (period ${period}): value is ${String(s.value)}, must be a finite number or null`,
        i,
        'value',
      );
    }
    byPeriod.set(period, s);
  });
  const periods = [...byPeriod.keys()].sort();
  const interval = options.interval ?? seriesInterval(periods);
  return periods.map((period, k) => {
    const s = must(byPeriod.get(period), `period ${period}`);
    const kind = s.kind ?? options.kind ?? 'amount';
    let comparePeriod: string | null;
    if (!labelInterval(period)) {
      if (options.compare === 'same-period-last-year') {
        throw new KpiInputError(
          'invalid',
          `series row (period ${period}): not a period label (YYYY, YYYY-Qn, YYYY-MM, YYYY-Www, YYYY-MM-DD), so last year is unknown`,
          null,
          'period',
        );
      }
      comparePeriod = k > 0 ? at(periods, k - 1) : null;
    } else {
      comparePeriod =
        options.compare === 'previous-period'
          ? shiftPeriod(period, -1, interval ?? undefined)
          : samePeriodLastYear(period, interval ?? undefined);
    }
    const other = comparePeriod === null ? undefined : byPeriod.get(comparePeriod);
    const compareValue = other?.value ?? null;
    const value = s.value;
    const delta = value !== null && compareValue !== null ? value - compareValue : null;
    const relative =
      kind === 'amount' && delta !== null && compareValue !== null && compareValue !== 0
        ? delta / Math.abs(compareValue)
        : null;
    return {
      period,
      value,
      kind,
      comparePeriod: other ? comparePeriod : null,
      compareValue,
      delta,
      deltaPoints: kind === 'rate' ? delta : null,
      deltaPercent: relative !== null && Number.isFinite(relative) ? relative : null,
    };
  });
}
