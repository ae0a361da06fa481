import { css } from 'lit';

/** Styles of `<ck-overdue-trend>` beyond the shared widget styles. */
export const overdueTrendStyles = css`
  [part='frame'] {
    cursor: crosshair;
    touch-action: pan-y;
  }
`;
