/**
 * Contrast against published values, not against the kit's own arithmetic: the worked pairs below are the
 * ratios that WebAIM's contrast checker and its articles print (two decimals), e.g. #777 on white 4.48:1 (fails
 * AA for body text) and #767676 on white 4.54:1 (the lightest grey that passes).
 */
import { describe, expect, it } from 'vitest';
import { contrast, luminance } from '../../src/render/heat-scale.js';
import { contrastRatio } from '../support/wcag.js';

const PUBLISHED: [foreground: string, background: string, ratio: number][] = [
  ['#777777', '#ffffff', 4.48],
  ['#767676', '#ffffff', 4.54],
  ['#595959', '#ffffff', 7.0],
  ['#000000', '#ffffff', 21],
  ['#ff0000', '#ffffff', 4.0],
  ['#0000ff', '#ffffff', 8.59],
  ['#008000', '#ffffff', 5.14],
  ['#ffffff', '#ffffff', 1],
];

const channel = (hex: string, i: number) => parseInt(hex.slice(i, i + 2), 16);
const rgb = (hex: string): [number, number, number] => [channel(hex, 1), channel(hex, 3), channel(hex, 5)];
const twoDecimals = (v: number) => Math.round(v * 100) / 100;

describe('WCAG contrast against published worked values', () => {
  it.each(PUBLISHED)('the test oracle: %s on %s is %s:1', (fg, bg, ratio) => {
    expect(twoDecimals(contrastRatio(fg, bg))).toBe(ratio);
  });

  it.each(PUBLISHED)('the kit (src/render/heat-scale.ts): %s on %s is %s:1', (fg, bg, ratio) => {
    expect(twoDecimals(contrast(luminance(rgb(fg)), luminance(rgb(bg))))).toBe(ratio);
  });
});
