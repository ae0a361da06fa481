/**
 * The loan book of one product × region: monthly origination cohorts whose accounts and outstanding
 * principal move between buckets M0…M7+ each month. Aggregate level only (counts and sums per cohort
 * and bucket), so a few years of a whole lender simulate in milliseconds.
 *
 * Conservation, exact in integers (accounts; balances in whole yuan), for every month t:
 * - Σ over to-states of flows(from = i) = bucket i at t−1 (accounts and balance);
 * - Σ over from-states of flows(to = j) = bucket j at t, where from-state `NEW` holds the accounts
 *   originated in t (they enter `M0`);
 * - exits: `CLOSED` (paid off: accounts and the balance they repaid), `REPAID` (principal repaid by
 *   accounts that stay open, accounts 0) and `CO` (charged off from the charge-off bucket).
 * Balances are outstanding principal: no interest accrual, no new draws on cards.
 */
import { normal, roundRandom, type Random } from '../random.js';
import {
  BASE_ENTRY_RATE,
  CHARGE_OFF_CURE,
  DELINQUENT_MOVES,
  PRODUCT_PARAMS,
  REGION_PARAMS,
  macroFactor,
  originationSeason,
  seasoning,
  type ProductParams,
} from './params.js';

/** Collection stages by from-bucket: 0 early (M1), 1 mid (M2–M3), 2 late (M4+). */
export function stageOfBucket(bucket: number): number {
  return bucket <= 1 ? 0 : bucket <= 3 ? 1 : 2;
}

/** Number of collection stages. */
export const STAGE_COUNT = 3;

/** One origination cohort inside the reported window, with its state after every month on book. */
export interface CohortBook {
  /** Reported month index (0 = first month of the window) of origination. */
  month: number;
  accounts: number;
  amount: number;
  /** Accounts per bucket at the end of month `month + mob`: index `mob * buckets + bucket`. */
  accountsByMob: Float64Array;
  /** Outstanding balance per bucket, same layout. */
  balanceByMob: Float64Array;
}

/** Monthly aggregates of one product × region over the reported window. */
export interface SegmentBook {
  product: string;
  region: string;
  /** Accounts per bucket at month end: index `month * B + bucket`. */
  overdueAccounts: Float64Array;
  /** Balance per bucket at month end (whole yuan). */
  overdueBalance: Float64Array;
  /** Flows t−1 → t: index `(month * F + from) * T + to`, F = B + 1 (`NEW` last), T = B + 3 (`CLOSED`, `REPAID`, `CO`). */
  flowAccounts: Float64Array;
  flowBalance: Float64Array;
  /** Payments by delinquent accounts per month and stage: index `month * 3 + stage` (whole yuan). */
  collected: Float64Array;
  /** Delinquent accounts and balance at the start of each month per stage (the collectors' workload). */
  stageAccounts: Float64Array;
  stageBalance: Float64Array;
  cohorts: CohortBook[];
}

/** Inputs of {@link simulateBook}. */
export interface BookInput {
  rng: Random;
  product: string;
  region: string;
  /** Absolute month index of the first reported month. */
  start: number;
  months: number;
  /** Months simulated before `start` so the book is seasoned when reporting begins. */
  warmup: number;
  buckets: number;
  /** Index of the charge-off bucket: its accounts are charged off the next month. */
  chargeOff: number;
  accountsPerCohort?: number;
}

interface LiveCohort {
  origin: number;
  acc: Float64Array;
  bal: Float64Array;
  /** Next month's state, swapped with acc/bal after each month (no allocation per month). */
  nextAcc: Float64Array;
  nextBal: Float64Array;
  report?: CohortBook;
}

/** Splits `total` (integer) in proportion to integer `parts` of `n`, exactly, by cumulative rounding. */
function shareOf(total: number, n: number, before: number, part: number): number {
  return Math.round((total * (before + part)) / n) - Math.round((total * before) / n);
}

/**
 * Moves `n` accounts with balance `v` out of bucket `b` to the targets prepared in the scratch arrays:
 * stochastic rounding for all targets but the last, which takes the remainder; balances split exactly.
 * Records flows and collections when the month `r` is reported (r ≥ 0).
 */
