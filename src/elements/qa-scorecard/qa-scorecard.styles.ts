import { css } from 'lit';
import { figureStyles, hbarTextStyles } from '../shared/hbar.styles.js';

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
  ${figureStyles}
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
  ${hbarTextStyles}
`;
