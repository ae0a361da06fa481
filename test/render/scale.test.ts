/** The kit's own linear and band scales agree with d3-scale (kept as a dev dependency for this check). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as d3 from 'd3-scale';
import { scaleBand, scaleLinear } from '../../src/render/scale.js';

// Chart-sized numbers (d3-array's ticks itself fails on subnormals such as 5e-324).
const finite = fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000);

describe('scaleLinear', () => {
  it('maps, inverts, ticks and nices exactly like d3-scale (property)', () => {
    fc.assert(
      fc.property(
        finite,
        finite,
        finite,
        finite,
        finite,
        fc.integer({ min: 1, max: 12 }),
        (d0, d1, r0, r1, x, count) => {
          const ours = scaleLinear().domain([d0, d1]).range([r0, r1]);
          const theirs = d3.scaleLinear().domain([d0, d1]).range([r0, r1]);
          expect(ours(x)).toBe(theirs(x));
          expect(ours.invert(x)).toBe(theirs.invert(x));
          expect(ours.ticks(count)).toEqual(theirs.ticks(count));
          expect(ours.nice(count).domain()).toEqual(theirs.nice(count).domain());
        },
      ),
      { numRuns: 500 },
    );
  });

  it('handles a collapsed domain like d3 (midpoint of the range)', () => {
    expect(scaleLinear().domain([3, 3]).range([0, 100])(3)).toBe(50);
  });

  it('maps a NaN domain or range to NaN, like d3', () => {
    for (const [domain, range] of [
      [
        [NaN, 1],
        [0, 100],
      ],
      [
        [0, 1],
        [0, NaN],
      ],
      [
        [0, NaN],
        [0, 100],
      ],
    ] as const) {
      const ours = scaleLinear().domain(domain).range(range);
      const theirs = d3.scaleLinear().domain(domain).range(range);
      expect(ours(0.5)).toBe(theirs(0.5));
      expect(ours.invert(50)).toBe(theirs.invert(50));
    }
  });

  it('maps with the new domain and range once they change after use (property)', () => {
    fc.assert(
      fc.property(finite, finite, finite, finite, finite, finite, finite, (d0, d1, r0, r1, e0, e1, x) => {
        const ours = scaleLinear().domain([d0, d1]).range([r0, r1]);
        ours(x);
        ours.invert(x);
        ours.domain([e0, e1]).range([r1, r0]);
        const theirs = d3.scaleLinear().domain([e0, e1]).range([r1, r0]);
        expect(ours(x)).toBe(theirs(x));
        expect(ours.invert(x)).toBe(theirs.invert(x));
        expect(ours.domain()).toEqual(theirs.domain());
        expect(ours.range()).toEqual(theirs.range());
      }),
      { numRuns: 300 },
    );
  });
});

describe('scaleBand', () => {
  it('places bands exactly like d3-scale (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 30 }),
        finite,
        finite,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (domain, r0, r1, inner, outer) => {
          const ours = scaleBand().domain(domain).range([r0, r1]).paddingInner(inner).paddingOuter(outer);
          const theirs = d3.scaleBand().domain(domain).range([r0, r1]).paddingInner(inner).paddingOuter(outer);
          for (const v of domain) expect(ours(v)).toBeCloseTo(theirs(v)!, 6);
          expect(ours.bandwidth()).toBeCloseTo(theirs.bandwidth(), 6);
          expect(ours.step()).toBeCloseTo(theirs.step(), 6);
          expect(ours('not in domain')).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });
});
