/**
 * Record-level aggregation of the legal pipeline for the `records` adapter: cases referred to the legal
 * team, with the days they reached each stage → `legal` rows per referral cohort (counts and sums only;
 * rates come from `legalPipeline`).
 */
import type { LegalRow } from '../model/rows.js';
import { KpiInputError } from './errors.js';
import { LEGAL_BALANCES, LEGAL_FIELDS, STAGE_TIME_FIELDS, stageDayBin, type LegalField } from './legal.js';
import { checkAmount, checkLabel } from './validate.js';

/** One case referred to the legal team; a stage's day is null (or absent) while not reached. Days `YYYY-MM-DD`. */
export interface LegalCaseRecord {
  /** Day of referral: its month is the cohort. */
  referredOn: string;
  /** Balance referred. */
  balance: number;
  filedOn?: string | null;
  judgmentOn?: string | null;
  enforcedOn?: string | null;
  recoveredOn?: string | null;
  /** Recovered on `recoveredOn`. */
  amountRecovered?: number;
  /** Court fee and counsel, incurred on `filedOn`; enforcement costs, on `enforcedOn`. */
  filingCost?: number;
  enforcementCost?: number;
  /** Day the debt was sold (cases never filed) and its price. */
  soldOn?: string | null;
  salePrice?: number | null;
}

/** Options of {@link legalCasesToRows}: cohorts (months `YYYY-MM`) from `from` to `to`, stages seen by the end of `to`. */
export interface LegalRecordOptions {
  from?: string;
  to?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const STEPS = [
  ['filedOn', 'filed'],
  ['judgmentOn', 'judgment'],
  ['enforcedOn', 'enforced'],
  ['recoveredOn', 'recovered'],
] as const;

function checkDay(i: number, field: string, value: unknown): string {
  if (typeof value !== 'string' || !DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw new KpiInputError(
      'invalid',
      `legal case ${i}: ${field} is ${String(value)}, must be a day YYYY-MM-DD`,
      i,
      field,
    );
  return value;
}

const daysBetween = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/**
 * Cases → `legal` rows, one per referral month (ascending) in [`from`, `to`]: cases and balance referred,
 * and of them those filed, with a judgment, enforced and recovered by the end of month `to` (every stage
 * when `to` is absent); the amount recovered, legal cost (filing cost once filed, enforcement cost once
 * enforced), debt sales by then, and the days from each stage to the next in the bins of `stageDayBin`.
 * Amounts add in cents. A stage reached before the one it follows, a day out of order, or a sale of a filed
 * case is `KpiInputError`.
 */
export function legalCasesToRows(cases: readonly LegalCaseRecord[], options: LegalRecordOptions = {}): LegalRow[] {
  const { from, to } = options;
  const seen = (day: string | null | undefined) => day != null && (to === undefined || day.slice(0, 7) <= to);
  const cohorts = new Map<string, Record<LegalField, number>>();
  cases.forEach((c, i) => {
    const referred = checkDay(i, 'referredOn', checkLabel('legal case', i, 'referredOn', c.referredOn));
    const cohort = referred.slice(0, 7);
    if ((from !== undefined && cohort < from) || (to !== undefined && cohort > to)) return;
    const key = `referred ${referred}`;
    const balance = checkAmount('legal case', i, key, 'balance', c.balance);
    let cell = cohorts.get(cohort);
    if (!cell) {
      cell = Object.fromEntries(LEGAL_FIELDS.map((f) => [f, 0])) as Record<LegalField, number>;
      cohorts.set(cohort, cell);
    }
    const sums = cell;
    // Amounts add in whole cents, so the sums are exact (as the warehouse's DECIMAL sums are).
    const add = (f: LegalField, v: number) => (sums[f] = Math.round(sums[f] * 100 + v * 100) / 100);
    add('referred', 1);
    add('balanceReferred', balance);
    let before = referred;
    let reached = true;
    for (const [field, stage] of STEPS) {
      const day = c[field];
      if (day == null) {
        reached = false;
        continue;
      }
      checkDay(i, field, day);
      if (!reached || day < before)
        throw new KpiInputError(
          'inconsistent',
          `legal case ${i} (${key}): ${field} ${day} comes without or before the stage before it`,
          i,
          field,
        );
      if (seen(day)) {
        add(stage, 1);
        const amount =
          stage === 'recovered'
            ? checkAmount('legal case', i, key, 'amountRecovered', c.amountRecovered ?? 0)
            : balance;
        add(LEGAL_BALANCES[stage], amount);
        const bins = STAGE_TIME_FIELDS[stage];
        add(bins[stageDayBin(daysBetween(before, day))] ?? bins[2], 1);
        if (stage === 'filed') add('legalCost', checkAmount('legal case', i, key, 'filingCost', c.filingCost ?? 0));
        if (stage === 'enforced')
          add('legalCost', checkAmount('legal case', i, key, 'enforcementCost', c.enforcementCost ?? 0));
      }
      before = day;
    }
    if (c.soldOn != null) {
      const sold = checkDay(i, 'soldOn', c.soldOn);
      if (c.filedOn != null)
        throw new KpiInputError(
          'inconsistent',
          `legal case ${i} (${key}): soldOn is set on a case filed in court`,
          i,
          'soldOn',
        );
      if (sold < referred)
        throw new KpiInputError(
          'inconsistent',
          `legal case ${i} (${key}): soldOn ${sold} is before referredOn`,
          i,
          'soldOn',
        );
      if (seen(sold)) {
        add('sold', 1);
        add('balanceSold', balance);
        add('salePrice', checkAmount('legal case', i, key, 'salePrice', c.salePrice ?? 0));
      }
    }
  });
  return [...cohorts.keys()].sort().map((cohort) => ({ cohort, ...(cohorts.get(cohort) ?? {}) }) as LegalRow);
}
