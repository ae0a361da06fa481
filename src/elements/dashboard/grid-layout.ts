import { css, unsafeCSS, type CSSResult } from 'lit';
import { SPANS } from './spans.js';

/** Default minimum width of a dashboard column in CSS px (`--ck-dashboard-min-column`). */
export const MIN_COLUMN = 320;

/** Default largest number of dashboard columns (`--ck-dashboard-max-columns`): wider screens get wider widgets. */
export const MAX_COLUMNS = 4;

/**
 * Columns of a dashboard grid `width` px wide: as many of at least `minColumn` px (with `gap` between) as
 * fit, at least one and at most `maxColumns`.
 */
export function gridColumns(width: number, minColumn = MIN_COLUMN, gap = 16, maxColumns = MAX_COLUMNS): number {
  if (!(width > 0) || !(minColumn > 0)) return 1;
  return Math.max(1, Math.min(Math.floor(maxColumns) || MAX_COLUMNS, Math.floor((width + gap) / (minColumn + gap))));
}

/** Columns a registry span asks for (`'full'` → every column), before the grid's column count caps it. */
function spanRule(selector: string, span: number | 'full'): string {
  return span === 'full'
    ? `::slotted(${selector}) { grid-column: 1 / -1; }`
    : `::slotted(${selector}) { grid-column: span min(${span}, var(--ck-cols, 1)); }`;
}

/**
 * The grid's span rules: each widget kind's default span from the registry (unless the page sets `span`
 * or `wide` on it), then the page's own `span="1…4"` and `wide`. A span never exceeds the columns there
 * are (`--ck-cols`), so a narrow dashboard stacks everything in one column.
 */
export function spanStyles(): CSSResult {
  const rules = Object.entries(SPANS).map(([tag, span]) => spanRule(`${tag}:not([span]):not([wide])`, span));
  for (const n of [1, 2, 3, 4]) rules.push(spanRule(`[span='${n}']`, n));
  rules.push(spanRule('[span="full"]', 'full'), spanRule('[wide]', 'full'));
  // The strings are the registry's own tag names and fixed numbers: no page or backend text reaches this CSS.
  return css`${unsafeCSS(rules.join('\n'))}`;
}
