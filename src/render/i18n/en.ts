import type { strategyEn } from './strategy/en.js';
import type { outcomesEn } from './outcomes/en.js';
import type { governanceEn } from './governance/en.js';
import type { agenciesEn } from './agencies/en.js';
import type { opsEn } from './ops/en.js';
import type { workloadEn } from './workload/en.js';
import type { legalEn } from './legal/en.js';
import type { cureEn } from './cure/en.js';
import type { netFlowEn } from './net-flow.js';
import type { overdueTrendEn } from './overdue-trend/en.js';
import type { rollRatesEn } from './roll-rates/en.js';
import type { curvesEn } from './curves/en.js';
import type { agentsEn } from './agents/en.js';
import type { complaintsEn } from './complaints/en.js';
import type { channelsEn } from './channels/en.js';
import type { complianceEn } from './compliance/en.js';
import type { filtersEn } from './filters/en.js';

/** English messages: the reference catalogue; every other language provides the same keys. */
export const en = {
  loading: 'Loading…',
  empty: 'No data for this selection.',
  emptyReason: 'No data between {from} and {to}.',
  error: 'Could not load the data.',
  retry: 'Retry',
  hintNotFound:
    'Check base-url and the path template of <ck-source>: there is no such endpoint. Each metric is read from base-url/<metric>, e.g. …/overdue (contract: docs/openapi.json).',
  hintAuth: "The server refused access: check that this page is signed in, or the adapter's token.",
  hintQuery:
    'The server rejected the query: check the filters (from, to, interval, product, region, team) against the contract.',
  hintServer: "The server failed and the widget will try again; if it persists, check the server's log.",
  hintNetwork:
    'Check that the server is running and reachable from this page (and that it allows this origin, if it is another one).',
  hintTimeout: 'The server is slow to answer: retry, or raise timeout on <ck-source>.',
  hintParse:
    'The address answered something that is not JSON, often a web page: check base-url and the path template of <ck-source>.',
  hintContract: "The data does not follow the contract (docs/openapi.json): fix the backend or the adapter's mapping.",
  hintConfig: 'Check the attributes of <ck-source> and of this widget.',
  stale: 'Showing data as of {asOf}; the latest refresh failed.',
  asOf: 'As of {asOf}',
  source: 'Source: {source}',
  noSource: 'No data source: set source="…" to the id of a <ck-source>, or place the widget inside one.',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  period: 'Period',
  series: 'Series',
  value: 'Value',
  numerator: 'Numerator',
  denominator: 'Denominator',
  rate: 'Rate',
  accounts: 'accounts',
  balance: 'balance',
  pointAnnouncement: '{series}, {period}: {value} ({numerator} of {denominator})',
  chartRole: 'chart',
  tileTitleOverdue: 'Overdue rate {bucket} ({basis})',
  tileTitleRecovery: 'Recovery rate at {months} months ({basis})',
  tileTitleComplaints: 'Complaints per {per} accounts',
  tileTitleAgents: 'Kept promise rate',
  tileGross: 'gross',
  tileNet: 'net of fees',
  tileVs: 'vs {period}',
  tileNoCompare: 'No comparison period',
  tileAboveTarget: 'Above target {target}',
  tileBelowTarget: 'Below target {target}',
  tileOnTarget: 'On target {target}',
  tileBetter: 'better',
  tileWorse: 'worse',
  tileSummary: '{title}: {value} in {period}; {delta} {vs}. {status}',
  tileSparkline: 'Trend over {n} periods',
  projection: 'projection',
  actual: 'actual',
  tileSummaryNoPeriod: '{title}: {value}; {vs}. {status}',
  definition: 'Definition',
  definitionVersion: 'version {version}',
  definitionDataVersion: 'data computed with definitions {version}',
  exportMenu: 'Export',
  exportCsv: 'Data (CSV)',
  exportJson: 'Data (JSON)',
  exportSvg: 'Chart (SVG)',
  exportPng: 'Chart (PNG)',
  exportFailed: 'Export failed: {message}',
  exportAll: 'Export regulator pack',
  chartKeys:
    'Use the arrow keys to move between points and series, Home and End for the first and last point, Escape to close the tooltip.',
  hideSeries: 'Hide {series}',
  showSeries: 'Show {series}',
  suppressed: 'suppressed (denominator below {min})',
  earlierCohorts: 'Earlier cohorts ({n})',
  cohortAverage: 'Average of all cohorts',
} as const;

/** Keys of the catalogues every widget loads. */
export type BaseMessageKey = keyof typeof en;

/**
 * Every message key: the base catalogues' and the widgets' packs' (registered with `addMessages` by the
 * modules that use them, so a page loads a widget's texts with that widget).
 */
export type MessageKey =
  | BaseMessageKey
  | keyof typeof strategyEn
  | keyof typeof governanceEn
  | keyof typeof opsEn
  | keyof typeof outcomesEn
  | keyof typeof workloadEn
  | keyof typeof agenciesEn
  | keyof typeof legalEn
  | keyof typeof cureEn
  | keyof typeof netFlowEn
  | keyof typeof overdueTrendEn
  | keyof typeof rollRatesEn
  | keyof typeof curvesEn
  | keyof typeof agentsEn
  | keyof typeof complaintsEn
  | keyof typeof channelsEn
  | keyof typeof complianceEn
  | keyof typeof filtersEn;

/** A language catalogue: one string per message key. */
export type Messages = Record<MessageKey, string>;
