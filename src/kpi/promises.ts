/**
 * The promise-to-pay funnel (承诺还款漏斗): attempts → contacts → right-party contacts → promises, and the
 * outcome of matured promises (kept, partly kept, broken) with the amounts and the follow-up of broken ones.
 */
import type { PromiseFunnelRow } from '../model/rows.js';
import { KpiInputError } from './errors.js';
import { FieldSums, zeroFields } from './field-sums.js';
import type { Ratio } from './types.js';
import { checkAmount, checkAtMost, checkLabel, ratio } from './validate.js';

/** The funnel's steps, each a subset of the one before: attempts ⊇ contacts ⊇ right-party contacts ⊇ promises. */
export const FUNNEL_STEPS = ['attempts', 'contacts', 'rightPartyContacts', 'promises'] as const;

/** Outcomes of matured promises; they add up to `matured`. */
export const PROMISE_OUTCOMES = ['kept', 'partlyKept', 'broken'] as const;

/** Follow-up bins of broken promises (hours from the break to the next contact); they add up to `broken`. */
export const FOLLOW_UP_BINS = [
  'followUpUnder24h',
  'followUp24To48h',
  'followUp48To72h',
  'followUpOver72h',
  'followUpNone',
] as const;

/** Count and amount fields of a `promises` row, in contract order. */
export const PROMISE_FIELDS = [
  ...FUNNEL_STEPS,
  'pending',
  'matured',
  ...PROMISE_OUTCOMES,
  'amountPromised',
  'amountPaid',
  ...FOLLOW_UP_BINS,
] as const;

/** One field of a `promises` row. */
export type PromiseField = (typeof PROMISE_FIELDS)[number];

/**
 * The follow-up bin of a broken promise: hours from the break to the next contact, or null when there was
 * none. Bins are half-open: [0, 24), [24, 48), [48, 72), [72, ∞).
 * @example FOLLOW_UP_BINS[followUpBin(30)] // 'followUp24To48h'
 */
export function followUpBin(hours: number | null): number {
  if (hours === null || !Number.isFinite(hours)) return 4;
  if (hours < 0) throw new RangeError(`follow-up hours are ${hours}: the next contact cannot come before the break`);
  return hours < 24 ? 0 : hours < 48 ? 1 : hours < 72 ? 2 : 3;
}

/** The funnel of one period (or the total of all): the row's counts and sums with every rate. */
export interface PromiseFunnelPeriod extends Record<PromiseField, number> {
  period: string;
  /** contacts ÷ attempts. */
  contactRate: Ratio;
  /** right-party contacts ÷ attempts. */
  rpcRate: Ratio;
  /** promises ÷ right-party contacts. */
  ptpRate: Ratio;
  /** kept ÷ matured (pending promises never in the denominator). */
  keptRate: Ratio;
  /** partly kept ÷ matured. */
  partlyKeptRate: Ratio;
  /** broken ÷ matured. */
  brokenRate: Ratio;
  /** amount paid ÷ amount promised, on matured promises. */
  amountKeptRate: Ratio;
}

/** The funnel per period (ascending) and over the whole range. */
export interface PromiseFunnel {
  periods: PromiseFunnelPeriod[];
  total: PromiseFunnelPeriod;
}

function withRates(period: string, s: Record<PromiseField, number>): PromiseFunnelPeriod {
  return {
    period,
    ...s,
    contactRate: ratio(s.contacts, s.attempts),
    rpcRate: ratio(s.rightPartyContacts, s.attempts),
    ptpRate: ratio(s.promises, s.rightPartyContacts),
    keptRate: ratio(s.kept, s.matured),
    partlyKeptRate: ratio(s.partlyKept, s.matured),
    brokenRate: ratio(s.broken, s.matured),
    amountKeptRate: ratio(s.amountPaid, s.amountPromised),
  };
}

const zero = (): Record<PromiseField, number> => zeroFields(PROMISE_FIELDS);

/**
 * Sums `promises` rows per period (several rows of one period, e.g. one per team, add up) and derives
 * contact rate = contacts ÷ attempts, RPC rate = right-party contacts ÷ attempts, PTP rate = promises ÷
 * right-party contacts, kept rate = kept ÷ matured and amount kept = paid ÷ promised (null on a zero
 * denominator), plus the total of the range. Each row must hold together: contacts ≤ attempts, right-party
 * contacts ≤ contacts, promises ≤ right-party contacts, kept + partly kept + broken = matured, the follow-up
 * bins add up to broken, paid ≤ promised; otherwise `KpiInputError` names the row and fields.
 */
export function promiseFunnel(rows: readonly PromiseFunnelRow[]): PromiseFunnel {
  const sums = new FieldSums(PROMISE_FIELDS);
  rows.forEach((row, i) => {
    const period = checkLabel('promises', i, 'period', row.period);
    const key = `period ${period}`;
    const v = zero();
    for (const f of PROMISE_FIELDS) v[f] = checkAmount('promises', i, key, f, row[f]);
    checkAtMost('promises', i, key, 'contacts', v.contacts, 'attempts', v.attempts);
    checkAtMost('promises', i, key, 'rightPartyContacts', v.rightPartyContacts, 'contacts', v.contacts);
    checkAtMost('promises', i, key, 'promises', v.promises, 'rightPartyContacts', v.rightPartyContacts);
    checkAtMost('promises', i, key, 'amountPaid', v.amountPaid, 'amountPromised', v.amountPromised);
    if (v.kept + v.partlyKept + v.broken !== v.matured) {
      throw new KpiInputError(
        'inconsistent',
        `promises row ${i} (${key}): kept ${v.kept} + partlyKept ${v.partlyKept} + broken ${v.broken} is not matured ${v.matured}`,
        i,
        'matured',
      );
    }
    const followed = FOLLOW_UP_BINS.reduce((a, f) => a + v[f], 0);
    if (followed !== v.broken) {
      throw new KpiInputError(
        'inconsistent',
        `promises row ${i} (${key}): the follow-up bins add up to ${followed}, not broken ${v.broken}`,
        i,
        'broken',
      );
    }
    sums.add(period, v);
  });
  return { periods: sums.sorted(withRates), total: withRates(sums.range(), sums.total) };
}

/** One bar of the funnel: a step's count and its conversion from the step before (null for the first). */
export interface FunnelStep {
  key: (typeof FUNNEL_STEPS)[number];
  value: number;
  /** This step ÷ the step before. */
  conversion: Ratio | null;
}

/** The funnel steps of a period with their step-to-step conversions; values never increase down the steps. */
export function funnelSteps(p: Pick<PromiseFunnelPeriod, (typeof FUNNEL_STEPS)[number]>): FunnelStep[] {
  return FUNNEL_STEPS.map((key, i) => {
    const before = i > 0 ? FUNNEL_STEPS[i - 1] : undefined;
    return { key, value: p[key], conversion: before ? ratio(p[key], p[before]) : null };
  });
}
