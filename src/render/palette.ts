import { at } from '../model/at.js';
/**
 * Colour-blind-safe series colours (Okabe–Ito, without yellow, which fails 3:1 on white) and
 * dash patterns as the second channel, so series stay apart in greyscale and forced colours.
 * Colours are CSS custom properties with these defaults: `--ck-series-1` … `--ck-series-7`.
 */
export const SERIES_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#56B4E9', '#E69F00', '#000000'] as const;

/** Dash patterns per series index (empty = solid). */
export const SERIES_DASHES = ['', '6 3', '2 3', '8 3 2 3', '12 4', '4 2 1 2', '1 2'] as const;

/**
 * CSS colour of palette position `n` (0–6): `var(--ck-series-N, default)`. The black of position 7 falls
 * back through `--_series-7`, which the dark theme turns light (black marks vanish on a dark background).
 */
export function seriesVar(n: number): string {
  const color = SERIES_COLORS[n] ?? SERIES_COLORS[0];
  return `var(--ck-series-${n + 1}, ${n === 6 ? `var(--_series-7, ${color})` : color})`;
}

/** CSS colour of series `i`: `var(--ck-series-N, default)`, cycling through the seven. */
export function seriesColor(i: number): string {
  return seriesVar(i % SERIES_COLORS.length);
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

/** Colour of context lines, receded behind the emphasised series (e.g. older cohorts): `--ck-context`. */
export const CONTEXT_COLOR = 'var(--ck-context, var(--_context, #8c959f))';

/** Colour of a reference line (e.g. the average of all cohorts): `--ck-reference`, default the text colour. */
export const REFERENCE_COLOR = 'var(--ck-reference, var(--_fg, #1f2328))';

/** How a series is drawn: its colour, dash and the class of its path. */
export interface SeriesStyle {
  color: string;
  dash: string;
  className: string;
}

/**
 * The style of a series at index `i`: `context` series thin and grey (`line context`), a `reference`
 * series in the text colour (`line reference`), others in the palette by `colorIndex` (default `i`).
 */
export function seriesStyle(
  s: { tone?: 'context' | 'reference' | undefined; colorIndex?: number | undefined },
  i: number,
): SeriesStyle {
  if (s.tone === 'context') return { color: CONTEXT_COLOR, dash: '', className: 'line context' };
  if (s.tone === 'reference') return { color: REFERENCE_COLOR, dash: '', className: 'line reference' };
  const k = s.colorIndex ?? i;
  return { color: seriesColor(k), dash: seriesDash(k), className: 'line' };
}
