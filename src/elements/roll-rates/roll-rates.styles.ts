import { css } from 'lit';

/** Styles of `<ck-roll-rates>` beyond the shared widget styles. */
export const rollRatesStyles = css`
  [part='frame'] {
    height: var(--ck-chart-height, 300px);
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
  .heatmap .cell-value {
    font-size: 11px;
    font-variant-numeric: tabular-nums;
  }
  .heatmap .axis-title {
    font-weight: 600;
  }
  .heatmap .focus-ring {
    stroke: var(--_accent);
    stroke-width: 3;
  }
  path.line.projected {
    opacity: 0.85;
  }
  .projection-label {
    fill: var(--_muted);
    font-size: 11px;
    font-style: italic;
  }
  @media (forced-colors: active) {
    .heatmap .cell-value {
      fill: CanvasText;
    }
  }
`;
