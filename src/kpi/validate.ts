/** Row checks shared by the KPI functions: each failure is a `KpiInputError` naming row and field. */
import { KpiInputError } from './errors.js';
import type { Ratio } from './types.js';

/**
 * Checks one count/amount field of a row: a finite number ≥ 0. `what` names the row kind
 * (`overdue`), `key` the row (`period 2024-05, bucket M2`).
 * @example checkAmount('overdue', 3, 'period 2024-05, bucket M2', 'balance', -5) // throws "overdue row 3 (…): balance is -5, must be ≥ 0"
 */
export function checkAmount(what: string, rowIndex: number, key: string, field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new KpiInputError(
      'not-finite',
      `${what} row ${rowIndex} (${key}): ${field} is ${String(value)}, must be a finite number`,
      rowIndex,
      field,
    );
  }
  if (value < 0)
    throw new KpiInputError(
      'negative',
      `${what} row ${rowIndex} (${key}): ${field} is ${value}, must be ≥ 0`,
      rowIndex,
      field,
    );
  return value;
}

/** `checkAmount` of a count of months or the like, also a whole number (`must` says what it must be). */
export function checkWhole(
  what: string,
  rowIndex: number,
  key: string,
  field: string,
  value: unknown,
  must = 'a whole number',
): number {
  const n = checkAmount(what, rowIndex, key, field, value);
  if (!Number.isInteger(n))
    throw new KpiInputError(
      'invalid',
      `${what} row ${rowIndex} (${key}): ${field} is ${n}, must be ${must}`,
      rowIndex,
      field,
    );
  return n;
}

/**
 * Throws `duplicate` when a row has the identity (`parts`, e.g. its period and rule) of an earlier row; `seen`
 * keeps the identities met so far. `same` names the parts in the message, `field` is the field blamed.
 */
export function checkUnique(
  seen: Set<string>,
  parts: readonly (string | number)[],
  what: string,
  rowIndex: number,
  key: string,
  same: string,
  field: string,
): void {
  const id = parts.join('\u0000');
  if (seen.has(id))
    throw new KpiInputError(
      'duplicate',
      `${what} row ${rowIndex} (${key}): a second row for the same ${same}`,
      rowIndex,
      field,
    );
  seen.add(id);
}

/** Checks one label field of a row (period, cohort, id…): a non-empty string. */
export function checkLabel(what: string, rowIndex: number, field: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') {
    throw new KpiInputError(
      'missing',
      `${what} row ${rowIndex}: ${field} is ${value === '' ? 'empty' : String(value)}, must be a non-empty string`,
      rowIndex,
      field,
    );
  }
  return value;
}

/** Checks that `part` ≤ `whole` for two fields of one row (e.g. connects ≤ dials). */
export function checkAtMost(
  what: string,
  rowIndex: number,
  key: string,
  partField: string,
  part: number,
  wholeField: string,
  whole: number,
): void {
  if (part > whole) {
    throw new KpiInputError(
      'inconsistent',
      `${what} row ${rowIndex} (${key}): ${partField} is ${part}, more than ${wholeField} ${whole}`,
      rowIndex,
      partField,
    );
  }
}

/** numerator ÷ denominator, or null when the denominator is not above 0 or the quotient is not finite. */
export function divide(numerator: number, denominator: number): number | null {
  if (!(denominator > 0)) return null;
  const q = numerator / denominator;
  return Number.isFinite(q) ? q : null;
}

/** A ratio with its parts; `rate` = `divide(numerator, denominator)`, null instead of NaN or Infinity. */
export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, rate: divide(numerator, denominator) };
}

/**
 * Checks the identity of a row keyed by its period and one label field (`field`, e.g. `rule`): both are
 * labels, and no earlier row has the same pair (`seen`). Returns them with the row's name for messages
 * (`period 2024-01, rule us-reg-f/7-in-7`).
 */
export function checkPeriodKeyed(
  seen: Set<string>,
  what: string,
  rowIndex: number,
  period: unknown,
  field: string,
  value: unknown,
): { period: string; label: string; key: string } {
  const p = checkLabel(what, rowIndex, 'period', period);
  const label = checkLabel(what, rowIndex, field, value);
  const key = `period ${p}, ${field} ${label}`;
  checkUnique(seen, [p, label], what, rowIndex, key, `period and ${field}`, field);
  return { period: p, label, key };
}
