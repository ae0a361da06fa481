import { css } from 'lit';
import { rowGeometryStyles } from './row-geometry.js';

/** Styles of `<ck-agent-leaderboard>` beyond the shared widget styles. */
export const agentLeaderboardStyles = css`
  ${rowGeometryStyles}
  [part='frame'] {
    height: auto;
    max-height: var(--ck-leaderboard-height, 520px);
    overflow: auto;
  }
  table.leaderboard {
    margin-top: 0;
    /* Separate borders (each cell draws its own bottom line) look as the shared collapsed ones do;
       collapsed borders are resolved across the whole table on every layout (each time rows are
       added too): a 2,000-row table laid out about a quarter faster without them. */
    border-collapse: separate;
    border-spacing: 0;
  }
  table.leaderboard th,
  table.leaderboard td {
    white-space: nowrap;
    vertical-align: middle;
  }
  table.leaderboard thead th {
    position: sticky;
    top: 0;
    background: var(--_bg);
    z-index: 1;
  }
  table.leaderboard thead button {
    border: 0;
    padding: 2px 4px;
    font-weight: 600;
  }
  table.leaderboard td.metric {
    font-variant-numeric: tabular-nums;
  }
  /* Only the focused cell anchors its tooltip: a positioned cell is a paint layer of its own, and
     seven per row made painting a screen of rows (and each refresh of them) cost several times more. */
  table.leaderboard td.focus {
    position: relative;
  }
  /* Windowed rows (row-window.ts): spacer rows stand in for the rows not rendered; the sizer row holds
     each column's widest text, collapsed (not drawn, but the columns keep its widths while rows scroll). */
  table.leaderboard tr.spacer td {
    padding: 0;
    border: 0;
  }
  table.leaderboard tr.sizer {
    visibility: collapse;
  }
  .search {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: 4px;
    padding: 2px 6px;
    min-width: 10em;
  }
  table.leaderboard td.focus {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  /* Inline bars: one span per metric cell (part="mark"), a 64 × 8 px track whose fill is a background
     as wide as the bar's inline background-size (set per bar by row-cells.ts): one element, no SVG. */
  table.leaderboard .bar {
    --_bar: var(--ck-series-1, #0072b2);
    display: inline-block;
    vertical-align: middle;
    margin-inline-start: 4px;
    width: 64px;
    height: 8px;
    background-color: var(--_grid);
    background-image: linear-gradient(var(--_bar), var(--_bar));
    background-repeat: no-repeat;
    background-size: 0 100%;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  :host(:dir(rtl)) table.leaderboard .bar {
    background-position: right;
  }
  @supports (color: color-mix(in srgb, red 50%, transparent)) {
    table.leaderboard .bar {
      background-color: color-mix(in srgb, var(--_grid) 50%, transparent);
    }
  }
  table.leaderboard .bar.flagged {
    --_bar: var(--_muted);
  }
  table.leaderboard tr.sizer .bar {
    background-size: 100% 100%;
  }
  .flag {
    color: var(--_danger);
    font-size: 0.85em;
    margin-inline-start: 4px;
  }
  .note {
    margin: 4px 0 0;
    color: var(--_muted);
    font-size: 0.85em;
  }
  [part='tooltip'] {
    z-index: 2;
  }
  @media print {
    /* Every row on paper (the table renders all of them while printing), not the scrolled window. */
    .search {
      display: none;
    }
    [part='frame'] {
      max-height: none;
      overflow: visible;
    }
    table.leaderboard thead th {
      position: static;
    }
  }
  @media (forced-colors: active) {
    /* Backgrounds are replaced in forced colours: the bars keep system colours of their own. */
    table.leaderboard .bar {
      forced-color-adjust: none;
      --_bar: CanvasText;
      background-color: Canvas;
      outline: 1px solid GrayText;
    }
    table.leaderboard .bar.flagged {
      --_bar: GrayText;
    }
  }
  td.qa {
    text-align: end;
    white-space: nowrap;
  }
  td.qa.below {
    font-weight: 600;
  }
`;
