import { css } from 'lit';

/** Styles of `<ck-ptp-funnel>` beyond the shared widget styles. */
export const ptpFunnelStyles = css`
  .panels {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: minmax(0, 1fr);
  }
  .panels.cols-3 {
    grid-template-columns: repeat(3, minmax(0, 1fr));
  }
  .panel h3 {
    margin: 0 0 2px;
    font-size: 0.9em;
    font-weight: 600;
  }
  .plot {
    position: relative;
  }
  .hbar .value,
  .hbar .axis text {
    fill: var(--_fg);
    font-size: 12px;
  }
  .hbar .baseline {
    stroke: var(--_axis);
  }
  .focus-ring {
    stroke: var(--_fg);
    stroke-width: 2;
  }
  .views {
    display: inline-flex;
    gap: 2px;
  }
  .view[aria-pressed='true'] {
    font-weight: 600;
    text-decoration: underline;
  }
`;
