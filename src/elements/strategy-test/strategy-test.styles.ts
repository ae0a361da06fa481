import { css } from 'lit';

/** Styles of `<ck-strategy-test>` beyond the shared widget styles (the interval chart and the readings). */
export const strategyTestStyles = css`
  [part='frame'] {
    height: auto;
    cursor: default;
  }
  .interval .axis text,
  .interval .value {
    font-size: 12px;
  }
  .interval .axis .domain,
  .interval .axis .tick {
    stroke: var(--_axis);
  }
  .interval .not-enough-data .value {
    fill: var(--_muted);
    font-style: italic;
  }
  .focus-ring {
    stroke: var(--_fg);
    stroke-width: 2;
  }
  [part='value'] {
    margin: 4px 0;
    font-size: 0.9em;
  }
  .readings {
    margin: 6px 0 0;
    padding-left: 1.2em;
    font-size: 0.9em;
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
