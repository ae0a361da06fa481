/** Recovery curves (回收率曲线) after charge-off, gross or net of fees, and chain-ladder projection. */
import type { RecoveryRow } from '../model/rows.js';
import { KpiInputError } from './errors.js';
import type { DevelopmentFactor, RecoveryCurve, RecoveryOptions, RecoveryPoint, RecoveryProjection } from './types.js';
import { checkAmount, checkLabel, checkWhole, divide } from './validate.js';
import { sortedEntries } from '../model/at.js';

/** Largest month since charge-off a row may have: curves are filled month by month from the first to the last. */
const MAX_MONTH = 1200;

/** A cohort met so far: its charged-off balance, its first row, and its recovery by month (holes for months without a row). */
interface CohortSums {
  chargedOff: number;
  first: number;
  byMonth: number[];
  lo: number;
  hi: number;
}

/** A finite number ≥ 0 (−0 included): what `checkAmount` accepts, without naming the row. */
function isAmount(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value !== Infinity;
}

/** The row's name in error messages (`cohort 2024-01, month 3`). */
function rowKey(cohort: string, month: unknown): string {
  return `cohort ${cohort}, month ${String(month)}`;
}

/**
 * Throws the `KpiInputError` of the first field of recovery row `i` that fails a check (cohort, month, then
 * the amounts), with the row's name. Called only for a row that the inline checks of `recoveryCurves` reject,
 * so that valid rows need not build their name.
 */
function rejectRow(row: RecoveryRow, i: number): never {
  const cohort = checkLabel('recovery', i, 'cohort', row.cohort);
  const key = rowKey(cohort, row.month);
  const month = checkWhole('recovery', i, key, 'month', row.month);
  if (month > MAX_MONTH)
    throw new KpiInputError(
      'invalid',
      `recovery row ${i} (${key}): month is ${month}, more than ${MAX_MONTH} months (100 years) since charge-off`,
      i,
      'month',
    );
  checkAmount('recovery', i, key, 'chargedOff', row.chargedOff);
  checkAmount('recovery', i, key, 'recovered', row.recovered);
  checkAmount('recovery', i, key, 'fees', row.fees);
  throw new RangeError(`recovery row ${i} was rejected, but passes every check`);
}

/**
 * Cumulative recovery per charge-off cohort (cohorts ascending) and month since charge-off: Σ recovered
 * (gross) or Σ (recovered − fees) (`net: true`) up to the month, `rate` = cumulative ÷ the cohort's
 * charged-off balance (null when 0). Months missing between a cohort's first and last row are filled
 * with no recovery (the cumulative stays). Gross curves never decrease; net ones may.
 * `chargedOff` must be the same on every row of a cohort (`inconsistent` otherwise); negative,
 * non-finite, non-integer months and duplicate cohort × month rows throw `KpiInputError`.
 * @example recoveryCurves(rows, { net: true })[0].points.at(-1).rate // net recovery rate so far
 */
