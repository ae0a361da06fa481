/**
 * The widget registry: one entry per element of the kit (plain data with type imports only, so the build
 * scripts read it too). `src/define.ts`, the element exports of `src/index.ts` and `src/global.ts`, the
 * size script and the bundle tests derive from it (`node scripts/registry.mjs` writes the generated
 * parts; a test fails when they are out of date), and a test checks it against custom-elements.json,
 * the message catalogues, the SVG renderer's chart kinds and the stories. Adding a widget: its folder,
 * its entry here, its messages (docs/adding-a-widget.md).
 */
import type { MetricName } from './model/metrics.js';

/** One element of the kit. */
export interface RegistryEntry {
  /** Tag name, `ck-…`. */
  tag: `ck-${string}`;
  /** Folder under `src/elements/` holding `<folder>.ts` (the class) and `ck-<folder>.ts` (registration). */
  folder: string;
  /** Exported class name, `Ck…`. */
  className: string;
  /** `container` (source, dashboard, filter bar) or `widget` (reads metrics and draws them). */
  role: 'container' | 'widget';
  /** Metrics of the contract the widget reads (widgets only). */
  metrics?: readonly MetricName[];
  /** Chart kind of `collectkit/svg` that draws it in Node, or null when it has none (a table). */
  svg?: string | null;
  /** Prefix of its keys in the message catalogues (e.g. `overdueTrend` → `overdueTrendTitle`). */
  messages?: string;
  /** A working configuration and the selector of what it draws once its data is in (bundle tests, demos). */
  example?: { attrs: string; drawn: string };
  /**
   * Columns it spans in a `<ck-dashboard>` grid unless the page sets `span` or `wide` (default 1): charts
   * with a time axis or a matrix need two, a table of many columns the full width (`'full'`).
   */
  span?: 1 | 2 | 3 | 'full';
  /** Its standard stories when not all of `STANDARD_STORIES` (stories/support/standard.ts builds them). */
  stories?: readonly StoryState[];
}

