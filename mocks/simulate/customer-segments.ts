/**
 * Customer segments (特殊群体) of a simulated book: every account carries one segment from month to month, so
 * the `overdue`, `roll-rates` and `complaints` metrics can be filtered by `segment`, and the segments' answers
 * add up exactly to the book's. One source of truth for the known gap of the `outcomes` metric: the book's
 * flows of each month are split between the segments in proportion to the accounts each segment holds in the
 * from-bucket (new accounts by the segments' shares), except that `vulnerable` customers in M1 cure (M1 → M0)
 * `cureShift` (10 points) less than the others. A segment's stock at month end is the sum of its flows into
 * each bucket, so its overdue rate follows from its cures (higher for `vulnerable`, as a consequence).
 */
import type { SegmentBook } from './book.js';
import { binomial, hashSeed, mulberry32, type Random } from '../random.js';
import { OUTCOME_TRUTHS } from './outcomes.js';

/** One customer segment's part of a book: the same layout as the book, its four arrays split. */
export interface CustomerPart extends SegmentBook {
  /** Customer segment code (`vulnerable`, `hardship`, `other`). */
  customerSegment: string;
  /** The whole book. */
  parent: SegmentBook;
}

/** Rounded share `part` of `n` of `total`, cumulative so that the shares of a split add up to `total` exactly. */
function shareOf(total: number, n: number, before: number, part: number): number {
  return n > 0 ? Math.round((total * (before + part)) / n) - Math.round((total * before) / n) : 0;
}

/** Splits `total` in proportion to `weights` (cumulative rounding: exact sum, each part ≤ its weight when total ≤ Σ weights). */
export function splitByWeights(total: number, weights: readonly number[]): number[] {
  const n = weights.reduce((a, w) => a + w, 0);
  let before = 0;
  return weights.map((w, i) => {
    if (n === 0) return i === weights.length - 1 ? total : 0;
    const k = shareOf(total, n, before, w);
    before += w;
    return k;
  });
}

/**
 * Splits `total` at random between parts holding at most `caps` (Σ caps ≥ total): each part in turn draws its
 * count binomially from what is left, within the bounds that keep the rest possible; exact sum.
 */
export function randomSplit(rng: Random, total: number, caps: readonly number[]): number[] {
  let left = total;
  let room = caps.reduce((a, c) => a + c, 0);
  return caps.map((cap, i) => {
    room -= cap;
    const k =
      i === caps.length - 1
        ? left
        : Math.min(cap, left, Math.max(left - room, binomial(rng, cap, cap > 0 ? left / (room + cap) : 0)));
    left -= k;
    return k;
  });
}

/** Splits `n` accounts by the segments' declared shares (each share of what is left; `other` takes the rest). */
function splitByShares(rng: Random, n: number): number[] {
  let left = n;
  let taken = 0;
  return OUTCOME_TRUTHS.map((t) => {
    const k = t.share >= 1 ? left : binomial(rng, left, t.share / (1 - taken));
    taken += t.share;
    left -= k;
    return k;
  });
}

/** The cured accounts `cured` of a from-M1 row split by segment: each segment's cure shifted by its truth. */
function splitCures(rng: Random, cured: number, caps: readonly number[]): number[] {
  const n = caps.reduce((a, c) => a + c, 0);
  if (n === 0) return caps.map(() => 0);
  const shift = OUTCOME_TRUTHS.reduce((a, t, s) => a + t.cureShift * (caps[s] ?? 0), 0) / n;
  const base = cured / n - shift;
  let left = cured;
  const out = OUTCOME_TRUTHS.map((t, s) => {
    const cap = caps[s] ?? 0;
    const k = s === OUTCOME_TRUTHS.length - 1 ? left : Math.min(left, binomial(rng, cap, base + t.cureShift));
    left -= k;
    return k;
  });
  // The last segment took the rest: move what it cannot hold to the others (rare; keeps every count ≤ its cap).
  for (let s = 0; s < out.length; s++) {
    const over = (out[s] ?? 0) - (caps[s] ?? 0);
    if (over <= 0) continue;
    out[s] = caps[s] ?? 0;
    let rest = over;
    for (let o = 0; o < out.length && rest > 0; o++) {
      const room = (caps[o] ?? 0) - (out[o] ?? 0);
      const k = Math.min(room, rest);
      out[o] = (out[o] ?? 0) + k;
      rest -= k;
    }
  }
  return out;
}

