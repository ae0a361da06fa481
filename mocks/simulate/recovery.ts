/**
 * Recoveries after charge-off: each month's charged-off balance of a book becomes a charge-off
 * cohort recovered over the following 36 months along a hump-shaped curve (most cash in months 3–12),
 * with collection fees (agency commission, legal costs) of roughly 10–20 % of what is recovered.
 */
import { PRODUCT_PARAMS } from './params.js';
import { normal, rngFor } from '../random.js';

/** Months after charge-off that recoveries are simulated for. */
export const RECOVERY_MONTHS = 36;

const WEIGHTS = (() => {
  const w = Array.from({ length: RECOVERY_MONTHS }, (_, i) => Math.pow(i + 1, 0.9) * Math.exp(-(i + 1) / 6.5) + 0.004);
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / total);
})();

/** Recovered amounts and fees (whole yuan) for months 1…36 after charge-off of one cohort of one book. */
export function recoverySchedule(
  seed: number,
  product: string,
  region: string,
  cohortMonth: number,
  chargedOff: number,
) {
  const rng = rngFor(seed, 'recovery', product, region, cohortMonth);
  const target = (PRODUCT_PARAMS[product] ?? PRODUCT_PARAMS['cash-loan']!).recovery * Math.exp(normal(rng, 0, 0.08));
  const recovered = new Float64Array(RECOVERY_MONTHS);
  const fees = new Float64Array(RECOVERY_MONTHS);
  for (let m = 0; m < RECOVERY_MONTHS; m++) {
    const amount = Math.max(0, Math.round(chargedOff * target * WEIGHTS[m]! * Math.exp(normal(rng, 0, 0.15))));
    const feeShare = Math.min(0.3, Math.max(0.05, 0.1 + (0.08 * m) / RECOVERY_MONTHS + normal(rng, 0, 0.015)));
    recovered[m] = amount;
    fees[m] = Math.round(amount * feeShare);
  }
  return { recovered, fees };
}
