import { css } from 'lit';

/** Styles of `<ck-agent-leaderboard>` beyond the shared widget styles. */
export const agentLeaderboardStyles = css`
  [part='frame'] {
    height: auto;
    max-height: var(--ck-leaderboard-height, 520px);
    overflow: auto;
  }
  table.leaderboard {
    margin-top: 0;
  }
  table.leaderboard th,
  table.leaderboard td {
    white-space: nowrap;
    vertical-align: middle;
  }
  table.leaderboard thead th {
    position: sticky;
    top: 0;
    background: var(--_bg);
    z-index: 1;
  }
  table.leaderboard thead button {
    border: 0;
    padding: 2px 4px;
    font-weight: 600;
  }
  table.leaderboard td.metric {
    position: relative;
  }
  table.leaderboard td.metric > span {
    display: inline-block;
    min-width: 4.5em;
  }
  table.leaderboard td.focus {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .inline-bar {
    display: inline-block;
    vertical-align: middle;
    margin-inline-start: 4px;
  }
  .inline-bar .track {
    fill: var(--_grid);
    opacity: 0.5;
  }
  .inline-bar .bar {
    fill: var(--ck-series-1, #0072b2);
  }
  .inline-bar .bar.flagged {
    fill: var(--_muted);
  }
  .flag {
    color: var(--_danger);
    font-size: 0.85em;
    margin-inline-start: 4px;
  }
  .note {
    margin: 4px 0 0;
    color: var(--_muted);
    font-size: 0.85em;
  }
  [part='tooltip'] {
    z-index: 2;
  }
  @media (forced-colors: active) {
    .inline-bar .bar {
      fill: CanvasText;
    }
  }
`;
