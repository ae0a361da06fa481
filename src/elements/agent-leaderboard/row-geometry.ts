import { css } from 'lit';

/** Font size of the table relative to the host's (as the shared widget tables). */
const TABLE_FONT_EM = 0.85;
/** Line height of a body cell, in its font size: one line, whatever the font's own metrics. */
const LINE = 1.25;
/** Padding above and below a body cell's text (px). */
const PAD_PX = 2;
/** The bottom border of a body cell (px). */
const BORDER_PX = 1;

/**
 * Height of a body row in CSS px for a host whose computed font size is `hostFontPx`: the styles
 * below fix every term of it (line height, padding, border), so the row window can lay out the first
 * screen at the right height without measuring a drawn row (a forced layout) and rendering again.
 */
export function rowHeightFor(hostFontPx: number): number {
  return hostFontPx * TABLE_FONT_EM * LINE + 2 * PAD_PX + BORDER_PX;
}

/** Padding below the caption (px): the shared widget tables' (widget.styles.ts). */
const CAPTION_PAD_PX = 4;
/** The header row: a sort button at its minimum height (the WCAG target size), the cell padding and border (px). */
const HEAD_PX = 24 + 2 * PAD_PX + BORDER_PX;

/**
 * Where the body rows start inside the scrolling frame, in CSS px, for a host whose computed font
 * size is `hostFontPx`: a one-line caption (its line height fixed below) and the header row. A lower
 * bound (a caption on two lines or a larger font only put the rows lower), so the first render, made
 * before anything is measured, holds the rows that fit below the sticky header and not more.
 */
export function rowsOffsetFor(hostFontPx: number): number {
  return hostFontPx * TABLE_FONT_EM * LINE + CAPTION_PAD_PX + HEAD_PX;
}

/** The body rows' geometry that {@link rowHeightFor} and {@link rowsOffsetFor} compute. */
export const rowGeometryStyles = css`
  table.leaderboard {
    font-size: ${TABLE_FONT_EM}em;
  }
  table.leaderboard caption {
    line-height: ${LINE};
  }
  table.leaderboard tbody > tr > th,
  table.leaderboard tbody > tr > td {
    line-height: ${LINE};
    padding-top: ${PAD_PX}px;
    padding-bottom: ${PAD_PX}px;
    border-bottom-width: ${BORDER_PX}px;
  }
`;
