import { css } from 'lit';

/** Styles of `<ck-model-monitor>` beyond the shared widget and interval-chart styles. */
export const modelMonitorStyles = css`
  .interval .outside .value {
    font-weight: 600;
  }
  .exact {
    color: var(--_muted);
  }
`;
