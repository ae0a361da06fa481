/**
 * Promises of one book-month per team, from the collectors' desk work: attempts, contacts, right-party
 * contacts and promises are the agents' own (so the funnel's RPC equals the `agents` metric's); promises
 * due that month mature in it (kept = the agents' promises kept), the rest of the due promises are split
 * into partly kept and broken, and broken ones into follow-up bins. Amounts from the book's average
 * delinquent balance. Integers throughout; every split is exact, so rows add up across teams and books.
 */
import { TEAMS } from '../catalog.js';
import { binomial, rngFor, uniform } from '../random.js';
import { allocate, type AgentMonth, type AgentProfile } from './agents.js';
import type { SegmentBook } from './book.js';

/** Fields of a promise cell, in order. */
export const PROMISE_CELL = [
  'attempts',
  'contacts',
  'rightPartyContacts',
  'promises',
  'due',
  'kept',
  'partlyKept',
  'amountKept',
  'amountPartlyPromised',
  'amountPartlyPaid',
  'amountBrokenPromised',
  'under24',
  'from24',
  'from48',
  'over72',
  'none',
] as const;

/** Index of each promise cell field. */
export const P = Object.fromEntries(PROMISE_CELL.map((k, i) => [k, i])) as Record<
  (typeof PROMISE_CELL)[number],
  number
>;

/** Share of broken promises per follow-up bin (< 24 h, 24–48, 48–72, > 72 h, none) before noise. */
const FOLLOW_UP_SHARES = [0.36, 0.22, 0.12, 0.16, 0.14];

/**
 * Promise cells of book `s` in reported month `r`, one `Float64Array` of `PROMISE_CELL.length` per team
 * (in `TEAMS` order), from the desk of the region's agents (aligned with `agents`).
 */
export function promiseCells(
  seed: number,
  s: SegmentBook,
  r: number,
  agents: readonly AgentProfile[],
  desk: readonly AgentMonth[],
): Float64Array[] {
  let memo = cellMemo.get(desk);
  if (!memo) cellMemo.set(desk, (memo = computeCells(seed, s, r, agents, desk)));
  return memo;
}

/** Cells per desk month (the desk object of a book-month is memoised by `operationsOf` for normal portfolios). */
const cellMemo = new WeakMap<readonly AgentMonth[], Float64Array[]>();

function computeCells(
  seed: number,
  s: SegmentBook,
  r: number,
  agents: readonly AgentProfile[],
  desk: readonly AgentMonth[],
): Float64Array[] {
  let accounts = 0;
  let balance = 0;
  for (let k = 0; k < 3; k++) {
    accounts += s.stageAccounts[r * 3 + k] ?? 0;
    balance += s.stageBalance[r * 3 + k] ?? 0;
  }
  const ticket = accounts > 0 ? balance / accounts : 0;
  return TEAMS.map((team) => {
    const c = new Float64Array(PROMISE_CELL.length);
    desk.forEach((m, i) => {
      if (agents[i]?.team !== team.code) return;
      c[P.attempts]! += m.dials;
      c[P.contacts]! += m.connects;
      c[P.rightPartyContacts]! += m.rightPartyContacts;
      c[P.promises]! += m.promises;
      c[P.due]! += m.promisesDue;
      c[P.kept]! += m.promisesKept;
    });
    const rng = rngFor(seed, 'promises', s.product, s.region, r, team.code);
    const notKept = c[P.due]! - c[P.kept]!;
    const partly = binomial(rng, notKept, 0.3);
    const broken = notKept - partly;
    const promise = Math.round(ticket * uniform(rng, 0.1, 0.16));
    c[P.partlyKept] = partly;
    c[P.amountKept] = c[P.kept]! * promise;
    c[P.amountPartlyPromised] = partly * promise;
    c[P.amountPartlyPaid] = Math.round(partly * promise * uniform(rng, 0.3, 0.5));
    c[P.amountBrokenPromised] = broken * promise;
    const bins = allocate(
      broken,
      FOLLOW_UP_SHARES.map((w) => w * uniform(rng, 0.8, 1.2)),
    );
    bins.forEach((n, k) => (c[P.under24 + k] = n));
    return c;
  });
}
