/**
 * Customer segments with known true outcome gaps (the truths `<ck-outcome-gap>` must find). Every account of a
 * book is a `vulnerable`, `hardship` or `other` customer (customer-segments.ts carries the segments through
 * the book's stocks and flows, so `overdue`, `roll-rates` and `complaints` answer per segment). `vulnerable`
 * customers in M1 truly cure (M1 → M0) 10 points less than the others — the one injected gap; their overdue
 * rate is higher as its consequence. Complaints follow each segment's active accounts and arrangements (and
 * their re-defaults) each segment's past-due accounts at the same true rates: no gap there.
 */
import type { OutcomeRow } from '../../src/model/rows.js';
import { binomial, hashSeed, mulberry32 } from '../random.js';

/** The true behaviour of one customer segment. */
export interface SegmentTruth {
  segment: string;
  /** Share of new accounts (and of the first month's accounts). */
  share: number;
  /** Difference of the M1 → M0 cure rate from the book's (−0.1: 10 points less; 0 for the others). */
  cureShift: number;
  /** Chance a past-due account makes a repayment arrangement in a month. */
  arrangement: number;
  /** Chance an arrangement is missed within 3 months, and (in all) within 6 months. */
  redefault3: number;
  redefault6: number;
}

const base = { arrangement: 0.12, redefault3: 0.22, redefault6: 0.34 };

/** The segments in split order (`other` takes the rest) and their true rates. */
export const OUTCOME_TRUTHS: readonly SegmentTruth[] = [
  { segment: 'vulnerable', share: 0.08, cureShift: -0.1, ...base },
  { segment: 'hardship', share: 0.05, cureShift: 0, ...base },
  { segment: 'other', share: 1, cureShift: 0, ...base },
];

/** The one injected gap: `vulnerable` cures (M1 → M0) this much less than `other` (the widget must flag it). */
export const KNOWN_GAP = { segment: 'vulnerable', measure: 'cure', difference: -0.1 } as const;

/** The arrangement counts of one segment in one book-month: arrangements made and re-defaulted within 3 and 6 months. */
export type ArrangementCounts = Pick<OutcomeRow, 'arrangements' | 'redefault3' | 'redefault6'>;

/**
 * Arrangements of `overdue` past-due accounts of `truth`'s segment in one book-month (absolute month `month`),
 * drawn from the truths with a stream of their own.
 */
export function arrangementsMonth(
  seed: number,
  product: string,
  region: string,
  month: number,
  truth: SegmentTruth,
  overdue: number,
): ArrangementCounts {
  const rng = mulberry32(hashSeed(seed, 'outcomes', product, region, month, truth.segment));
  const arrangements = binomial(rng, overdue, truth.arrangement);
  const redefault3 = binomial(rng, arrangements, truth.redefault3);
  const later = (truth.redefault6 - truth.redefault3) / (1 - truth.redefault3);
  return { arrangements, redefault3, redefault6: redefault3 + binomial(rng, arrangements - redefault3, later) };
}
