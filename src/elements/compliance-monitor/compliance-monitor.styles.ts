import { css } from 'lit';
import { figureStyles, hbarTextStyles } from '../shared/hbar.styles.js';

/** Styles of `<ck-compliance-monitor>` beyond the shared widget styles. */
export const complianceMonitorStyles = css`
  [part='frame'] {
    cursor: crosshair;
    touch-action: pan-y;
  }
  ${figureStyles}
  ${hbarTextStyles}
  .bar.flagged {
    opacity: 0.6;
  }
`;
