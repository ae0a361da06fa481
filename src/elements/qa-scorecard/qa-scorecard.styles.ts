import { css } from 'lit';

/** Styles of `<ck-qa-scorecard>` beyond the shared widget styles. */
export const qaScorecardStyles = css`
  [part='frame'] {
    cursor: crosshair;
    touch-action: pan-y;
  }
  .headline {
    margin: 0 0 var(--_gap);
    font-size: 0.95em;
  }
  .headline [part='value'] {
    font-weight: 600;
  }
  figure {
    margin: var(--_gap) 0 0;
  }
  figcaption {
    font-size: 0.9em;
    font-weight: 600;
    margin-bottom: 4px;
  }
  .drill {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin: 4px 0;
  }
  .drill button[aria-pressed='true'] {
    font-weight: 600;
    outline: 2px solid currentColor;
  }
  .hbar .value,
  .hbar .axis text {
    fill: var(--_fg);
    font-size: 12px;
  }
  .hbar .baseline {
    stroke: var(--_axis);
  }
`;
