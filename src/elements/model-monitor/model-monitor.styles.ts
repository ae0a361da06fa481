import { css } from 'lit';

/** Styles of `<ck-model-monitor>` beyond the shared widget styles. */
export const modelMonitorStyles = css`
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
  .interval .outside .value {
    font-weight: 600;
  }
  .focus-ring {
    stroke: var(--_fg);
    stroke-width: 2;
  }
  [part='value'] {
    margin: 4px 0;
    font-size: 0.9em;
  }
  .flags {
    margin: 6px 0 0;
    padding-left: 1.2em;
    font-size: 0.9em;
  }
  .exact {
    color: var(--_muted);
  }
`;
