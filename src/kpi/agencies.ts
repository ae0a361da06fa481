/**
 * Outside collection agencies (委外机构) from `agencies` rows: recovered ÷ balance placed, complaints per 10,000
 * accounts placed, violation rate (violating ÷ checked calls), commission ÷ recovered, and whether the
 * agency's last evaluation is overdue (older than 12 months at the data's as-of date). Ratios of sums, once,
 * for every backend.
 */
import type { AgencyRow } from '../model/rows.js';
import { KpiInputError } from './errors.js';
import type { Ratio } from './types.js';
import { checkAmount, checkAtMost, checkPeriodKeyed, ratio } from './validate.js';

/** Months after which an agency's last evaluation is overdue (the default of `agencyScorecard`). */
export const EVALUATION_MONTHS = 12;

/** Sums of one agency (or one period, or all) and the rates derived from them. */
export interface AgencyCell extends AgencySums {
  /** The agency, the period, or `total`. */
  key: string;
  /** recovered ÷ balance placed. */
  recoveryRate: Ratio;
  /** complaints ÷ accounts placed × 10,000 (`rate`; numerator and denominator are the plain counts). */
  complaintsPer10k: Ratio;
  /** violations ÷ calls checked. */
  violationRate: Ratio;
  /** commission ÷ recovered. */
  commissionShare: Ratio;
}

/** An agency's cell with its latest evaluation and whether that is overdue. */
export interface AgencyScore extends AgencyCell {
  /** Latest `lastEvaluation` of the agency's rows (`YYYY-MM-DD`), null when never evaluated. */
  lastEvaluation: string | null;
  /** True when never evaluated or last evaluated more than `months` before the as-of date. */
  evaluationOverdue: boolean;
}

/** What `agencyScorecard` returns. */
export interface AgencyScorecard {
  /** By agency, largest balance placed first (then by name). */
  agencies: AgencyScore[];
  /** All agencies by period, in period order: the trend. */
  byPeriod: AgencyCell[];
  total: AgencyCell;
  /** The as-of day (`YYYY-MM-DD`, UTC) the evaluations were judged at. */
  asOf: string;
}

/** Options of `agencyScorecard`. */
export interface AgencyOptions {
  /** The data's as-of instant (ISO 8601, the response's `meta.asOf`): evaluations are judged against it, not the clock. */
  asOf: string;
  /** Months after which an evaluation is overdue (default 12). */
  months?: number;
}

/** The summable counts and amounts of an `agencies` row. */
export type AgencySums = Pick<AgencyRow, (typeof FIELDS)[number]>;

const FIELDS = [
  'accountsPlaced',
  'balancePlaced',
  'recovered',
  'commission',
  'complaints',
  'callsChecked',
  'violations',
] as const;