/** Every element of the kit, containers first (a page's widgets then upgrade inside a working source). */
export const REGISTRY: readonly RegistryEntry[] = [
  { tag: 'ck-source', folder: 'source', className: 'CkSource', role: 'container' },
  { tag: 'ck-dashboard', folder: 'dashboard', className: 'CkDashboard', role: 'container' },
  { tag: 'ck-filter-bar', folder: 'filter-bar', className: 'CkFilterBar', role: 'container' },
  {
    tag: 'ck-overdue-trend',
    folder: 'overdue-trend',
    className: 'CkOverdueTrend',
    role: 'widget',
    metrics: ['overdue'],
    svg: 'overdue-trend',
    messages: 'overdueTrend',
    example: { attrs: 'buckets="M1,M2,M3+" target="0.06"', drawn: 'svg.chart path.line' },
    span: 2,
  },
  {
    tag: 'ck-roll-rates',
    folder: 'roll-rates',
    className: 'CkRollRates',
    role: 'widget',
    metrics: ['roll-rates'],
    svg: 'roll-rates',
    messages: 'roll',
    example: { attrs: '', drawn: 'svg.chart rect' },
    span: 2,
  },
  {
    tag: 'ck-kpi-tile',
    folder: 'kpi-tile',
    className: 'CkKpiTile',
    role: 'widget',
    metrics: ['overdue', 'recovery', 'complaints', 'agents'],
    svg: 'kpi-tile',
    messages: 'tile',
    example: { attrs: 'metric="overdue" bucket="M1+"', drawn: '[part="value"]' },
  },
  {
    tag: 'ck-vintage-curves',
    folder: 'vintage-curves',
    className: 'CkVintageCurves',
    role: 'widget',
    metrics: ['vintage'],
    svg: 'vintage-curves',
    messages: 'vintage',
    example: { attrs: '', drawn: 'svg.chart path.line' },
    span: 2,
  },
  {
    tag: 'ck-recovery-curves',
    folder: 'recovery-curves',
    className: 'CkRecoveryCurves',
    role: 'widget',
    metrics: ['recovery'],
    svg: 'recovery-curves',
    messages: 'recovery',
    example: { attrs: '', drawn: 'svg.chart path.line' },
    span: 2,
  },
  {
    tag: 'ck-agent-leaderboard',
    folder: 'agent-leaderboard',
    className: 'CkAgentLeaderboard',
    role: 'widget',
    metrics: ['agents'],
    svg: null,
    messages: 'agents',
    example: { attrs: 'top="10" redact', drawn: 'table tbody tr' },
    span: 'full',
  },
  {
    tag: 'ck-complaint-trend',
    folder: 'complaint-trend',
    className: 'CkComplaintTrend',
    role: 'widget',
    metrics: ['complaints'],
    svg: 'complaint-trend',
    messages: 'complaints',
    example: { attrs: 'sla="0.95"', drawn: 'svg.chart rect.bar' },
    span: 2,
  },
  {
    tag: 'ck-compliance-monitor',
    folder: 'compliance-monitor',
    className: 'CkComplianceMonitor',
    role: 'widget',
    metrics: ['compliance'],
    svg: 'compliance-monitor',
    messages: 'compliance',
    example: { attrs: '', drawn: 'svg.chart path.line' },
  },
  {
    tag: 'ck-channel-mix',
    folder: 'channel-mix',
    className: 'CkChannelMix',
    role: 'widget',
    metrics: ['channels'],
    svg: 'channel-mix',
    messages: 'channels',
    example: { attrs: '', drawn: 'svg.chart rect.bar' },
  },
  {
    tag: 'ck-strategy-test',
    folder: 'strategy-test',
    className: 'CkStrategyTest',
    role: 'widget',
    metrics: ['experiments'],
    svg: 'strategy-test',
    messages: 'strategy',
    example: { attrs: 'experiment="m1-strategy" mde="0.02"', drawn: 'svg.chart line.interval' },
    span: 'full',
  },
  {
    tag: 'ck-model-monitor',
    folder: 'model-monitor',
    className: 'CkModelMonitor',
    role: 'widget',
    metrics: ['scores'],
    svg: 'model-monitor',
    messages: 'model',
    example: { attrs: '', drawn: 'svg.chart line.interval' },
    span: 'full',
  },
  {
    tag: 'ck-outcome-gap',
    folder: 'outcome-gap',
    className: 'CkOutcomeGap',
    role: 'widget',
    metrics: ['outcomes'],
    svg: 'outcome-gap',
    messages: 'outcomeGap',
    example: { attrs: 'from="2024-01" to="2025-12"', drawn: 'svg.chart line.interval' },
    span: 'full',
  },
  {
    tag: 'ck-qa-scorecard',
    folder: 'qa-scorecard',
    className: 'CkQaScorecard',
    role: 'widget',
    metrics: ['quality'],
    svg: 'qa-scorecard',
    messages: 'qa',
    example: { attrs: 'method="ai" redact', drawn: 'svg.chart path.line' },
  },
  {
    tag: 'ck-ptp-funnel',
    folder: 'ptp-funnel',
    className: 'CkPtpFunnel',
    role: 'widget',
    metrics: ['promises'],
    svg: 'ptp-funnel',
    messages: 'ptp',
    example: { attrs: 'grace="3"', drawn: 'svg.chart rect.bar' },
  },
  {
    tag: 'ck-contact-heatmap',
    folder: 'contact-heatmap',
    className: 'CkContactHeatmap',
    role: 'widget',
    metrics: ['contact-hours'],
    svg: 'contact-heatmap',
    messages: 'hours',
    example: { attrs: 'rules="cn-cba-2026"', drawn: 'svg.chart rect.cell' },
    span: 'full',
  },
  {
    tag: 'ck-workload',
    folder: 'workload',
    className: 'CkWorkload',
    role: 'widget',
    metrics: ['workload'],
    svg: 'workload',
    messages: 'workload',
    example: { attrs: 'target="400"', drawn: 'svg.chart rect.bar' },
    span: 2,
  },
  {
    tag: 'ck-agency-scorecard',
    folder: 'agency-scorecard',
    className: 'CkAgencyScorecard',
    role: 'widget',
    metrics: ['agencies'],
    svg: 'agency-scorecard',
    messages: 'agency',
    example: { attrs: 'measure="recovery"', drawn: 'svg.chart rect.bar' },
  },
  {
    tag: 'ck-legal-pipeline',
    folder: 'legal-pipeline',
    className: 'CkLegalPipeline',
    role: 'widget',
    metrics: ['legal'],
    svg: 'legal-pipeline',
    messages: 'legal',
    example: { attrs: '', drawn: 'svg.chart rect.bar' },
  },
];

/** The data widgets of the registry. */
export const WIDGETS = REGISTRY.filter((e) => e.role === 'widget');

/** The standard stories of a widget, one per state, layout, language and theme (docs/adding-a-widget.md). */
export const STANDARD_STORIES = [
  'Data',
  'Loading',
  'Empty',
  'Error',
  'Stale',
  'Narrow',
  'Chinese',
  'Dark',
  'LargeData',
] as const;

/** One standard story. */
export type StoryState = (typeof STANDARD_STORIES)[number];
