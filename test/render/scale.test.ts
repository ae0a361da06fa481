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
