import { css } from 'lit';

/** Styles of `<ck-contact-heatmap>` beyond the shared widget and heatmap styles: cell notes and the calling window. */
export const contactHeatmapStyles = css`
  [part='frame'] {
    height: var(--ck-chart-height, 260px);
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
  .window {
    stroke: var(--_fg);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  @media (forced-colors: active) {
    .note {
      fill: CanvasText;
    }
  }
`;