function applySplit(
  rng: Random,
  book: SegmentBook,
  count: number,
  tState: Int32Array,
  tProb: Float64Array,
  tPay: Float64Array,
  n: number,
  v: number,
  b: number,
  r: number,
  nextAcc: Float64Array,
  nextBal: Float64Array,
): void {
  const B = nextAcc.length;
  const T = B + 3;
  const CLOSED = B;
  const REPAID = B + 1;
  const CO = B + 2;
  const report = r >= 0;
  const at = (r * (B + 1) + b) * T;
  let before = 0;
  for (let j = 0; j < count; j++) {
    const left = n - before;
    const moved = j === count - 1 ? left : Math.min(left, roundRandom(rng, n * tProb[j]!));
    const share = n > 0 ? shareOf(v, n, before, moved) : j === count - 1 ? v : 0;
    before += moved;
    if (moved === 0 && share === 0) continue;
    const to = tState[j]!;
    const pay = to === CLOSED ? share : Math.round(share * tPay[j]!);
    const kept = share - pay;
    if (to < B) {
      nextAcc[to]! += moved;
      nextBal[to]! += kept;
      if (b > 0 && report) book.collected[r * 3 + stageOfBucket(b)]! += pay;
    }
    if (report) {
      book.flowAccounts[at + to]! += moved;
      book.flowBalance[at + to]! += to === CLOSED || to === CO ? share : kept;
      if (to < B && pay > 0) book.flowBalance[at + REPAID]! += pay;
    }
  }
}

