/**
 * Interval math against published worked examples:
 * - Wilson (score, no continuity correction): Newcombe RG (1998a), Statistics in Medicine 17:857–872,
 *   table I, method 3: 81/263, 15/148, 0/20, 1/29, 29/29; 0/10 from table II of 1998b (0.2775 = its upper limit).
 * - Newcombe hybrid score difference: Newcombe RG (1998b), Statistics in Medicine 17:873–890, table II,
 *   method 10, examples (a)–(h).
 * - Sample size: Fleiss' formula without continuity correction, evaluated by hand below.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  intervalSide,
  meanDifferenceInterval,
  meanInterval,
  newcombe,
  sampleSizePerArm,
  wilson,
} from '../../src/kpi/intervals.js';

const r4 = (v: number | null) => (v === null ? null : Math.round(v * 10_000) / 10_000);

describe('wilson', () => {
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
    [29, 29, 0.883, 1],
    [0, 10, 0, 0.2775],
  ])('%i/%i → [%f, %f] (Newcombe 1998a, table I, method 3)', (x, n, low, high) => {
    const w = wilson(x, n);
    expect(w.estimate).toBe(x / n);
    expect([r4(w.low), r4(w.high)]).toEqual([low, high]);
  });

  it('no trials: nothing to estimate', () => {
    expect(wilson(0, 0)).toEqual({ estimate: null, low: null, high: null });
  });

  it('property: the interval holds the estimate, stays in [0, 1] and narrows as n grows at the same rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const x = Math.round(share * n);
        const w = wilson(x, n);
        expect(w.low!).toBeGreaterThanOrEqual(0);
        expect(w.high!).toBeLessThanOrEqual(1);
        expect(w.low!).toBeLessThanOrEqual(w.estimate! + 1e-12);
        expect(w.high!).toBeGreaterThanOrEqual(w.estimate! - 1e-12);
        const wide = wilson(x * 4, n * 4);
        expect(wide.high! - wide.low!).toBeLessThan(w.high! - w.low! + 1e-12);
      }),
    );
  });
});

describe('newcombe (method 10)', () => {
  it.each([
    ['a', 56, 70, 48, 80, 0.0524, 0.3339],
    ['b', 9, 10, 3, 10, 0.1705, 0.809],
    ['c', 6, 7, 2, 7, 0.0582, 0.8062],
    ['d', 5, 56, 0, 29, -0.0381, 0.1926],
    ['e', 0, 10, 0, 20, -0.1611, 0.2775],
    ['f', 0, 10, 0, 10, -0.2775, 0.2775],
    ['g', 10, 10, 0, 20, 0.6791, 1],
    ['h', 10, 10, 0, 10, 0.6075, 1],
  ])('example (%s) %i/%i − %i/%i → [%f, %f] (Newcombe 1998b, table II)', (_, x1, n1, x2, n2, low, high) => {
    const d = newcombe(x1, n1, x2, n2);
    expect(d.estimate).toBeCloseTo(x1 / n1 - x2 / n2, 12);
    expect([r4(d.low), r4(d.high)]).toEqual([low, high]);
  });

  it('property: swapping the groups mirrors the interval', () => {
    const group = fc
      .integer({ min: 1, max: 400 })
      .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(group, group, ([x1, n1], [x2, n2]) => {
        const a = newcombe(x1, n1, x2, n2);
        const b = newcombe(x2, n2, x1, n1);
        expect(a.low!).toBeCloseTo(-b.high!, 12);
        expect(a.high!).toBeCloseTo(-b.low!, 12);
        expect(a.low!).toBeLessThanOrEqual(a.estimate! + 1e-12);
        expect(a.high!).toBeGreaterThanOrEqual(a.estimate! - 1e-12);
      }),
    );
  });
});

describe('means from sum and sum of squares', () => {
  it('meanInterval equals the textbook interval of the values themselves', () => {
    // Values 1, 2, 3, 4: n 4, Σx 10, Σx² 30; mean 2.5, s² = (30 − 100/4)/3 = 5/3, se = √(5/12).
    const i = meanInterval(4, 10, 30);
    const se = Math.sqrt(5 / 12);
    expect(i.estimate).toBe(2.5);
    expect(i.low).toBeCloseTo(2.5 - 1.959963984540054 * se, 12);
    expect(i.high).toBeCloseTo(2.5 + 1.959963984540054 * se, 12);
    expect(meanInterval(1, 5, 25)).toEqual({ estimate: null, low: null, high: null });
  });

  it('property: equals the interval computed from the raw values (two-pass variance)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 2, maxLength: 200 }), (xs) => {
        const n = xs.length;
        const mean = xs.reduce((a, b) => a + b, 0) / n;
        const s2 = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
        const i = meanInterval(
          n,
          xs.reduce((a, b) => a + b, 0),
          xs.reduce((a, b) => a + b * b, 0),
        );
        expect(i.estimate!).toBeCloseTo(mean, 9);
        expect(i.high! - i.estimate!).toBeCloseTo(1.959963984540054 * Math.sqrt(s2 / n), 6);
      }),
    );
  });

  it('difference of means: d ± z·√(s₁²/n₁ + s₂²/n₂)', () => {
    // A: 1,2,3,4 (mean 2.5, s² 5/3); B: 2,4 (mean 3, s² 2): d = −0.5, se = √(5/12 + 1).
    const d = meanDifferenceInterval({ n: 4, sum: 10, sumSq: 30 }, { n: 2, sum: 6, sumSq: 20 });
    expect(d.estimate).toBe(-0.5);
    expect(d.high! - d.estimate!).toBeCloseTo(1.959963984540054 * Math.sqrt(5 / 12 + 1), 12);
  });
});

describe('sampleSizePerArm', () => {
  it('50 % vs 60 %: 388 per arm (by hand: p̄ .55; 1.95996·√(2·.2475) = 1.37894; 0.84162·√(.25 + .24) = 0.58913; 1.96807² / .01 = 387.33 → 388)', () => {
    expect(sampleSizePerArm(0.5, 0.1)).toBe(388);
  });
  it('42 % + 2 points: 9,618 per arm (by hand: p̄ .43; 1.95996·√(2·.2451) = 1.37226; 0.84162·√(.2436 + .2464) = 0.58913; 1.96139² / .0004 = 9,617.6 → 9,618)', () => {
    expect(sampleSizePerArm(0.42, 0.02)).toBe(9618);
  });
  it('no usable effect or baseline: null; near 1 the effect is measured downwards', () => {
    expect(sampleSizePerArm(0.5, 0)).toBeNull();
    expect(sampleSizePerArm(0, 0.1)).toBeNull();
    expect(sampleSizePerArm(0.95, 0.1)).toBe(sampleSizePerArm(0.85, 0.1));
  });
});

describe('intervalSide', () => {
  it('above, below, crosses (zero inside, or on an end), none', () => {
    expect(intervalSide({ estimate: 0.1, low: 0.01, high: 0.2 })).toBe('above');
    expect(intervalSide({ estimate: -0.1, low: -0.2, high: -0.01 })).toBe('below');
    expect(intervalSide({ estimate: 0.1, low: 0, high: 0.2 })).toBe('crosses');
    expect(intervalSide({ estimate: 0, low: -0.1, high: 0.1 })).toBe('crosses');
    expect(intervalSide({ estimate: null, low: null, high: null })).toBeNull();
  });
});
