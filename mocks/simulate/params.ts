/**
 * Behavioural parameters of the simulated portfolio: product terms and ticket sizes, regional risk,
 * the economic cycle, and the bucket-to-bucket roll and cure probabilities.
 */
import { calendarMonth } from '../calendar.js';

/** How one product behaves. */
export interface ProductParams {
  /** Contractual term in months; 0 means revolving (credit card: minimum payments, no maturity). */
  term: number;
  /** Mean originated amount per account (CNY). */
  ticket: number;
  /** Accounts originated per month per region before growth and seasonality. */
  accounts: number;
  /** Monthly probability that a current account pays off early (or closes, for cards). */
  prepay: number;
  /** Monthly principal repayment share for revolving products. */
  minPayment: number;
  /** Multiplier on the current → M1 probability. */
  risk: number;
  /** Cumulative gross recovery share 36 months after charge-off. */
  recovery: number;
}

/** Parameters of the known products; unknown product codes fall back to `cash-loan`. */
export const PRODUCT_PARAMS: Record<string, ProductParams> = {
  'cash-loan': { term: 24, ticket: 26_000, accounts: 1_100, prepay: 0.018, minPayment: 0, risk: 1.15, recovery: 0.2 },
  'credit-card': { term: 0, ticket: 14_000, accounts: 800, prepay: 0.012, minPayment: 0.07, risk: 1.0, recovery: 0.17 },
  auto: { term: 48, ticket: 115_000, accounts: 220, prepay: 0.01, minPayment: 0, risk: 0.6, recovery: 0.28 },
};

/** Volume and risk multipliers per region; unknown regions are neutral. */
export const REGION_PARAMS: Record<string, { volume: number; risk: number }> = {
  east: { volume: 1.3, risk: 0.85 },
  north: { volume: 0.95, risk: 1.05 },
  south: { volume: 1.1, risk: 0.95 },
  west: { volume: 0.65, risk: 1.25 },
};

/**
 * Probabilities out of a delinquent bucket Mk (k ≥ 1) before the charge-off bucket:
 * `[cure to M0, back one bucket, stay, roll forward]` at a neutral economy. The economy scales the
 * odds of rolling forward, so high roll rates stay below 1. Flow rates as DESIGN.md defines them
 * (balance in Mn at t ÷ balance in Mn−1 at t−1) come out a little higher, as they include stays.
 */
export const DELINQUENT_MOVES: readonly (readonly [number, number, number, number])[] = [
  [0, 0, 0, 0], // M0 is handled separately
  [0.58, 0, 0.12, 0.3], // M1 → M2 ≈ 30 %
  [0.18, 0.16, 0.14, 0.52], // M2 → M3 ≈ 52 %
  [0.1, 0.1, 0.07, 0.73], // M3 → M4
  [0.06, 0.08, 0.06, 0.8],
  [0.04, 0.06, 0.05, 0.85],
  [0.03, 0.04, 0.05, 0.88],
  [0.03, 0.04, 0.05, 0.88],
];

/** Probability that a current account misses a payment (M0 → M1) at a neutral economy. */
export const BASE_ENTRY_RATE = 0.024;

/** Share of the charge-off bucket that cures instead of being charged off. */
export const CHARGE_OFF_CURE = 0.02;

/**
 * Economic and seasonal multiplier on roll-forward probabilities for a month index: a slow three-year
 * cycle, a Chinese-New-Year bump in February, and a deterioration in mid-2024 that fades by early 2025.
 */
export function macroFactor(month: number): number {
  const cycle = 1 + 0.08 * Math.sin((2 * Math.PI * month) / 36);
  const cm = calendarMonth(month);
  const seasonal = cm === 2 ? 1.15 : cm === 3 ? 1.06 : cm === 12 ? 1.04 : 1;
  const shockCentre = 2024 * 12 + 6; // 2024-07
  const shock = 1 + 0.18 * Math.exp(-(((month - shockCentre) / 3) ** 2));
  return cycle * seasonal * shock;
}

/** Origination seasonality per calendar month (CNY dip in February, year-end push). */
export function originationSeason(month: number): number {
  return [0.95, 0.75, 1.02, 1.0, 1.03, 1.05, 1.0, 1.02, 1.05, 1.08, 1.12, 1.15][calendarMonth(month) - 1]!;
}

/** Seasoning curve: young accounts miss fewer payments, with a peak around 6–12 months on book. */
export function seasoning(mob: number): number {
  return 0.45 + 0.85 * (1 - Math.exp(-mob / 3)) - 0.2 * (1 - Math.exp(-mob / 24));
}
