/**
 * Fair outcomes by customer segment (特殊群体): each segment's overdue, cure, complaint, arrangement and
 * re-default rates with Wilson 95 % intervals, and each protected segment's difference from the reference
 * segment with its Newcombe interval. A gap is flagged only when, after Holm–Bonferroni adjustment over all
 * the compared gaps, it is significant at 5 % and on the worse side; an interval crossing zero never is. Pure math over `outcomes` rows.
 */
import type { OutcomeRow } from '../model/rows.js';
import { KpiInputError } from './errors.js';
import { intervalSide, newcombe, wilson, type ConfidenceInterval } from './intervals.js';
import { holmBonferroni, intervalPValue } from './multiple-comparisons.js';
import { checkAmount, checkLabel } from './validate.js';

/** Keys of the measures compared across segments. */
export type OutcomeMeasure = 'overdue' | 'cure' | 'complaint' | 'arrangement' | 'redefault3' | 'redefault6';

/** Count fields of an `outcomes` row. */
type CountField = Exclude<keyof OutcomeRow, 'period' | 'segment'>;

/** How one measure is computed and which direction is worse for the customer. */
export interface OutcomeMeasureSpec {
  key: OutcomeMeasure;
  numerator: CountField;
  denominator: CountField;
  /** `higher` when a higher rate is a worse outcome (overdue, complaints, re-default). */
  worse: 'higher' | 'lower';
  /**
   * The denominator counts account-months: one account is counted once per month of the range, so its
   * months are not independent observations. The interval then counts each account once (both counts
   * divided by the months of the range), which keeps a persistent account from narrowing it.
   */
  perAccountMonth?: true;
}

/** The measures in display order: rate = numerator ÷ denominator. */
export const OUTCOME_MEASURES: readonly OutcomeMeasureSpec[] = [
  { key: 'overdue', numerator: 'overdue', denominator: 'accounts', worse: 'higher', perAccountMonth: true },
  { key: 'cure', numerator: 'cured', denominator: 'entered', worse: 'lower' },
  { key: 'complaint', numerator: 'complained', denominator: 'accounts', worse: 'higher', perAccountMonth: true },
  { key: 'arrangement', numerator: 'arrangements', denominator: 'overdue', worse: 'lower', perAccountMonth: true },
  { key: 'redefault3', numerator: 'redefault3', denominator: 'arrangements', worse: 'higher' },
  { key: 'redefault6', numerator: 'redefault6', denominator: 'arrangements', worse: 'higher' },
];

/** How a segment's rate reads against the reference segment's. */
export type GapReading = 'reference' | 'worse' | 'better' | 'no-gap' | 'no-data';

/** One measure of one segment. */
export interface SegmentMeasure {
  measure: OutcomeMeasure;
  numerator: number;
  denominator: number;
  /** Rate with its Wilson interval (nulls when the denominator is 0). */
  rate: ConfidenceInterval;
  /** Segment − reference with its Newcombe interval; null for the reference itself. */
  gap: ConfidenceInterval | null;
  /** Two-sided p-value of the gap (the α at which its Newcombe interval touches zero) and Holm's adjustment of it; null for the reference or without data. */
  p: number | null;
  adjustedP: number | null;
  reading: GapReading;
}

/** One segment with all its measures (in `OUTCOME_MEASURES` order). */
export interface SegmentOutcome {
  segment: string;
  reference: boolean;
  accounts: number;
  measures: SegmentMeasure[];
}

/** A flagged gap: a protected segment significantly worse on a measure. */
export interface OutcomeFlag {
  segment: string;
  measure: OutcomeMeasure;
  gap: ConfidenceInterval;
}

/** The comparison over all periods of the response. */
export interface OutcomeGapResult {
  from: string;
  to: string;
  reference: string;
  /** The reference first, then the other segments by name. */
  segments: SegmentOutcome[];
  flags: OutcomeFlag[];
  /** Gaps tested together (segments other than the reference × measures with data): Holm–Bonferroni's m. */
  comparisons: number;
}

const FIELDS: readonly CountField[] = [
  'accounts',
  'overdue',
  'entered',
  'cured',
  'complained',
  'arrangements',
  'redefault3',
  'redefault6',
];

type Totals = Record<CountField, number>;

/** Checks one row (labels, finite non-negative counts, no part larger than its whole); throws a `KpiInputError`. */
function checkRow(row: OutcomeRow, i: number): void {
  const period = checkLabel('outcomes', i, 'period', row.period);
  const segment = checkLabel('outcomes', i, 'segment', row.segment);
  const key = `period ${period}, segment ${segment}`;
  for (const f of FIELDS) checkAmount('outcomes', i, key, f, row[f]);
  const parts: [CountField, CountField][] = [
    ['overdue', 'accounts'],
    ['cured', 'entered'],
    ['complained', 'accounts'],
    ['arrangements', 'overdue'],
    ['redefault3', 'redefault6'],
    ['redefault6', 'arrangements'],
  ];
  for (const [part, whole] of parts) {
    if (row[part] > row[whole]) {
      throw new KpiInputError(
        'inconsistent',
        `outcomes row ${i} (${key}): ${part} is ${row[part]}, more than ${whole} (${row[whole]})`,
        i,
        part,
      );
    }
  }
}

