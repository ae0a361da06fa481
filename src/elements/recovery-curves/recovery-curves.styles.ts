import { css } from 'lit';

/** Styles of `<ck-recovery-curves>` and `<ck-vintage-curves>` beyond the shared widget styles. */
export const curvesStyles = css`
  [part='frame'] {
    cursor: crosshair;
    touch-action: pan-y;
  }
  path.line.projected {
    opacity: 0.85;
  }
  .projection-label {
    fill: var(--_muted);
    font-size: 11px;
    font-style: italic;
  }
`;
