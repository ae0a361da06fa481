import { css } from 'lit';

/** Styles of `<ck-contact-heatmap>` beyond the shared widget styles. */
export const contactHeatmapStyles = css`
  [part='frame'] {
    height: var(--ck-chart-height, 260px);
  }
  .views button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_bg);
  }
  .heatmap .cell.empty {
    fill: none;
    stroke: var(--_grid);
  }
  .heatmap .cell {
    stroke: var(--_bg);
    stroke-width: 1;
  }
  .heatmap .cell-value,
  .note {
    font-size: 10px;
    font-variant-numeric: tabular-nums;
  }
  .note {
    fill: var(--_fg);
  }
  .note.breach {
    font-weight: 600;
  }
  .heatmap .axis text {
    font-size: 11px;
  }
  .window {
    stroke: var(--_fg);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .heatmap .focus-ring {
    stroke: var(--_accent);
    stroke-width: 3;
  }
  @media (forced-colors: active) {
    .heatmap .cell-value,
    .note {
      fill: CanvasText;
    }
  }
`;
