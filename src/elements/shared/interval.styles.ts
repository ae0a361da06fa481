import { css } from 'lit';

/** Styles of widgets drawing an interval chart (`charts/interval-chart.ts`) whose height follows its rows. */
export const intervalWidgetStyles = css`
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
  .focus-ring {
    stroke: var(--_fg);
    stroke-width: 2;
  }
  [part='value'] {
    margin: 4px 0;
    font-size: 0.9em;
  }
  ul[part='value'] {
    margin: 6px 0 0;
    padding-left: 1.2em;
  }
`;
