/** Cure in the roll-rate family (issue #14): days to cure as counts in fixed bins (the net flow to loss: net-flow.ts). */
import type { BucketConfig } from '../model/buckets.js';
import type { RollRateRow } from '../model/rows.js';
import { at } from '../model/at.js';
import { bucketIndex, DEFAULT_BUCKETS } from './buckets.js';
import { KpiInputError } from './errors.js';

/**
 * The days-to-cure fields of a `roll-rates` row: of the row's accounts that cured (moved from a delinquent
 * bucket at t−1 to the first bucket at t), how many were 1–30, 31–60, 61–90 and over 90 days past due at
 * the end of t−1. Month-end snapshots hold no payment day, so this is the age of the arrears when last seen
 * delinquent: the cure came within the month after.
 */
export const CURE_DAY_FIELDS = ['cured1To30', 'cured31To60', 'cured61To90', 'curedOver90'] as const;

/** One days-to-cure field. */
export type CureDayField = (typeof CURE_DAY_FIELDS)[number];

/** Upper edges (days past due, inclusive) of the first three bins; the last is open-ended. */
export const CURE_DAY_EDGES: readonly number[] = Object.freeze([30, 60, 90]);

/** Bin index (0–3) of a cured account that was `dpd` days past due at t−1; −1 when it was not past due. */
export function cureDayBin(dpd: number): number {
  if (!(dpd > 0)) return -1;
  const i = CURE_DAY_EDGES.findIndex((edge) => dpd <= edge);
  return i < 0 ? CURE_DAY_EDGES.length : i;
}

/** Days to cure of one period (or of all periods summed: `period` ''). */
export interface CureDays {
  period: string;
  /** Cured accounts per bin of {@link CURE_DAY_FIELDS}. */
  cured: [number, number, number, number];
  /** Delinquent at t−1 and not in the first bucket at t (rolled, stayed, charged off, closed). */
  notCured: number;
  /** Accounts delinquent at t−1: Σ cured + notCured (the denominator of each bin's share). */
  delinquent: number;
}

/** The days to cure per period (ascending), their sum, and whether the response carried the fields at all. */
export interface CureDaysResult {
  periods: CureDays[];
  total: CureDays;
  /** False when no row carries the days-to-cure fields (a backend older than them). */
  reported: boolean;
}

const empty = (period: string): CureDays => ({ period, cured: [0, 0, 0, 0], notCured: 0, delinquent: 0 });

/**
 * Days to cure from `roll-rates` rows, additive like the rows: per period, the cured accounts of each bin
 * (Σ of the fields over rows from a delinquent bucket to the first bucket) and the accounts that did not
 * cure. Checks each row: fields are whole numbers ≥ 0, on a cure row they add up to its accounts, on any
 * other row they are 0. Rows without the fields count as not reported (`reported` false when none has them).
 * @example cureDays(rows).total // { period: '', cured: [410, 120, 35, 9], notCured: 2210, delinquent: 2784 }
 */
export function cureDays(rows: readonly RollRateRow[], config: BucketConfig = DEFAULT_BUCKETS): CureDaysResult {
  const byPeriod = new Map<string, CureDays>();
  const total = empty('');
  let reported = false;
  rows.forEach((row, i) => {
    const r = row as RollRateRow & Partial<Record<CureDayField, unknown>>;
    const fail = (field: string, why: string): never => {
      throw new KpiInputError(
        'inconsistent',
        `roll-rate row ${i} (period ${String(r.period)}, from ${String(r.from)} to ${String(r.to)}): ${field} ${why}`,
        i,
        field,
      );
    };
    let sum = 0;
    let present = false;
    const bins = CURE_DAY_FIELDS.map((f) => {
      const v = r[f] ?? 0;
      present ||= r[f] !== undefined;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
        fail(f, `is ${String(v)}, must be a whole number ≥ 0`);
      sum += v;
      return v;
    });
    reported ||= present;
    const delinquent = bucketIndex(r.from, config) > 0;
    const cured = delinquent && bucketIndex(r.to, config) === 0;
    if (!cured && sum > 0)
      fail(
        at(
          CURE_DAY_FIELDS,
          bins.findIndex((v) => v > 0),
        ),
        `counts cures, but only rows from M1+ to ${at(config, 0).code} cure`,
      );
    if (!delinquent) return;
    const accounts = r.accounts;
    if (typeof accounts !== 'number' || !(accounts >= 0))
      return fail('accounts', `is ${String(accounts)}, must be ≥ 0`);
    if (cured && present && sum !== accounts)
      fail('cured1To30', `and the other days-to-cure fields add up to ${sum}, not to the row's ${accounts} accounts`);
    let p = byPeriod.get(r.period);
    if (!p) byPeriod.set(r.period, (p = empty(r.period)));
    for (const c of [p, total]) {
      if (cured) bins.forEach((v, b) => (c.cured[b] = at(c.cured, b) + v));
      else c.notCured += accounts;
      c.delinquent += accounts;
    }
  });
  const periods = [...byPeriod.values()].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  return { periods, total, reported };
}
