import { at } from '../model/at.js';
/**
 * Colour-blind-safe series colours (Okabe–Ito, without yellow, which fails 3:1 on white) and
 * dash patterns as the second channel, so series stay apart in greyscale and forced colours.
 * Colours are CSS custom properties with these defaults: `--ck-series-1` … `--ck-series-7`.
 */
export const SERIES_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#56B4E9', '#E69F00', '#000000'] as const;

/** Dash patterns per series index (empty = solid). */
export const SERIES_DASHES = ['', '6 3', '2 3', '8 3 2 3', '12 4', '4 2 1 2', '1 2'] as const;

/** CSS colour of series `i`: `var(--ck-series-N, default)`. */
export function seriesColor(i: number): string {
  const n = i % SERIES_COLORS.length;
  return `var(--ck-series-${n + 1}, ${SERIES_COLORS[n]})`;
}

/**
 * Dash array of series `i` (`''` for solid). Past the seventh series the dashes shift by one per
 * round of colours, so series `i` and `i + 7` differ in dash although they share a colour: the
 * first 49 series are all distinct pairs of colour and dash.
 */
export function seriesDash(i: number): string {
  const n = SERIES_DASHES.length;
  return at(SERIES_DASHES, (i + Math.floor(i / n)) % n);
}
