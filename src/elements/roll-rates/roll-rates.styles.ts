import { css } from 'lit';

/** Styles of `<ck-roll-rates>` beyond the shared widget and heatmap styles. */
export const rollRatesStyles = css`
  [part='frame'] {
    height: var(--ck-chart-height, 300px);
  }
  path.line.projected {
    opacity: 0.85;
  }
  .note {
    color: var(--_muted);
    font-size: 0.85em;
    margin: 4px 0;
  }
  .projection-label {
    fill: var(--_muted);
    font-size: 11px;
    font-style: italic;
  }
`;
