import { css } from 'lit';

/**
 * Styles shared by every widget: frame, states, legend, table, tooltip, footnote, themes.
 * Public custom properties `--ck-*`; private ones `--_*` derive from them.
 */
export const widgetStyles = css`
  :host {
    --_bg: var(--ck-background, #ffffff);
    --_fg: var(--ck-foreground, #1f2328);
    --_muted: var(--ck-muted, #59636e);
    --_grid: var(--ck-grid, #d1d9e0);
    --_axis: var(--ck-axis, #59636e);
    --_accent: var(--ck-accent, #0969da);
    --_danger: var(--ck-danger, #c0392b);
    --_radius: var(--ck-radius, 8px);
    --_gap: var(--ck-spacing, 12px);
    display: block;
    position: relative;
    box-sizing: border-box;
    min-width: 0;
    /* A widget's layout is its own: when its data comes, the browser lays out and paints the widget, not the page
       around it (the demo's executive page: main-thread CPU from the first data response to the painted frame
       379 → 362 ms, scripts/profile-page.mjs). The host is then a stacking context, so its tooltip never leaves it
       to the right or below (tooltip.ts). */
    contain: layout style;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--ck-font-family, system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'PingFang SC', sans-serif);
    font-size: var(--ck-font-size, 14px);
    border: 1px solid var(--ck-border-color, #d1d9e0);
    border-radius: var(--_radius);
    padding: var(--_gap);
  }
  :host([theme='dark']),
  :host-context([data-ck-theme='dark']) {
    --_bg: var(--ck-background, #0d1117);
    --_fg: var(--ck-foreground, #e6edf3);
    --_muted: var(--ck-muted, #9198a1);
    --_grid: var(--ck-grid, #3d444d);
    --_axis: var(--ck-axis, #9198a1);
    --_accent: var(--ck-accent, #4493f8);
    --_danger: var(--ck-danger, #ff7b72);
    --_context: #6e7681;
    --_series-7: #f0f6fc;
    border-color: var(--ck-border-color, #3d444d);
  }
  [hidden] {
    display: none !important;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 4px var(--_gap);
    margin-bottom: 4px;
  }
  h2 {
    margin: 0;
    font-size: 1.05em;
    font-weight: 600;
  }
  button {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_grid);
    border-radius: 4px;
    padding: 2px 8px;
    /* WCAG 2.2 target size (2.5.8): at least 24 × 24 CSS px, also when toggles wrap onto two lines. */
    min-height: 24px;
    min-width: 24px;
    cursor: pointer;
  }
  button:focus-visible,
  [part='frame']:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  [part='frame'] {
    position: relative;
    width: 100%;
    height: var(--ck-chart-height, 260px);
    border-radius: 4px;
  }
  svg.chart {
    display: block;
    overflow: visible;
  }
  .axis text,
  .rule text {
    fill: var(--_axis);
    font-size: 12px;
  }
  .axis .grid {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .axis .domain,
  .axis .tick {
    stroke: var(--_axis);
  }
  /* Bevel joins and butt caps: round ones cost the rasteriser about a third more on reduced long series
     (thousands of joins and dash ends; scripts/bench-render.mjs 1e6: 166 → 130 ms) for no visible gain at 2 px. */
  path.line {
    stroke-width: var(--ck-line-width, 2px);
    stroke-linejoin: bevel;
    stroke-linecap: butt;
  }
  path.line.context {
    stroke-width: 1px;
  }
  path.line.reference {
    stroke-width: 2.5px;
  }
  .rule line {
    stroke: var(--_fg);
    stroke-dasharray: 4 4;
  }
  .band {
    fill: var(--_accent);
    opacity: 0.12;
  }
  .focus-ring {
    stroke: var(--_fg);
    stroke-width: 2;
  }
  [part='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 8px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='legend'] button {
    display: inline-flex;
    align-items: center;
    text-align: start;
    gap: 6px;
    border-color: transparent;
  }
  [part='legend'] button[aria-pressed='false'] {
    opacity: 0.6;
    text-decoration: line-through;
  }
  .swatch {
    width: 18px;
    height: 0;
    border-top: 3px solid currentColor;
  }
  [part='tooltip'] {
    position: absolute;
    pointer-events: none;
    z-index: 1;
    min-width: 140px;
    max-width: 260px;
    padding: 6px 8px;
    border-radius: 4px;
    background: var(--ck-tooltip-background, var(--_fg));
    color: var(--ck-tooltip-foreground, var(--_bg));
    font-size: 12px;
    line-height: 1.4;
    white-space: nowrap;
  }
  [part='state'] {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 8px;
    min-height: 120px;
    height: 100%;
    color: var(--_muted);
    text-align: center;
  }
  [part='state'].error {
    color: var(--_danger);
    overflow-wrap: anywhere;
  }
  [part='state'] .hint {
    max-width: 60ch;
    color: var(--_fg);
    font-size: 0.9em;
  }
  .stale {
    margin: 4px 0;
    padding: 4px 8px;
    border-left: 3px solid var(--_danger);
    color: var(--_fg);
    font-size: 0.9em;
  }
  .toolbar {
    display: flex;
    gap: 6px;
    align-items: center;
  }
  [part='table'] {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.85em;
    margin-top: var(--_gap);
  }
  [part='table'] caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 4px;
  }
  [part='table'] th,
  [part='table'] td {
    padding: 2px 6px;
    border-bottom: 1px solid var(--_grid);
    text-align: end;
  }
  [part='table'] th[scope='row'],
  [part='table'] thead th:first-child {
    text-align: start;
  }
  .table-wrap {
    max-height: 320px;
    overflow: auto;
  }
  footer {
    margin-top: 6px;
    color: var(--_muted);
    font-size: 0.8em;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .spinner {
    width: 20px;
    height: 20px;
    border: 3px solid var(--_grid);
    border-top-color: var(--_accent);
    border-radius: 50%;
    animation: ck-spin 0.8s linear infinite;
  }
  @keyframes ck-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  /* A page (or Storybook's toolbar) can ask for reduced motion explicitly. */
  :host-context([data-ck-motion='reduce']) .spinner {
    animation: none;
  }
  @media (forced-colors: active) {
    path.line {
      stroke: CanvasText;
    }
    .focus-ring {
      stroke: Highlight;
    }
  }
  @media print {
    :host {
      break-inside: avoid;
    }
    .toolbar {
      display: none;
    }
    .table-wrap {
      max-height: none;
      overflow: visible;
    }
  }
`;
