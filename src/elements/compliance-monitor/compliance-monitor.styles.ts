import { css } from 'lit';

/** Styles of `<ck-compliance-monitor>` beyond the shared widget styles. */
export const complianceMonitorStyles = css`
  [part='frame'] {
    cursor: crosshair;
    touch-action: pan-y;
  }
  figure {
    margin: var(--_gap) 0 0;
  }
  figcaption {
    font-size: 0.9em;
    font-weight: 600;
    margin-bottom: 4px;
  }
  .hbar .value,
  .hbar .axis text {
    fill: var(--_fg);
    font-size: 12px;
  }
  .hbar .baseline {
    stroke: var(--_axis);
  }
  .bar.flagged {
    opacity: 0.6;
  }
`;
