/**
 * Confidence intervals from counts and sums: the Wilson score interval of a proportion, Newcombe's hybrid
 * score interval of a difference of proportions, normal intervals of a mean (and of a difference of
 * means) from a sum and a sum of squares, and the sample size a two-proportion test needs. Pure math; 95 %
 * two-sided by default. References: Newcombe RG (1998), "Two-sided confidence intervals for the single
 * proportion: comparison of seven methods", Statistics in Medicine 17:857–872 (Wilson, method 3), and
 * "ConfidenceInterval estimation for the difference between independent proportions: comparison of eleven
 * methods", Statistics in Medicine 17:873–890 (method 10).
 */

/** z of a two-sided 95 % interval (the 97.5th percentile of the standard normal). */
export const Z95 = 1.959963984540054;

/** z of 80 % power (the 80th percentile of the standard normal). */
export const Z_POWER80 = 0.8416212335729143;

/** An estimate with its interval; all null when there is nothing to estimate from. */
export interface ConfidenceInterval {
  estimate: number | null;
  low: number | null;
  high: number | null;
}

const NONE: ConfidenceInterval = Object.freeze({ estimate: null, low: null, high: null });

/**
 * Wilson score interval of `successes` out of `trials` (Newcombe 1998a, method 3, no continuity
 * correction): centre (p + z²/2n) ÷ (1 + z²/n), half-width z·√(p(1−p)/n + z²/4n²) ÷ (1 + z²/n).
 * Never leaves [0, 1]; null parts when `trials` is 0.
 * @example wilson(81, 263) // { estimate: 0.308, low: 0.2553, high: 0.3662 } (Newcombe 1998a, table I)
 */
export function wilson(successes: number, trials: number, z = Z95): ConfidenceInterval {
  if (!(trials > 0)) return NONE;
  const p = successes / trials;
  const z2 = z * z;
  const denom = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denom;
  return { estimate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * Newcombe's hybrid score interval of p₁ − p₂ (1998b, method 10) from the two Wilson intervals (l₁, u₁),
 * (l₂, u₂): low = d − √((p₁ − l₁)² + (u₂ − p₂)²), high = d + √((u₁ − p₁)² + (p₂ − l₂)²).
 * @example newcombe(56, 70, 48, 80) // { estimate: 0.2, low: 0.0524, high: 0.3339 } (Newcombe 1998b, table II)
 */
export function newcombe(
  successes1: number,
  trials1: number,
  successes2: number,
  trials2: number,
  z = Z95,
): ConfidenceInterval {
  const a = wilson(successes1, trials1, z);
  const b = wilson(successes2, trials2, z);
  if (a.estimate === null || b.estimate === null) return NONE;
  const [p1, l1, u1] = [a.estimate, a.low ?? 0, a.high ?? 1];
  const [p2, l2, u2] = [b.estimate, b.low ?? 0, b.high ?? 1];
  const d = p1 - p2;
  return {
    estimate: d,
    low: d - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2),
    high: d + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2),
  };
}

/** Mean and its standard error from a count, a sum and a sum of squares; null when n < 2. */
export function meanAndError(n: number, sum: number, sumSq: number): { mean: number; se: number } | null {
  if (!(n >= 2)) return null;
  const mean = sum / n;
  // Sample variance; rounding can take it a hair below 0 when every value is equal.
  const variance = Math.max(0, (sumSq - (sum * sum) / n) / (n - 1));
  return { mean, se: Math.sqrt(variance / n) };
}

/**
 * Normal interval of a mean from `n`, Σx and Σx² (so it can be computed from additive rows): mean ± z·s/√n,
 * s² = (Σx² − (Σx)²/n) ÷ (n − 1). Null parts when n < 2.
 * @example meanInterval(4, 10, 30) // mean 2.5, s² = 5/3, low 2.5 − 1.96·√(5/12)
 */
export function meanInterval(n: number, sum: number, sumSq: number, z = Z95): ConfidenceInterval {
  const m = meanAndError(n, sum, sumSq);
  return m ? { estimate: m.mean, low: m.mean - z * m.se, high: m.mean + z * m.se } : NONE;
}

/** Normal (Welch) interval of mean₁ − mean₂ from two groups' n, Σx and Σx²: d ± z·√(se₁² + se₂²). */
export function meanDifferenceInterval(
  a: { n: number; sum: number; sumSq: number },
  b: { n: number; sum: number; sumSq: number },
  z = Z95,
): ConfidenceInterval {
  const x = meanAndError(a.n, a.sum, a.sumSq);
  const y = meanAndError(b.n, b.sum, b.sumSq);
  if (!x || !y) return NONE;
  const d = x.mean - y.mean;
  const se = Math.sqrt(x.se ** 2 + y.se ** 2);
  return { estimate: d, low: d - z * se, high: d + z * se };
}

/**
 * Accounts each arm needs so that a two-sided test at 5 % has 80 % power to detect `mde` (an absolute
 * difference of proportions) from a baseline rate `p` (Fleiss, Statistical Methods for Rates and
 * Proportions, formula 4.14 without continuity correction):
 * n = (z_α/2·√(2·p̄(1−p̄)) + z_β·√(p₁(1−p₁) + p₂(1−p₂)))² ÷ mde², p₂ = p + mde, p̄ = (p₁ + p₂)/2, rounded up.
 * Null when the baseline or the effect leaves (0, 1) or `mde` is not above 0.
 * @example sampleSizePerArm(0.5, 0.1) // 388
 */
export function sampleSizePerArm(p: number, mde: number, zAlpha = Z95, zBeta = Z_POWER80): number | null {
  if (!(mde > 0) || !(p > 0 && p < 1)) return null;
  // Detect the effect in the direction that stays inside (0, 1).
  const p2 = p + mde < 1 ? p + mde : p - mde;
  if (!(p2 > 0 && p2 < 1)) return null;
  const bar = (p + p2) / 2;
  const root = zAlpha * Math.sqrt(2 * bar * (1 - bar)) + zBeta * Math.sqrt(p * (1 - p) + p2 * (1 - p2));
  return Math.ceil((root * root) / (mde * mde));
}

/**
 * How an interval of a difference reads: `above` zero (all of it), `below` zero, or `crosses` zero (no
 * difference shown); null without an interval.
 */
export function intervalSide(i: ConfidenceInterval): 'above' | 'below' | 'crosses' | null {
  if (i.low === null || i.high === null) return null;
  if (i.low > 0) return 'above';
  if (i.high < 0) return 'below';
  return 'crosses';
}
