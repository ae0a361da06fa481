/**
 * Contract guards: rows that are each well-formed but together leave out what a ratio's denominator
 * needs. Such a response would draw a plausible but false chart (overdue rows without the current
 * bucket make M1 look like 72 % of the book), so it is refused with a message that names the period
 * or cohort, what is missing and the section of the contract (`docs/openapi.json`) that asks for it.
 */
import type { MetricName } from '../model/metrics.js';
import type { ComplaintRow, ExposureRow, OverdueRow, RecoveryRow, RollRateRow, VintageRow } from '../model/rows.js';
import { DataError } from './errors.js';

/** Codes of the current bucket (the first, 0 days past due) that the contract accepts. */
const CURRENT = new Set(['M0', 'C']);

const contract = (schema: string) => `(contract: docs/openapi.json, components.schemas.${schema})`;

/** A period or cohort as a message shows it: clipped, so that a 5 MB label cannot make a 5 MB message. */
const label = (key: string): string => (key.length > 40 ? `${key.slice(0, 40)}…` : key);

function fail(metric: MetricName, text: string, field: string, rowIndex?: number): never {
  throw new DataError('validation', `Bad ${metric} response: ${text}.`, {
    metric,
    field,
    ...(rowIndex === undefined ? {} : { rowIndex }),
  });
}

/** First row index per key, in row order. */
function firstIndex<T>(rows: readonly T[], key: (row: T) => string): Map<string, number> {
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const k = key(row);
    if (!seen.has(k)) seen.set(k, i);
  });
  return seen;
}

function overdue(rows: readonly OverdueRow[], bucketsOfColumns?: readonly string[]): void {
  if (bucketsOfColumns && !bucketsOfColumns.some((b) => CURRENT.has(b))) {
    fail(
      'overdue',
      `columns have no current bucket (M0) among ${bucketsOfColumns.join(', ')}: every bucket, current included, is needed, because the rate's denominator is the period's total ${contract('OverdueRow')}`,
      'columns',
    );
  }
  const withCurrent = new Set(rows.filter((r) => CURRENT.has(r.bucket)).map((r) => r.period));
  for (const [period, i] of firstIndex(rows, (r) => r.period)) {
    if (!withCurrent.has(period)) {
      fail(
        'overdue',
        `period ${label(period)} has no row for the current bucket (M0): every bucket, current included, is needed, because the rate's denominator is the period's total ${contract('OverdueRow')}`,
        'bucket',
        i,
      );
    }
  }
}

function rollRates(rows: readonly RollRateRow[]): void {
  const from = new Set(rows.filter((r) => CURRENT.has(r.from)).map((r) => r.period));
  const to = new Set(rows.filter((r) => CURRENT.has(r.to)).map((r) => r.period));
  for (const [period, i] of firstIndex(rows, (r) => r.period)) {
    const missing = !from.has(period) ? 'from' : !to.has(period) ? 'to' : null;
    if (missing) {
      fail(
        'roll-rates',
        `period ${label(period)} has no row ${missing} the current bucket (M0): every from → to pair, current included, is needed, because each rate's denominator is all that left its from-state ${contract('RollRateRow')}`,
        missing,
        i,
      );
    }
  }
}

/**
 * Exposure is optional (without it, rates per 10,000 accounts are simply not available), but partial
 * exposure is false: a range's rate would add every period's complaints over fewer periods' accounts.
 */
function complaints(rows: readonly ComplaintRow[], exposure: readonly ExposureRow[] | undefined): void {
  if (!exposure?.length) return;
  const exposed = new Set(exposure.map((e) => e.period));
  for (const [period, i] of firstIndex(rows, (r) => r.period)) {
    if (!exposed.has(period)) {
      fail(
        'complaints',
        `period ${label(period)} has complaints but no exposure row: complaints per 10,000 accounts need the period's active accounts ${contract('ExposureRow')}`,
        'exposure',
        i,
      );
    }
  }
}

/**
 * Cohorts in the order of their first rows: that row's index, and whether some row of the cohort has a denominator
 * (`base`) and some a numerator (`counted`). One loop over the rows (a response is checked once, mostly before the
 * engine has optimised this); holes are skipped, as the checks before skip them.
 */
function cohortFlags<T extends { cohort: string }>(
  rows: readonly T[],
  base: (row: T) => boolean,
  counted: (row: T) => boolean,
): Map<string, { first: number; base: boolean; counted: boolean }> {
  const cohorts = new Map<string, { first: number; base: boolean; counted: boolean }>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row) continue;
    let c = cohorts.get(row.cohort);
    if (!c) cohorts.set(row.cohort, (c = { first: i, base: false, counted: false }));
    if (!c.base && base(row)) c.base = true;
    if (!c.counted && counted(row)) c.counted = true;
  }
  return cohorts;
}

function vintage(rows: readonly VintageRow[]): void {
  const cohorts = cohortFlags(
    rows,
    (r) => r.originatedAccounts > 0 || r.originatedAmount > 0,
    () => true,
  );
  for (const [cohort, c] of cohorts) {
    if (!c.base) {
      fail(
        'vintage',
        `cohort ${label(cohort)} has no originations (originatedAccounts and originatedAmount are 0 in every row): the cohort's originations are the denominator of its curve ${contract('VintageRow')}`,
        'originatedAmount',
        c.first,
      );
    }
  }
}

function recovery(rows: readonly RecoveryRow[]): void {
  const cohorts = cohortFlags(
    rows,
    (r) => r.chargedOff > 0,
    (r) => r.recovered > 0 || r.fees > 0,
  );
  for (const [cohort, c] of cohorts) {
    if (c.counted && !c.base) {
      fail(
        'recovery',
        `cohort ${label(cohort)} has recoveries but no charged-off amount (chargedOff is 0 in every row): the charged-off balance is the denominator of its curve ${contract('RecoveryRow')}`,
        'chargedOff',
        c.first,
      );
    }
  }
}

/**
 * Checks that a response whose rows are well-formed is also complete where a missing row would make a
 * rate false: overdue and roll rates need the current bucket in every period, complaints with exposure
 * need it for every period, vintage cohorts their originations, recovery cohorts their charged-off amount.
 * Throws a `validation` `DataError` naming the period or cohort, what is missing and the contract section.
 */
export function checkContract(
  metric: MetricName,
  rows: readonly unknown[],
  extra: { exposure?: readonly ExposureRow[]; columnBuckets?: readonly string[] } = {},
): void {
  switch (metric) {
    case 'overdue':
      return overdue(rows as OverdueRow[], extra.columnBuckets);
    case 'roll-rates':
      return rollRates(rows as RollRateRow[]);
    case 'complaints':
      return complaints(rows as ComplaintRow[], extra.exposure);
    case 'vintage':
      return vintage(rows as VintageRow[]);
    case 'recovery':
      return recovery(rows as RecoveryRow[]);
    default:
      return;
  }
}
