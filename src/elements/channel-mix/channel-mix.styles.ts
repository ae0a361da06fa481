import { css } from 'lit';

/** Styles of `<ck-channel-mix>` beyond the shared widget and bar panel styles. */
export const channelMixStyles = css`
  [part='frame'] {
    height: auto;
  }
`;