/** Counts and amounts all zero, in field order: what an agency's rows add up from. */
export function zeroAgencySums(): AgencySums {
  return Object.fromEntries(FIELDS.map((f) => [f, 0])) as AgencySums;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` that is a real calendar day, or null. */
function calendarDay(text: string): { y: number; m: number; d: number } | null {
  const match = DAY.exec(text);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? { y, m, d } : null;
}

/**
 * True when an evaluation on `lastEvaluation` (`YYYY-MM-DD`, or null: never) is older than `months` calendar
 * months at the day `asOf` (`YYYY-MM-DD…`, UTC day of an ISO instant): the due day is the same day `months`
 * later (the month's last day when it has fewer days), and the evaluation is overdue from the day after it.
 * @example evaluationOverdue('2025-03-31', '2026-03-31') // false; '2026-04-01' → true
 */
export function evaluationOverdue(lastEvaluation: string | null, asOf: string, months = EVALUATION_MONTHS): boolean {
  if (lastEvaluation === null) return true;
  const last = calendarDay(lastEvaluation);
  const now = calendarDay(asOf.slice(0, 10));
  if (!last)
    throw new KpiInputError('invalid', `lastEvaluation is ${JSON.stringify(lastEvaluation)}, must be a day YYYY-MM-DD`);
  if (!now) throw new KpiInputError('invalid', `asOf is ${JSON.stringify(asOf)}, must begin with a day YYYY-MM-DD`);
  const month = last.y * 12 + (last.m - 1) + months;
  const dueY = Math.floor(month / 12);
  const dueM = month % 12;
  const lastDayOfDueMonth = new Date(Date.UTC(dueY, dueM + 1, 0)).getUTCDate();
  const due = Date.UTC(dueY, dueM, Math.min(last.d, lastDayOfDueMonth));
  return Date.UTC(now.y, now.m - 1, now.d) > due;
}

/** Checks `agencies` rows (labels, counts and amounts ≥ 0, violations ≤ calls checked, evaluation days, no duplicates). */
export function checkAgencyRows(rows: readonly AgencyRow[]): void {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const { key } = checkPeriodKeyed(seen, 'agencies', i, row.period, 'agency', row.agency);
    for (const field of FIELDS) checkAmount('agencies', i, key, field, row[field]);
    checkAtMost('agencies', i, key, 'violations', row.violations, 'callsChecked', row.callsChecked);
    if (
      row.lastEvaluation !== undefined &&
      (typeof row.lastEvaluation !== 'string' || !calendarDay(row.lastEvaluation))
    )
      throw new KpiInputError(
        'invalid',
        `agencies row ${i} (${key}): lastEvaluation is ${JSON.stringify(row.lastEvaluation)}, must be a day YYYY-MM-DD`,
        i,
        'lastEvaluation',
      );
  });
}

const cell = (key: string, s: AgencySums): AgencyCell => {
  const per10k = ratio(s.complaints, s.accountsPlaced);
  return {
    key,
    ...s,
    recoveryRate: ratio(s.recovered, s.balancePlaced),
    complaintsPer10k: { ...per10k, rate: per10k.rate === null ? null : per10k.rate * 10_000 },
    violationRate: ratio(s.violations, s.callsChecked),
    commissionShare: ratio(s.commission, s.recovered),
  };
};

function add(map: Map<string, AgencySums>, key: string, row: AgencyRow): void {
  let s = map.get(key);
  if (!s) map.set(key, (s = zeroAgencySums()));
  for (const f of FIELDS) s[f] += row[f];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Summarises `agencies` rows: per agency (with its latest evaluation and the overdue flag judged at
 * `options.asOf`), per period and in total. Bad rows or a bad as-of date throw `KpiInputError`.
 * @example agencyScorecard(rows, { asOf: response.meta.asOf }).agencies[0].recoveryRate.rate // 0.12
 */
export function agencyScorecard(rows: readonly AgencyRow[], options: AgencyOptions): AgencyScorecard {
  checkAgencyRows(rows);
  const asOf = options.asOf.slice(0, 10);
  if (!calendarDay(asOf))
    throw new KpiInputError('invalid', `asOf is ${JSON.stringify(options.asOf)}, must begin with a day YYYY-MM-DD`);
  const months = options.months ?? EVALUATION_MONTHS;
  const agencies = new Map<string, AgencySums>();
  const periods = new Map<string, AgencySums>();
  const evaluated = new Map<string, string>();
  const total = zeroAgencySums();
  for (const r of rows) {
    add(agencies, r.agency, r);
    add(periods, r.period, r);
    for (const f of FIELDS) total[f] += r[f];
    const last = r.lastEvaluation;
    const seen = evaluated.get(r.agency);
    if (last !== undefined && (seen === undefined || last > seen)) evaluated.set(r.agency, last);
  }
  return {
    agencies: [...agencies]
      .map(([k, s]) => {
        const last = evaluated.get(k) ?? null;
        return { ...cell(k, s), lastEvaluation: last, evaluationOverdue: evaluationOverdue(last, asOf, months) };
      })
      .sort((a, b) => b.balancePlaced - a.balancePlaced || byText(a.key, b.key)),
    byPeriod: [...periods].sort(([a], [b]) => byText(a, b)).map(([k, s]) => cell(k, s)),
    total: cell('total', total),
    asOf,
  };
}
