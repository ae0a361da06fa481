import { css } from 'lit';

/** Styles of `<ck-strategy-test>` beyond the shared widget and interval-chart styles. */
export const strategyTestStyles = css`
  .interval .not-enough-data .value {
    fill: var(--_muted);
    font-style: italic;
  }
  /* Many measures side by side for a few arms: the table wraps its cells and grows instead of scrolling. */
  .table-wrap {
    max-height: none;
    overflow: visible;
  }
  [part='table'] {
    table-layout: fixed;
    width: 100%;
  }
  [part='table'] th,
  [part='table'] td {
    overflow-wrap: anywhere;
    white-space: normal;
  }
  .horizon {
    color: var(--_muted);
  }
`;
