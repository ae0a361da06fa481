/** Vintage curves (账龄分析): delinquency per origination cohort and months on book. */
import type { Basis } from '../model/metrics.js';
import type { VintageRow } from '../model/rows.js';
import { KpiInputError } from './errors.js';
import type { VintageCurve } from './types.js';
import { checkAmount, checkAtMost, checkLabel, checkWhole, ratio } from './validate.js';
import { sortedEntries } from '../model/at.js';

/**
 * One curve per cohort (cohorts ascending, points by months-on-book ascending): delinquent balance ÷
 * originated amount (`basis: 'balance'`) or delinquent accounts ÷ originated accounts (`count`).
 * `rate` is null when the cohort originated nothing. Rows may come in any order. Bad rows (negative,
 * non-finite, non-integer `mob`, duplicate cohort × mob, more delinquent accounts than originated)
 * throw `KpiInputError`.
 * @example vintageCurves(rows, { basis: 'balance' })[0] // { cohort: '2024-01', points: [{ mob: 1, rate: 0.004, … }, …] }
 */
export function vintageCurves(rows: readonly VintageRow[], options: { basis: Basis }): VintageCurve[] {
  const count = options.basis === 'count';
  const cohorts = new Map<string, Map<number, { numerator: number; denominator: number }>>();
  rows.forEach((row, i) => {
    const cohort = checkLabel('vintage', i, 'cohort', row.cohort);
    const key = `cohort ${cohort}, mob ${String(row.mob)}`;
    const mob = checkWhole('vintage', i, key, 'mob', row.mob, 'a whole number of months');
    const oa = checkAmount('vintage', i, key, 'originatedAccounts', row.originatedAccounts);
    const om = checkAmount('vintage', i, key, 'originatedAmount', row.originatedAmount);
    const da = checkAmount('vintage', i, key, 'delinquentAccounts', row.delinquentAccounts);
    const db = checkAmount('vintage', i, key, 'delinquentBalance', row.delinquentBalance);
    checkAtMost('vintage', i, key, 'delinquentAccounts', da, 'originatedAccounts', oa);
    let points = cohorts.get(cohort);
    if (!points) cohorts.set(cohort, (points = new Map<number, { numerator: number; denominator: number }>()));
    if (points.has(mob))
      throw new KpiInputError(
        'duplicate',
        `vintage row ${i} (${key}): a second row for the same cohort and mob`,
        i,
        'mob',
      );
    points.set(mob, count ? { numerator: da, denominator: oa } : { numerator: db, denominator: om });
  });
  return sortedEntries(cohorts).map(([cohort, points]) => {
    return {
      cohort,
      points: [...points].sort(([a], [b]) => a - b).map(([mob, p]) => ({ mob, ...ratio(p.numerator, p.denominator) })),
    };
  });
}
