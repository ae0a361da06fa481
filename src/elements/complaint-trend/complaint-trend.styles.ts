import { css } from 'lit';

/** Styles of `<ck-complaint-trend>` beyond the shared widget styles. */
export const complaintTrendStyles = css`
  [part='frame'] {
    cursor: crosshair;
    touch-action: pan-y;
    color: var(--_fg);
  }
  .bar.flagged {
    opacity: 0.5;
  }
  .focus-ring {
    stroke: var(--_fg);
    stroke-width: 2;
  }
  .flag {
    fill: var(--_danger);
    font-size: 12px;
  }
  path.line.over {
    stroke-width: 2px;
  }
  [part='value'] {
    margin: 4px 0;
    font-size: 0.9em;
  }
  [part='value'] .missed {
    color: var(--_danger);
    font-weight: 600;
  }
  .legend-label {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 2px 8px;
  }
  [part='legend'] svg {
    flex: none;
  }
`;
