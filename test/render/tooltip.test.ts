import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tooltipBox, tooltipSize, type TooltipSpec } from '../../src/render/tooltip.js';

const lines: [string, string][] = [
  ['Rate', '2.50%'],
  ['Numerator', '1,250'],
  ['Denominator', '50,000'],
];
const spec = (over: Partial<TooltipSpec>): TooltipSpec => ({
  title: 'M1 · Dec 2025',
  lines,
  x: 100,
  y: 100,
  width: 600,
  ...over,
});

describe('tooltipSize', () => {
  it('is as tall as its padding and lines (12 px at line-height 1.4), 140–260 px wide by its longest text', () => {
    // 6 + 6 px padding, title and three lines of 16.8 px; "Denominator: 50,000" is 19 characters of 7 px, + 16 padding.
    const size = tooltipSize({ title: 'M1 · Dec 2025', lines });
    expect(size.width).toBe(149);
    expect(size.height).toBeCloseTo(12 + 4 * 16.8, 9);
    expect(tooltipSize({ title: 'x', lines: [] }).width).toBe(140);
    expect(tooltipSize({ title: 'x'.repeat(80), lines: [] }).width).toBe(260);
    // CJK characters count double.
    expect(tooltipSize({ title: '', lines: [['逾期率', '2.50%']] }).width).toBe(140);
    expect(tooltipSize({ title: '', lines: [['逾期率逾期率逾期率逾期率', '2.50%']] }).width).toBe(
      12 * 12 + 2 * 7 + 5 * 7 + 16,
    );
  });
});

describe('tooltipBox', () => {
  it.each([
    [
      'beside the anchor, its top 20 px above it',
      { x: 100, y: 100 },
      { left: 112, top: 80, flipX: false, flipY: false },
    ],
    ['at the top edge, not above it', { x: 100, y: 5 }, { left: 112, top: 0, flipX: false, flipY: false }],
    ['left of the anchor near the right edge', { x: 500, y: 100 }, { left: 488, top: 80, flipX: true, flipY: false }],
    [
      'above the anchor near the bottom edge',
      { x: 100, y: 230, height: 260 },
      { left: 112, top: 222, flipX: false, flipY: true },
    ],
    [
      'left and above in the bottom-right corner',
      { x: 590, y: 250, height: 260 },
      { left: 578, top: 242, flipX: true, flipY: true },
    ],
    [
      'below as before when the frame height is not given',
      { x: 100, y: 250 },
      { left: 112, top: 230, flipX: false, flipY: false },
    ],
  ] as const)('%s', (_, over, expected) => {
    expect(tooltipBox(spec(over))).toEqual(expected);
  });

  it('never passes the right or bottom edge of a frame that can hold it (its estimated box)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 300, max: 1600 }),
        fc.integer({ min: 200, max: 900 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.tuple(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 })), { maxLength: 6 }),
        fc.string({ maxLength: 40 }),
        (width, height, fx, fy, someLines, title) => {
          const s: TooltipSpec = { title, lines: someLines, x: fx * width, y: fy * height, width, height };
          const size = tooltipSize(s);
          const box = tooltipBox(s);
          const right = box.flipX ? box.left : box.left + size.width;
          const bottom = box.flipY ? box.top : box.top + size.height;
          expect(right).toBeLessThanOrEqual(width + 1e-9);
          expect(bottom).toBeLessThanOrEqual(height + 1e-9);
        },
      ),
    );
  });
});
