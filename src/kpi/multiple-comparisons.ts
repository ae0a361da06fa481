/**
 * Multiple comparisons: when a widget tests several hypotheses at once (segments × measures), the chance that
 * at least one true "no gap" is flagged grows with their number. Holm's step-down procedure (Holm 1979, "A
 * simple sequentially rejective multiple test procedure", Scand. J. Statist. 6:65–70) keeps that familywise
 * error at α and rejects at least what Bonferroni rejects. Pure functions; p-values come from the caller.
 */
import { KpiInputError } from './errors.js';
import { intervalSide, type ConfidenceInterval } from './intervals.js';

/** Holm–Bonferroni adjusted p-values and which hypotheses are rejected at level `alpha`. */
export interface HolmResult {
  /** Adjusted p-values, in the input order: max over the smaller ones of min(1, (m − rank) × p). */
  adjusted: number[];
  /** Rejected (adjusted p ≤ α), in the input order. */
  rejected: boolean[];
}

/**
 * Holm–Bonferroni: sorts the m p-values, multiplies the k-th smallest (k from 0) by m − k, keeps the running
 * maximum (capped at 1), and rejects those whose adjusted value is at most `alpha`. Ties keep the input order.
 * Throws a `KpiInputError` for a p-value outside [0, 1] or an `alpha` outside (0, 1).
 * @example holmBonferroni([0.01, 0.04, 0.03, 0.005]) // adjusted [0.03, 0.06, 0.06, 0.02], rejected [true, false, false, true]
 */
export function holmBonferroni(pValues: readonly number[], alpha = 0.05): HolmResult {
  if (!(alpha > 0 && alpha < 1))
    throw new KpiInputError('invalid', `holmBonferroni: alpha must lie in (0, 1), got ${alpha}`);
  pValues.forEach((p, i) => {
    if (!(p >= 0 && p <= 1))
      throw new KpiInputError('invalid', `holmBonferroni: p-value ${i} must lie in [0, 1], got ${p}`, i);
  });
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const adjusted = new Array<number>(m).fill(1);
  let running = 0;
  order.forEach(({ p, i }, k) => {
    running = Math.max(running, Math.min(1, (m - k) * p));
    adjusted[i] = running;
  });
  return { adjusted, rejected: adjusted.map((a) => a <= alpha) };
}

/** Standard normal upper-tail probability 1 − Φ(z) (erfc, Numerical Recipes' Chebyshev fit: relative error < 1.2e-7). */
export function normalUpperTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}

/**
 * The two-sided p-value of an interval method: the smallest α at which its (1 − α) interval excludes zero,
 * found by bisection on z (intervals widen with z). `interval(z)` is e.g. `(z) => newcombe(a, n, b, m, z)`.
 * Null when the interval has no estimate; 1 when the estimate is zero.
 */
export function intervalPValue(interval: (z: number) => ConfidenceInterval): number | null {
  const excludes = (z: number) => {
    const side = intervalSide(interval(z));
    return side === 'above' || side === 'below';
  };
  const first = interval(0);
  if (first.estimate === null) return null;
  if (!excludes(1e-9)) return 1;
  let lo = 0;
  let hi = 40;
  if (excludes(hi)) return 0;
  for (let k = 0; k < 80; k++) {
    const mid = (lo + hi) / 2;
    if (excludes(mid)) lo = mid;
    else hi = mid;
  }
  return Math.min(1, 2 * normalUpperTail(lo));
}
