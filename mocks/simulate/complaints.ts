/**
 * Complaints of one book-month by category × collection channel, with their handling: closed by the
 * as-of date, closed within the deadline, upheld. Volumes follow the active accounts (about two per
 * 10,000 a month), product and regional risk, and the economic cycle.
 */
import { CHANNELS } from '../../src/model/rows.js';
import { COMPLAINT_CATEGORIES } from '../catalog.js';
import { binomial, poisson, rngFor } from '../random.js';
import { PRODUCT_PARAMS, REGION_PARAMS, macroFactor } from './params.js';

/** Fields per complaint cell: received, closed, closedOnTime, upheld. */
export const COMPLAINT_FIELDS = 4;

const CATEGORY_WEIGHT: Record<string, number> = {
  'not-owed': 0.12,
  'communication-tactics': 0.3,
  'written-notification': 0.06,
  'false-statements': 0.1,
  'threatened-action': 0.18,
  'third-party': 0.16,
  'electronic-communications': 0.08,
};

const GENERIC_MIX = {
  phone: 0.55,
  sms: 0.12,
  ivr: 0.03,
  app: 0.05,
  visit: 0.1,
  letter: 0.03,
  agency: 0.1,
  legal: 0.02,
};

const CHANNEL_MIX: Record<string, Partial<Record<string, number>>> = {
  'electronic-communications': { sms: 0.5, ivr: 0.2, app: 0.3 },
  'written-notification': { letter: 0.5, phone: 0.3, agency: 0.2 },
  'third-party': { phone: 0.6, visit: 0.25, agency: 0.15 },
};

/** Complaints per 10,000 active accounts per month at a neutral economy. */
export const COMPLAINTS_PER_10K = 2.2;

/**
 * Complaint cells of one book-month: index `(category * channels + channel) * 4 + field`.
 * `monthsToAsOf` is how many months lie between receipt and the as-of date (0 for the last month).
 */
export function complaintsMonth(
  seed: number,
  product: string,
  region: string,
  month: number,
  activeAccounts: number,
  monthsToAsOf: number,
): Int32Array {
  const rng = rngFor(seed, 'complaints', product, region, month);
  const productRisk = (PRODUCT_PARAMS[product] ?? PRODUCT_PARAMS['cash-loan']!).risk;
  const regionRisk = REGION_PARAMS[region]?.risk ?? 1;
  const lambda = (activeAccounts / 10_000) * COMPLAINTS_PER_10K * productRisk * regionRisk * macroFactor(month);
  const closeShare = monthsToAsOf === 0 ? 0.7 : monthsToAsOf === 1 ? 0.95 : 1;
  const cells = new Int32Array(COMPLAINT_CATEGORIES.length * CHANNELS.length * COMPLAINT_FIELDS);
  COMPLAINT_CATEGORIES.forEach((category, c) => {
    const mix = CHANNEL_MIX[category.code] ?? GENERIC_MIX;
    CHANNELS.forEach((channel, h) => {
      const share = (CATEGORY_WEIGHT[category.code] ?? 0.1) * (mix[channel] ?? 0);
      const received = poisson(rng, lambda * share);
      if (!received) return;
      const closed = binomial(rng, received, closeShare);
      const onTime = binomial(rng, closed, channel === 'agency' ? 0.82 : 0.93);
      const upheld = binomial(
        rng,
        closed,
        category.code === 'threatened-action' || category.code === 'third-party' ? 0.34 : 0.22,
      );
      const at = (c * CHANNELS.length + h) * COMPLAINT_FIELDS;
      cells[at] = received;
      cells[at + 1] = closed;
      cells[at + 2] = onTime;
      cells[at + 3] = upheld;
    });
  });
  return cells;
}

/** Complaints received about a channel in a complaints cell array. */
export function receivedByChannel(cells: Int32Array, channel: string): number {
  const h = (CHANNELS as readonly string[]).indexOf(channel);
  let n = 0;
  for (let c = 0; c < COMPLAINT_CATEGORIES.length; c++) n += cells[(c * CHANNELS.length + h) * COMPLAINT_FIELDS]!;
  return n;
}
