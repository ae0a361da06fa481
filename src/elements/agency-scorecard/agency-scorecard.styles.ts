import { css } from 'lit';
import { hbarTextStyles } from '../shared/hbar.styles.js';

/** Styles of `<ck-agency-scorecard>` beyond the shared widget styles. */
export const agencyScorecardStyles = css`
  [part='frame'] {
    touch-action: pan-y;
  }
  .headline,
  .evaluations {
    margin: 0 0 var(--_gap);
    font-size: 0.95em;
  }
  .evaluations.overdue {
    font-weight: 600;
  }
  .measures {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin: 4px 0 var(--_gap);
  }
  .measures button[aria-pressed='true'] {
    font-weight: 600;
    outline: 2px solid currentColor;
  }
  ${hbarTextStyles}
`;