export function recoveryCurves(rows: readonly RecoveryRow[], options: RecoveryOptions): RecoveryCurve[] {
  const cohorts = new Map<string, CohortSums>();
  // Rows usually come cohort by cohort: the last cohort met saves most map lookups.
  let lastCohort: string | undefined;
  let c: CohortSums | undefined;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as RecoveryRow;
    if (row === undefined && !(i in rows)) continue; // a hole, skipped as `forEach` would
    const { cohort, month, chargedOff, recovered, fees } = row;
    // The checks of `rejectRow` inline, so that a valid row costs no name string and no calls.
    if (
      typeof cohort !== 'string' ||
      cohort === '' ||
      !Number.isInteger(month) ||
      month < 0 ||
      month > MAX_MONTH ||
      !isAmount(chargedOff) ||
      !isAmount(recovered) ||
      !isAmount(fees)
    )
      rejectRow(row, i);
    if (cohort !== lastCohort || c === undefined) {
      c = cohorts.get(cohort);
      if (!c) cohorts.set(cohort, (c = { chargedOff, first: i, byMonth: [], lo: month, hi: month }));
      lastCohort = cohort;
    }
    if (c.chargedOff !== chargedOff) {
      throw new KpiInputError(
        'inconsistent',
        `recovery row ${i} (${rowKey(cohort, month)}): chargedOff is ${chargedOff}, but row ${c.first} of the cohort says ${c.chargedOff}`,
        i,
        'chargedOff',
      );
    }
    if (c.byMonth[month] !== undefined)
      throw new KpiInputError(
        'duplicate',
        `recovery row ${i} (${rowKey(cohort, month)}): a second row for the same cohort and month`,
        i,
        'month',
      );
    c.byMonth[month] = options.net ? recovered - fees : recovered;
    if (month < c.lo) c.lo = month;
    if (month > c.hi) c.hi = month;
  }
  return sortedEntries(cohorts).map(([cohort, { chargedOff, byMonth, lo, hi }]) => {
    const points: RecoveryPoint[] = [];
    let cumulative = 0;
    // `+ 0` turns a month of −0 into 0, as the Map keys of months did before.
    for (let m = lo + 0; m <= hi; m++) {
      cumulative += byMonth[m] ?? 0;
      points.push({ month: m, cumulative, rate: divide(cumulative, chargedOff), projected: false });
    }
    return { cohort, chargedOff, points };
  });
}

/**
 * Completes immature cohorts to month `horizon` by the chain-ladder method. Development factor
 * f_k = Σ cum(k+1) ÷ Σ cum(k) over the cohorts observed (not projected) at both k and k+1, volume
 * weighted. A cohort whose last observed month L < horizon gets points L+1 … horizon with
 * cum(k+1) = cum(k) × f_k, marked `projected: true`. Projection stops (the curve ends early) at the
 * first month k with no factor: no cohort observed at k and k+1, or Σ cum(k) ≤ 0 — the data cannot
 * say how such a cohort develops. Input curves are not changed.
 * @example projectRecovery(recoveryCurves(rows, { net: false }), { horizon: 36 }).factors
 */
export function projectRecovery(curves: readonly RecoveryCurve[], options: { horizon: number }): RecoveryProjection {
  const { horizon } = options;
  if (!Number.isInteger(horizon) || horizon < 0)
    throw new KpiInputError('invalid', `horizon is ${horizon}, must be a whole number ≥ 0`, null, 'horizon');
  const observed = curves.map((c) => new Map(c.points.filter((p) => !p.projected).map((p) => [p.month, p.cumulative])));
  const allMonths = observed.flatMap((m) => [...m.keys()]);
  const factors: DevelopmentFactor[] = [];
  const factorAt = new Map<number, number>();
  if (allMonths.length) {
    const lo = Math.min(...allMonths);
    for (let k = lo; k < horizon; k++) {
      let num = 0,
        den = 0,
        cohorts = 0;
      for (const m of observed) {
        const a = m.get(k);
        const b = m.get(k + 1);
        if (a === undefined || b === undefined) continue;
        num += b;
        den += a;
        cohorts++;
      }
      const factor = cohorts && den > 0 ? num / den : null;
      factors.push({ from: k, to: k + 1, factor, cohorts });
      if (factor !== null) factorAt.set(k, factor);
    }
  }
  const out = curves.map((c) => {
    const points = c.points.filter((p) => !p.projected).map((p) => ({ ...p }));
    const last = points.at(-1);
    if (!last) return { ...c, points };
    let cumulative = last.cumulative;
    for (let k = last.month; k < horizon; k++) {
      const f = factorAt.get(k);
      if (f === undefined) break;
      cumulative *= f;
      points.push({ month: k + 1, cumulative, rate: divide(cumulative, c.chargedOff), projected: true });
    }
    return { cohort: c.cohort, chargedOff: c.chargedOff, points };
  });
  return { curves: out, factors };
}
