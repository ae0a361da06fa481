import { css } from 'lit';

/** Styles of `<ck-kpi-tile>` beyond the shared widget styles. */
export const kpiTileStyles = css`
  :host {
    --_good: var(--ck-good, #1a7f37);
    --_bad: var(--ck-bad, #c0392b);
    --_up: var(--ck-up, var(--_bad));
    --_down: var(--ck-down, var(--_good));
  }
  :host([theme='dark']),
  :host-context([data-ck-theme='dark']) {
    --_good: var(--ck-good, #3fb950);
    --_bad: var(--ck-bad, #ff7b72);
  }
  :host([convention='cn']) {
    /* Chinese convention: red = up, green = down, whatever is better. */
    --_up: var(--ck-up, #d1242f);
    --_down: var(--ck-down, #1a7f37);
  }
  :host([convention='cn'][theme='dark']),
  :host-context([data-ck-theme='dark']):host([convention='cn']) {
    --_up: var(--ck-up, #ff7b72);
    --_down: var(--ck-down, #3fb950);
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 12px;
  }
  [part='value'] {
    font-size: var(--ck-value-size, 2em);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    line-height: 1.1;
  }
  [part='delta'] {
    font-variant-numeric: tabular-nums;
  }
  .good {
    color: var(--_good);
  }
  .bad {
    color: var(--_bad);
  }
  :host([convention='cn']) .up {
    color: var(--_up);
  }
  :host([convention='cn']) .down {
    color: var(--_down);
  }
  .status {
    margin: 4px 0;
    font-size: 0.9em;
  }
  .muted {
    color: var(--_muted);
  }
  [part='frame'] {
    height: var(--ck-sparkline-height, 48px);
    margin-top: 4px;
  }
  svg.sparkline .spark-line {
    stroke: var(--ck-series-1, #0072b2);
    stroke-width: 2px;
    stroke-linejoin: round;
  }
  svg.sparkline .spark-target {
    stroke: var(--_muted);
    stroke-dasharray: 3 3;
  }
  svg.sparkline .spark-dot {
    fill: var(--ck-series-1, #0072b2);
    stroke: var(--_fg);
  }
  svg.sparkline {
    display: block;
  }
`;
