/**
 * Customer segments with known true outcome gaps (the truths `<ck-outcome-gap>` must find): every book-month's
 * active accounts (the `overdue` metric's) are split into `vulnerable`, `hardship` and `other` customers, the
 * past-due ones in the same shares, so the overdue rate truly has no gap; the accounts entering delinquency
 * (the `roll-rates` M0 → M1 flow) likewise. `vulnerable` customers truly cure 10 points less than `other`;
 * every other rate is truly equal in all segments.
 */
import type { OutcomeRow } from '../../src/model/rows.js';
import type { SegmentBook } from './book.js';
import { binomial, hashSeed, mulberry32 } from '../random.js';

/** The true behaviour of one customer segment. */
export interface SegmentTruth {
  segment: string;
  /** Share of the book's accounts (and of its past-due accounts and new delinquencies). */
  share: number;
  /** Chance an account entering delinquency is current again within 60 days. */
  cure: number;
  /** Chance an account complains in a month. */
  complaint: number;
  /** Chance a past-due account makes a repayment arrangement in a month. */
  arrangement: number;
  /** Chance an arrangement is missed within 3 months, and (in all) within 6 months. */
  redefault3: number;
  redefault6: number;
}

const base = { complaint: 0.004, arrangement: 0.12, redefault3: 0.22, redefault6: 0.34 };

/** The segments in split order (`other` takes the rest) and their true rates. */
export const OUTCOME_TRUTHS: readonly SegmentTruth[] = [
  { segment: 'vulnerable', share: 0.08, cure: 0.45, ...base },
  { segment: 'hardship', share: 0.05, cure: 0.55, ...base },
  { segment: 'other', share: 1, cure: 0.55, ...base },
];

/** The one known gap: `vulnerable` cures this much less than `other` (the widget must flag it, and nothing else). */
export const KNOWN_GAP = { segment: 'vulnerable', measure: 'cure', difference: -0.1 } as const;

/** Counts of one segment in one book-month: the additive fields of an `outcomes` row. */
export type SegmentMonth = Omit<OutcomeRow, 'period' | 'segment'>;

/** Splits `n` into the segments' shares (each share of what is left), in `OUTCOME_TRUTHS` order. */
function split(rng: () => number, n: number): number[] {
  let left = n;
  return OUTCOME_TRUTHS.map((t) => {
    const k = t.share >= 1 ? left : binomial(rng, left, t.share / sharesLeft(t));
    left -= k;
    return k;
  });
}

/** Share of the book not yet taken by the segments before `t`. */
function sharesLeft(t: SegmentTruth): number {
  let taken = 0;
  for (const s of OUTCOME_TRUTHS) {
    if (s === t) break;
    taken += s.share;
  }
  return 1 - taken;
}

/**
 * Every segment's counts in one book-month `r` (reported month index; `month` its absolute index): the
 * book's active, past-due and newly delinquent accounts split by segment, outcomes drawn from the truths.
 */
export function outcomeSegmentsMonth(
  seed: number,
  book: SegmentBook,
  buckets: number,
  r: number,
  month: number,
): SegmentMonth[] {
  const rng = mulberry32(hashSeed(seed, 'outcomes', book.product, book.region, month));
  let current = 0;
  let overdue = 0;
  for (let b = 0; b < buckets; b++) {
    const n = Math.round(book.overdueAccounts[r * buckets + b] ?? 0);
    if (b === 0) current += n;
    else overdue += n;
  }
  const T = buckets + 3;
  const entered = Math.round(book.flowAccounts[(r * (buckets + 1) + 0) * T + 1] ?? 0);
  const cur = split(rng, current);
  const od = split(rng, overdue);
  const ent = split(rng, entered);
  return OUTCOME_TRUTHS.map((t, i) => {
    const c = cur[i] ?? 0;
    const o = od[i] ?? 0;
    const e = ent[i] ?? 0;
    const arrangements = binomial(rng, o, t.arrangement);
    const redefault3 = binomial(rng, arrangements, t.redefault3);
    const later = (t.redefault6 - t.redefault3) / (1 - t.redefault3);
    return {
      accounts: c + o,
      overdue: o,
      entered: e,
      cured: binomial(rng, e, t.cure),
      complained: binomial(rng, c + o, t.complaint),
      arrangements,
      redefault3,
      redefault6: redefault3 + binomial(rng, arrangements - redefault3, later),
    };
  });
}