const parts = new WeakMap<SegmentBook, CustomerPart[]>();

/**
 * The customer segments' parts of `book` (in `OUTCOME_TRUTHS` order), memoised: flows split month by month
 * with the from-bucket stocks carried forward, so each part conserves its accounts and balances like the book.
 */
export function customerParts(seed: number, book: SegmentBook, buckets: number): CustomerPart[] {
  const cached = parts.get(book);
  if (cached) return cached;
  const B = buckets;
  const F = B + 1;
  const T = B + 3;
  const months = book.overdueAccounts.length / B;
  const S = OUTCOME_TRUTHS.length;
  const out: CustomerPart[] = OUTCOME_TRUTHS.map((t) => ({
    ...book,
    customerSegment: t.segment,
    parent: book,
    overdueAccounts: new Float64Array(book.overdueAccounts.length),
    overdueBalance: new Float64Array(book.overdueBalance.length),
    flowAccounts: new Float64Array(book.flowAccounts.length),
    flowBalance: new Float64Array(book.flowBalance.length),
  }));
  const part = (s: number) => out[s] as CustomerPart;
  for (let r = 0; r < months; r++) {
    const rng = mulberry32(hashSeed(seed, 'customer-segments', book.product, book.region, r));
    for (let f = 0; f < F; f++) {
      const row = (r * F + f) * T;
      let n = 0;
      for (let t = 0; t < T; t++) n += book.flowAccounts[row + t] ?? 0;
      // Accounts of each segment in the from-bucket: last month's stock (new accounts and month 0: by shares).
      let caps = Array.from({ length: S }, (_, s) =>
        r > 0 && f < B ? (part(s).overdueAccounts[(r - 1) * B + f] ?? 0) : 0,
      );
      if (caps.reduce((a, c) => a + c, 0) !== n) caps = splitByShares(rng, n);
      const rem = [...caps];
      const alloc: number[][] = Array.from({ length: T }, () => new Array<number>(S).fill(0));
      if (f === 1) {
        alloc[0] = splitCures(rng, book.flowAccounts[row] ?? 0, caps);
        alloc[0].forEach((k, s) => (rem[s] = (rem[s] ?? 0) - k));
      }
      let left = n - (f === 1 ? (book.flowAccounts[row] ?? 0) : 0);
      for (let t = f === 1 ? 1 : 0; t < T; t++) {
        const a = book.flowAccounts[row + t] ?? 0;
        if (a === 0) continue;
        const k = a === left ? [...rem] : splitByWeights(a, rem);
        alloc[t] = k;
        k.forEach((x, s) => (rem[s] = (rem[s] ?? 0) - x));
        left -= a;
      }
      for (let t = 0; t < T; t++) {
        const counts = alloc[t] ?? [];
        const bal = book.flowBalance[row + t] ?? 0;
        const balances = splitByWeights(bal, counts.some((k) => k > 0) ? counts : caps);
        for (let s = 0; s < S; s++) {
          const p = part(s);
          const k = counts[s] ?? 0;
          const v = balances[s] ?? 0;
          p.flowAccounts[row + t] = k;
          p.flowBalance[row + t] = v;
          if (t < B) {
            p.overdueAccounts[r * B + t] = (p.overdueAccounts[r * B + t] ?? 0) + k;
            p.overdueBalance[r * B + t] = (p.overdueBalance[r * B + t] ?? 0) + v;
          }
        }
      }
    }
  }
  parts.set(book, out);
  return out;
}

/** The part of `book` of customer segment `segment`, or undefined for an unknown code. */
export function customerPart(
  seed: number,
  book: SegmentBook,
  buckets: number,
  segment: string,
): CustomerPart | undefined {
  return customerParts(seed, book, buckets).find((p) => p.customerSegment === segment);
}

/** True when `book` is one customer segment's part of a book. */
export function isCustomerPart(book: SegmentBook): book is CustomerPart {
  return 'customerSegment' in book;
}
