import { css } from 'lit';

/** Styles of `<ck-workload>` beyond the shared widget and bar panel styles. */
export const workloadStyles = css`
  [part='frame'] {
    height: auto;
  }
  [part='value'].short {
    color: var(--_danger);
    font-weight: 600;
  }
`;
