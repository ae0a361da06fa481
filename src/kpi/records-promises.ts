import { at } from '../model/at.js';
/**
 * Records → `promises` rows for the `records` adapter: collectors' contact attempts and promises with
 * what was paid on them, counted exactly as the reference backend's SQL counts them
 * (src/server/sql/promises.sql). Counts and sums only; rates come from `promiseFunnel`.
 */
import type { PromiseFunnelRow } from '../model/rows.js';
import { KpiInputError } from './errors.js';
import { FOLLOW_UP_BINS, followUpBin, PROMISE_FIELDS, type PromiseField } from './promises.js';
import { checkAmount } from './validate.js';

/** A contact attempt as the funnel reads it. */
export interface FunnelAttempt {
  /** Instant of the attempt (ISO 8601 or epoch ms). */
  at: string | number;
  accountId: string;
  /** Collector who made it; attempts without one (SMS, IVR, letters) are not in the funnel's steps. */
  agentId?: string | null;
  answered: boolean;
  /** Reached the debtor. */
  rightParty?: boolean;
  /** A promise to pay was made in it. */
  promised?: boolean;
}

/** A promise to pay and what was paid on it. */
export interface PromiseRecord {
  accountId: string;
  /** Instant the promise was made (its attempt's). */
  madeAt: string | number;
  /** Due date `YYYY-MM-DD`. */
  dueOn: string;
  amount: number;
  /** Amount paid towards it (0 when nothing). */
  paid: number;
  /** Day the payment was completed, `YYYY-MM-DD`; null when nothing was paid. */
  paidOn?: string | null;
}

/** Options of {@link promisesToFunnel}. */
export interface FunnelRecordOptions {
  /** Days after the due date before a promise matures (default 0). */
  graceDays?: number;
  /** The data's as-of instant: promises whose due date + grace is after its day are pending. */
  asOf: string;
  /** Attempts in which to look for the next contact after a break (default `attempts`): all of an account's, whatever the filters. */
  contacts?: readonly Pick<FunnelAttempt, 'at' | 'accountId' | 'answered'>[];
}

const DAY = 86_400_000;
const instant = (at: string | number) => (typeof at === 'number' ? at : Date.parse(at));
const monthOf = (ms: number) => new Date(ms).toISOString().slice(0, 7);
const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** Index of the first element of sorted `xs` that is ≥ `x`. */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at(xs, mid) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One `promises` row per UTC month with data: attempts, contacts, right-party contacts and promises of
 * collectors' attempts by attempt month; a promise matures when its due date + `graceDays` is on or before
 * the as-of day and is counted in that day's month: kept when paid ≥ amount by then, partly kept when
 * something was paid by then, broken otherwise (payments completed after it do not count; paid counts up
 * to the amount). Broken promises are binned by hours from the break (midnight UTC after the due date +
 * grace) to the account's next answered attempt. Promises not yet mature are pending in the month made.
 */
export function promisesToFunnel(
  attempts: readonly FunnelAttempt[],
  promises: readonly PromiseRecord[],
  options: FunnelRecordOptions,
): PromiseFunnelRow[] {
  const grace = options.graceDays ?? 0;
  if (!Number.isInteger(grace) || grace < 0) throw new RangeError(`graceDays is ${grace}, must be a whole number ≥ 0`);
  const asOfDay = dayMs(new Date(instant(options.asOf)).toISOString().slice(0, 10));
  if (!Number.isFinite(asOfDay)) throw new RangeError(`asOf is ${options.asOf}, must be an ISO 8601 instant`);
  const rows = new Map<string, Record<PromiseField, number>>();
  const row = (period: string) => {
    let r = rows.get(period);
    if (!r)
      rows.set(period, (r = Object.fromEntries(PROMISE_FIELDS.map((f) => [f, 0])) as Record<PromiseField, number>));
    return r;
  };
  const contactsOf = new Map<string, number[]>();
  const atOf = (a: Pick<FunnelAttempt, 'at'>, i: number) => {
    const at = instant(a.at);
    if (!Number.isFinite(at))
      throw new KpiInputError('missing', `contact attempt ${i}: at is ${String(a.at)}, must be an instant`, i, 'at');
    return at;
  };
  (options.contacts ?? attempts).forEach((a, i) => {
    if (!a.answered) return;
    let list = contactsOf.get(a.accountId);
    if (!list) contactsOf.set(a.accountId, (list = []));
    list.push(atOf(a, i));
  });
  attempts.forEach((a, i) => {
    const at = atOf(a, i);
    if (!a.agentId) return;
    const r = row(monthOf(at));
    r.attempts++;
    if (a.answered) r.contacts++;
    if (a.rightParty) r.rightPartyContacts++;
    if (a.promised) r.promises++;
  });
  for (const list of contactsOf.values()) list.sort((x, y) => x - y);
  promises.forEach((p, i) => {
    const key = `account ${p.accountId}`;
    const amount = checkAmount('promise', i, key, 'amount', p.amount);
    const paid = checkAmount('promise', i, key, 'paid', p.paid);
    const due = dayMs(p.dueOn);
    if (!Number.isFinite(due))
      throw new KpiInputError(
        'missing',
        `promise ${i} (${key}): dueOn is ${String(p.dueOn)}, must be a date YYYY-MM-DD`,
        i,
        'dueOn',
      );
    const matures = due + grace * DAY;
    if (matures > asOfDay) {
      row(monthOf(instant(p.madeAt))).pending++;
      return;
    }
    const r = row(monthOf(matures));
    const inTime = p.paidOn != null && dayMs(p.paidOn) <= matures ? Math.min(paid, amount) : 0;
    r.matured++;
    r.amountPromised += amount;
    r.amountPaid += inTime;
    if (inTime >= amount && amount > 0) r.kept++;
    else if (inTime > 0) r.partlyKept++;
    else {
      r.broken++;
      const broke = matures + DAY;
      const list = contactsOf.get(p.accountId) ?? [];
      const next = list[lowerBound(list, broke)];
      const bin = FOLLOW_UP_BINS[followUpBin(next === undefined ? null : (next - broke) / 3_600_000)] ?? 'followUpNone';
      r[bin]++;
    }
  });
  return [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([period, r]) => ({ period, ...r }));
}
