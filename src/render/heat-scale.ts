import { at } from '../model/at.js';
/**
 * Sequential colour scale for heatmaps and the text colour that reads on each cell. One hue ramp
 * (light to dark blue, safe for every colour-vision type) on a square-root scale, so that the small
 * off-diagonal rates of a transition matrix are not all drawn in the same pale tint.
 */

/** Ramp stops from 0 to 1, light to dark (sRGB). */
export const HEAT_STOPS: readonly (readonly [number, number, number])[] = [
  [247, 251, 255],
  [198, 219, 239],
  [107, 174, 214],
  [33, 113, 181],
  [8, 48, 107],
];

const clamp01 = (v: number) => (v < 0 ? 0 : v > 1 ? 1 : v);

/** RGB triple of `t` in [0, 1] along the ramp (linear interpolation between stops). */
export function heatRgb(t: number): [number, number, number] {
  const u = clamp01(Number.isFinite(t) ? t : 0) * (HEAT_STOPS.length - 1);
  const i = Math.min(HEAT_STOPS.length - 2, Math.floor(u));
  const f = u - i;
  const a = at(HEAT_STOPS, i);
  const b = at(HEAT_STOPS, i + 1);
  const mix = (k: 0 | 1 | 2) => Math.round(a[k] + (b[k] - a[k]) * f);
  return [mix(0), mix(1), mix(2)];
}

/** Hex colour of an RGB triple. */
export function hex([r, g, b]: readonly [number, number, number]): string {
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance of an sRGB triple. */
export function luminance([r, g, b]: readonly [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two luminances. */
export function contrast(l1: number, l2: number): number {
  const [hi, lo] = l1 > l2 ? [l1, l2] : [l2, l1];
  return (hi + 0.05) / (lo + 0.05);
}

/** Fill of a value in `[0, max]` and the text colour (black or white) with the higher contrast on it. */
export function heatColor(value: number, max = 1): { fill: string; text: string } {
  const rgb = heatRgb(Math.sqrt(clamp01(max > 0 ? value / max : 0)));
  const l = luminance(rgb);
  return { fill: hex(rgb), text: contrast(l, 0) >= contrast(l, 1) ? '#000000' : '#ffffff' };
}