/** How a difference reads, given which side is worse and whether Holm's procedure rejected "no gap". */
function readGap(gap: ConfidenceInterval, worse: OutcomeMeasureSpec['worse'], rejected: boolean): GapReading {
  const side = intervalSide(gap);
  if (side === null) return 'no-data';
  if (side === 'crosses' || !rejected) return 'no-gap';
  return (side === 'above') === (worse === 'higher') ? 'worse' : 'better';
}

/** Months one row's period covers: `YYYY-MM` 1, `YYYY-Qn` 3, `YYYY` 12. */
function monthsOf(period: string): number {
  return /^\d{4}-Q[1-4]$/.test(period) ? 3 : /^\d{4}$/.test(period) ? 12 : 1;
}

/**
 * Sums `rows` per segment over all their periods and compares every segment with `reference` (default
 * `other`) on each measure. The gaps are tested together: each gap's two-sided p-value (from its Newcombe
 * interval) is adjusted with Holm–Bonferroni over all the compared gaps, and a gap reads worse (flagged) or
 * better only when its adjusted p-value is at most 5 % (its unadjusted 95 % interval then excludes zero too).
 * Null when there are no rows; throws when the reference segment is missing or a row's counts contradict each other.
 */
export function outcomeGaps(rows: readonly OutcomeRow[], reference = 'other'): OutcomeGapResult | null {
  if (!rows.length) return null;
  const totals = new Map<string, Totals>();
  const periods = new Set<string>();
  let from = '';
  let to = '';
  for (const [i, row] of rows.entries()) {
    checkRow(row, i);
    if (!from || row.period < from) from = row.period;
    if (row.period > to) to = row.period;
    periods.add(row.period);
    let t = totals.get(row.segment);
    if (!t) {
      t = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Totals;
      totals.set(row.segment, t);
    }
    for (const f of FIELDS) t[f] += row[f];
  }
  const ref = totals.get(reference);
  if (!ref)
    throw new KpiInputError('missing', `outcomes: no rows of the reference segment "${reference}"`, null, 'segment');
  let months = 0;
  for (const p of periods) months += monthsOf(p);
  const names = [reference, ...[...totals.keys()].filter((s) => s !== reference).sort()];
  const segments = names.map((segment): SegmentOutcome => {
    const t = totals.get(segment) ?? ref;
    const isRef = segment === reference;
    const measures = OUTCOME_MEASURES.map((spec): SegmentMeasure => {
      const numerator = t[spec.numerator];
      const denominator = t[spec.denominator];
      // Account-month measures: each account once in the interval (see `perAccountMonth`).
      const k = spec.perAccountMonth ? Math.max(1, months) : 1;
      const rate = wilson(numerator / k, denominator / k);
      const none = { gap: null, p: null, adjustedP: null };
      if (isRef) return { measure: spec.key, numerator, denominator, rate, ...none, reading: 'reference' };
      const args = [numerator / k, denominator / k, ref[spec.numerator] / k, ref[spec.denominator] / k] as const;
      const gap = newcombe(...args);
      const p = intervalSide(gap) === null ? null : intervalPValue((z) => newcombe(...args, z));
      return { measure: spec.key, numerator, denominator, rate, gap, p, adjustedP: null, reading: 'no-data' };
    });
    return { segment, reference: isRef, accounts: t.accounts, measures };
  });
  // Holm–Bonferroni over every compared gap with data, then each gap's reading.
  const tested = segments.flatMap((s) => s.measures.filter((m) => m.p !== null));
  const holm = holmBonferroni(tested.map((m) => m.p ?? 1));
  tested.forEach((m, i) => (m.adjustedP = holm.adjusted[i] ?? null));
  const flags: OutcomeFlag[] = [];
  for (const s of segments) {
    if (s.reference) continue;
    s.measures.forEach((m, i) => {
      const spec = OUTCOME_MEASURES[i];
      if (!spec || !m.gap) return;
      m.reading = readGap(m.gap, spec.worse, m.adjustedP !== null && m.adjustedP <= HOLM_ALPHA);
      if (m.reading === 'worse') flags.push({ segment: s.segment, measure: m.measure, gap: m.gap });
    });
  }
  return { from, to, reference, segments, flags, comparisons: tested.length };
}

/** Familywise error rate of the flags (Holm–Bonferroni over all compared gaps). */
export const HOLM_ALPHA = 0.05;
