import { css } from 'lit';
import { hbarTextStyles } from './hbar.styles.js';

/** Panels of horizontal bars side by side or stacked (channel mix, promise funnel): grid, headings, bar text. */
export const barPanelStyles = css`
  .panels {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: minmax(0, 1fr);
  }
  .panels.cols-2 {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
  .panels.cols-3 {
    grid-template-columns: repeat(3, minmax(0, 1fr));
  }
  .panel h3 {
    margin: 0 0 2px;
    font-size: 0.9em;
    font-weight: 600;
  }
  .plot {
    position: relative;
  }
  ${hbarTextStyles}
  .focus-ring {
    stroke: var(--_fg);
    stroke-width: 2;
  }
`;

/** The toolbar's view toggles (`.views` buttons with `aria-pressed`). */
export const viewToggleStyles = css`
  .views button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_bg);
  }
`;

/** Heatmap cells (roll-rate matrix, best time to call). */
export const heatmapStyles = css`
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
  @media (forced-colors: active) {
    .heatmap .cell-value {
      fill: CanvasText;
    }
  }
`;

/** A widget with bar panels and a trend view (`view` attribute): panels size the frame, the trend fills it. */
export const panelsTrendStyles = [
  barPanelStyles,
  viewToggleStyles,
  css`
    :host(:not([view='trend'])) [part='frame'] {
      height: auto;
    }
  `,
];
