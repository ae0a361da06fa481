import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newcombe } from '../../src/kpi/intervals.js';
import { holmBonferroni, intervalPValue, normalUpperTail } from '../../src/kpi/multiple-comparisons.js';

describe('holmBonferroni', () => {
  // Worked example of the Wikipedia article "Holm–Bonferroni method" (section Example): four hypotheses with
  // p = 0.01, 0.04, 0.03, 0.005 at α = 0.05. Sorted 0.005 ≤ 0.05/4 and 0.01 ≤ 0.05/3 are rejected; 0.03 > 0.05/2
  // stops the procedure. Adjusted by hand: 4 × 0.005 = 0.02, max(0.02, 3 × 0.01) = 0.03, max(0.03, 2 × 0.03) =
  // 0.06, max(0.06, 1 × 0.04) = 0.06 — the same as R's p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm").
  const cases: { name: string; p: number[]; alpha?: number; adjusted: number[]; rejected: boolean[] }[] = [
    {
      name: 'Wikipedia worked example',
      p: [0.01, 0.04, 0.03, 0.005],
      adjusted: [0.03, 0.06, 0.06, 0.02],
      rejected: [true, false, false, true],
    },
    {
      name: 'running maximum: 2 × 0.014 = 0.028 is raised to the 0.039 before it',
      p: [0.001, 0.013, 0.014, 0.04],
      adjusted: [0.004, 0.039, 0.039, 0.04],
      rejected: [true, true, true, true],
    },
    { name: 'capped at 1', p: [0.5, 0.6], adjusted: [1, 1], rejected: [false, false] },
    { name: 'one test: unadjusted', p: [0.049], adjusted: [0.049], rejected: [true] },
    { name: 'ties keep order', p: [0.02, 0.02, 0.02], adjusted: [0.06, 0.06, 0.06], rejected: [false, false, false] },
    { name: 'α = 0.1', p: [0.02, 0.02, 0.02], alpha: 0.1, adjusted: [0.06, 0.06, 0.06], rejected: [true, true, true] },
    { name: 'empty family', p: [], adjusted: [], rejected: [] },
  ];
  it.each(cases)('$name', ({ p, alpha, adjusted, rejected }) => {
    const r = holmBonferroni(p, alpha);
    r.adjusted.forEach((a, i) => expect(a).toBeCloseTo(adjusted[i] ?? NaN, 12));
    expect(r.adjusted).toHaveLength(adjusted.length);
    expect(r.rejected).toEqual(rejected);
  });

  it('refuses p-values outside [0, 1] and α outside (0, 1)', () => {
    expect(() => holmBonferroni([0.2, 1.5])).toThrow('holmBonferroni: p-value 1 must lie in [0, 1], got 1.5');
    expect(() => holmBonferroni([Number.NaN])).toThrow('p-value 0 must lie in [0, 1], got NaN');
    expect(() => holmBonferroni([0.2], 0)).toThrow('holmBonferroni: alpha must lie in (0, 1), got 0');
  });

  it('property: between unadjusted and Bonferroni, monotone, order-free', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 }), (p) => {
        const m = p.length;
        const { adjusted, rejected } = holmBonferroni(p);
        p.forEach((pi, i) => {
          const a = adjusted[i] ?? NaN;
          expect(a).toBeGreaterThanOrEqual(pi);
          expect(a).toBeLessThanOrEqual(Math.min(1, m * pi) + 1e-15);
          // Rejects everything Bonferroni rejects, nothing the unadjusted test keeps.
          if (m * pi <= 0.05) expect(rejected[i]).toBe(true);
          if (pi > 0.05) expect(rejected[i]).toBe(false);
          p.forEach((pj, j) => {
            if (pi < pj) expect(a).toBeLessThanOrEqual(adjusted[j] ?? NaN);
          });
        });
        const reversed = holmBonferroni([...p].reverse());
        expect(reversed.adjusted).toEqual([...adjusted].reverse());
      }),
    );
  });
});

describe('normalUpperTail and intervalPValue', () => {
  it.each([
    [0, 0.5],
    [1.959963985, 0.025],
    [2.575829304, 0.005],
    [-1.644853627, 0.95],
    [3.090232306, 0.001],
  ])('1 − Φ(%f) = %f (standard normal table)', (z, tail) => {
    expect(normalUpperTail(z)).toBeCloseTo(tail, 6);
  });

  it('the p-value of a Newcombe gap is the α whose interval just touches zero', () => {
    // Newcombe (1998b) table II: 56/70 vs 48/80, 95 % interval 0.0524 to 0.3339 — excludes zero, so p < 0.05.
    const p = intervalPValue((z) => newcombe(56, 70, 48, 80, z)) ?? NaN;
    expect(p).toBeLessThan(0.05);
    expect(p).toBeGreaterThan(0.001);
    // At that α the lower end is zero.
    let lo = 0;
    let hi = 10;
    for (let k = 0; k < 60; k++) {
      const mid = (lo + hi) / 2;
      if (normalUpperTail(mid) * 2 > p) lo = mid;
      else hi = mid;
    }
    expect(newcombe(56, 70, 48, 80, lo).low ?? NaN).toBeCloseTo(0, 6);
    expect(intervalPValue((z) => newcombe(5, 10, 5, 10, z))).toBe(1);
    expect(intervalPValue((z) => newcombe(0, 0, 5, 10, z))).toBeNull();
  });

  it('property: p < 0.05 exactly when the 95 % Newcombe interval excludes zero', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 400 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n1, n2, f1, f2) => {
          const [a, b] = [Math.round(n1 * f1), Math.round(n2 * f2)];
          const gap = newcombe(a, n1, b, n2);
          const p = intervalPValue((z) => newcombe(a, n1, b, n2, z)) ?? NaN;
          const excludes = (gap.low ?? 0) > 1e-9 || (gap.high ?? 0) < -1e-9;
          const touching = Math.abs(gap.low ?? 1) < 1e-9 || Math.abs(gap.high ?? 1) < 1e-9;
          if (!touching) expect(p < 0.05).toBe(excludes);
        },
      ),
    );
  });
});
