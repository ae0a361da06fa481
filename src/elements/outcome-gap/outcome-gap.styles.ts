import { css } from 'lit';

/** Styles of `<ck-outcome-gap>` beyond the shared widget and interval-chart styles. */
export const outcomeGapStyles = css`
  .interval .worse .value {
    font-weight: 600;
  }
  .range {
    color: var(--_muted);
  }
`;
