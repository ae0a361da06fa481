import { css } from 'lit';

/** Text and baseline of horizontal bar charts (`hbarChart`) in the widget's colours. */
export const hbarTextStyles = css`
  .hbar .value,
  .hbar .axis text {
    fill: var(--_fg);
    font-size: 12px;
  }
  .hbar .baseline {
    stroke: var(--_axis);
  }
`;

/** A figure under the main chart (e.g. the latest period's bars) and its caption. */
export const figureStyles = css`
  figure {
    margin: var(--_gap) 0 0;
  }
  figcaption {
    font-size: 0.9em;
    font-weight: 600;
    margin-bottom: 4px;
  }
`;