/** Simulates one product × region book month by month. */
export function simulateBook(input: BookInput): SegmentBook {
  const { rng, start, months, warmup, buckets: B, chargeOff } = input;
  const p: ProductParams = PRODUCT_PARAMS[input.product] ?? PRODUCT_PARAMS['cash-loan']!;
  const region = REGION_PARAMS[input.region] ?? { volume: 1, risk: 1 };
  const F = B + 1;
  const T = B + 3;
  const CLOSED = B;
  const CO = B + 2;
  const book: SegmentBook = {
    product: input.product,
    region: input.region,
    overdueAccounts: new Float64Array(months * B),
    overdueBalance: new Float64Array(months * B),
    flowAccounts: new Float64Array(months * F * T),
    flowBalance: new Float64Array(months * F * T),
    collected: new Float64Array(months * 3),
    stageAccounts: new Float64Array(months * 3),
    stageBalance: new Float64Array(months * 3),
    cohorts: [],
  };
  const baseAccounts = input.accountsPerCohort ?? p.accounts;
  const live: LiveCohort[] = [];
  // Scratch space for one cohort-bucket split: target state, probability, payment fraction.
  const tState = new Int32Array(5);
  const tProb = new Float64Array(5);
  const tPay = new Float64Array(5);

  for (let m = start - warmup; m < start + months; m++) {
    const r = m - start; // reported month index, negative during warm-up
    const report = r >= 0;
    const macro = macroFactor(m);
    const entryShock = Math.exp(normal(rng, 0, 0.06));
    const rollShock = Math.exp(normal(rng, 0, 0.04));
    const rollFactor = 1 + 0.6 * (macro * Math.sqrt(p.risk * region.risk) * rollShock - 1);

    if (report) {
      for (const c of live) {
        for (let b = 1; b < B; b++) {
          const s = r * 3 + stageOfBucket(b);
          book.stageAccounts[s]! += c.acc[b]!;
          book.stageBalance[s]! += c.bal[b]!;
        }
      }
    }

    for (const c of live) {
      const k = m - c.origin; // months on book after this month
      const nextAcc = c.nextAcc.fill(0);
      const nextBal = c.nextBal.fill(0);
      const installment = p.term > 0 ? 1 / Math.max(1, p.term - k + 1) : p.minPayment;
      for (let b = 0; b < B; b++) {
        const n = c.acc[b]!;
        const v = c.bal[b]!;
        if (n <= 0 && v <= 0) continue;
        let count: number;
        if (b === 0) {
          if (p.term > 0 && k >= p.term) {
            tState[0] = CLOSED;
            tProb[0] = 1;
            tPay[0] = 1;
            count = 1;
          } else {
            const roll = Math.min(0.2, BASE_ENTRY_RATE * p.risk * region.risk * macro * seasoning(k) * entryShock);
            tState[0] = CLOSED;
            tProb[0] = p.prepay;
            tPay[0] = 1;
            tState[1] = 1;
            tProb[1] = roll;
            tPay[1] = 0;
            tState[2] = 0;
            tProb[2] = 1 - roll - p.prepay;
            tPay[2] = installment;
            count = 3;
          }
        } else if (b === chargeOff) {
          tState[0] = 0;
          tProb[0] = CHARGE_OFF_CURE;
          tPay[0] = Math.min(0.95, installment * (b + 1));
          tState[1] = CO;
          tProb[1] = 1 - CHARGE_OFF_CURE;
          tPay[1] = 0;
          count = 2;
        } else {
          const moves = DELINQUENT_MOVES[Math.min(b, DELINQUENT_MOVES.length - 1)]!;
          const cure = moves[0];
          const back = moves[1];
          const stay = moves[2];
          const roll0 = moves[3];
          const odds = (roll0 / (1 - roll0)) * rollFactor;
          const roll = odds / (1 + odds);
          const scale = (1 - roll) / (cure + back + stay);
          const q = Math.min(0.25, installment);
          tState[0] = 0;
          tProb[0] = (b === 1 ? cure + back : cure) * scale;
          tPay[0] = Math.min(0.95, q * (b + 1));
          count = 1;
          if (b > 1) {
            tState[count] = b - 1;
            tProb[count] = back * scale;
            tPay[count] = Math.min(0.95, 2 * q);
            count++;
          }
          tState[count] = b + 1;
          tProb[count] = roll;
          tPay[count] = 0;
          count++;
          tState[count] = b;
          tProb[count] = stay * scale;
          tPay[count] = q;
          count++;
        }
        applySplit(rng, book, count, tState, tProb, tPay, n, v, b, r, nextAcc, nextBal);
      }
      c.nextAcc = c.acc;
      c.nextBal = c.bal;
      c.acc = nextAcc;
      c.bal = nextBal;
    }

    // New cohort originated this month: it is current (M0) at month end.
    const growth = Math.pow(1.008, m - start);
    const n = Math.max(
      1,
      Math.round(baseAccounts * region.volume * growth * originationSeason(m) * Math.exp(normal(rng, 0, 0.05))),
    );
    const amount = Math.round(n * p.ticket * Math.exp(normal(rng, 0, 0.04)));
    const cohort: LiveCohort = {
      origin: m,
      acc: new Float64Array(B),
      bal: new Float64Array(B),
      nextAcc: new Float64Array(B),
      nextBal: new Float64Array(B),
    };
    cohort.acc[0] = n;
    cohort.bal[0] = amount;
    live.push(cohort);
    if (report) {
      const at = (r * F + B) * T; // from-state NEW
      book.flowAccounts[at]! += n;
      book.flowBalance[at]! += amount;
      const mobs = months - r;
      cohort.report = {
        month: r,
        accounts: n,
        amount,
        accountsByMob: new Float64Array(mobs * B),
        balanceByMob: new Float64Array(mobs * B),
      };
      book.cohorts.push(cohort.report);
    }

    // Month-end snapshots; drop cohorts that have fully left the book.
    for (let i = live.length - 1; i >= 0; i--) {
      const c = live[i]!;
      let alive = false;
      for (let b = 0; b < B; b++) {
        if (report) {
          book.overdueAccounts[r * B + b]! += c.acc[b]!;
          book.overdueBalance[r * B + b]! += c.bal[b]!;
        }
        if (c.acc[b]! > 0 || c.bal[b]! > 0) alive = true;
      }
      if (c.report) {
        const at = (m - c.origin) * B;
        c.report.accountsByMob.set(c.acc, at);
        c.report.balanceByMob.set(c.bal, at);
      }
      if (!alive) live.splice(i, 1);
    }
  }
  return book;
}
