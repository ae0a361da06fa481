import type { strategyEn } from './strategy.js';
import type { outcomesEn } from './outcomes.js';
import type { governanceEn } from './governance.js';
import type { agenciesEn } from './agencies.js';
import type { opsEn } from './ops.js';
import type { workloadEn } from './workload.js';
import type { legalEn } from './legal.js';
import type { cureEn } from './cure.js';
import type { netFlowEn } from './net-flow.js';

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
  overdueTrendTitle: 'Overdue rate by bucket ({basis})',
  overdueTrendSummary: 'Line chart of the overdue rate by {basis} for {series}, {from} to {to}. {latest}',
  latestValue: 'Latest {series}: {value} in {period} ({trend} from {previous}).',
  trendUp: 'up',
  trendDown: 'down',
  trendFlat: 'unchanged',
  pointAnnouncement: '{series}, {period}: {value} ({numerator} of {denominator})',
  chartRole: 'chart',
  filterBar: 'Filters',
  filterFrom: 'From',
  filterTo: 'To',
  filterInterval: 'Interval',
  filterProduct: 'Product',
  filterRegion: 'Region',
  filterTeam: 'Team',
  filterSegment: 'Customer segment',
  filterAll: 'All',
  interval_day: 'Day',
  interval_week: 'Week',
  interval_month: 'Month',
  interval_quarter: 'Quarter',
  interval_year: 'Year',
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
  rollMatrixTitle: 'Transition matrix {period} ({basis})',
  rollTrendTitle: 'Roll-forward rates over time ({basis})',
  rollForecastTitle: 'Balance by bucket, {months}-month projection',
  rollViewMatrix: 'Matrix',
  rollViewTrend: 'Trend',
  rollViewForecast: 'Forecast',
  rollFrom: 'From (previous month)',
  rollTo: 'To (this month)',
  rollCell: '{from} → {to}: {value} ({numerator} of {denominator})',
  rollMatrixSummary:
    'Heatmap of transition rates for {period}: each row is a state at the previous month-end and sums to 100% across the states at this month-end. {cure}',
  rollCure: 'Cure rate of {state}: {value}.',
  rollTrendSummary:
    'Line chart of roll-forward rates {series} (share of one bucket at the previous month-end found in the next bucket at this month-end), {from} to {to}.',
  rollForecastSummary:
    'Balances by bucket from {from}, projected for {months} months from {period} with the average transition matrix of the last {window} months (dashed). Projected charge-off: {chargedOff}.',
  rollChargedOff: 'Charged off',
  projection: 'projection',
  actual: 'actual',
  vintageTitle: 'Vintage delinquency by months on book ({basis})',
  vintageSummary: 'Line chart of the delinquency rate by months on book for {n} cohorts, {from} to {to}. {latest}',
  vintageLatest: 'Cohort {cohort} at {mob} months on book: {value}.',
  vintageCohort: 'Cohort',
  vintageMob: 'MOB {mob}',
  vintagePoint: '{cohort}, MOB {mob}: {value} ({numerator} of {denominator})',
  recoveryTitle: 'Cumulative recovery by charge-off cohort ({basis})',
  recoverySummary:
    'Line chart of the cumulative recovery rate by months since charge-off for {n} cohorts, {from} to {to}; dashed segments are projections. {latest}',
  recoveryLatest: 'Cohort {cohort} after {month} months: {value}.',
  recoveryCohort: 'Charge-off cohort',
  recoveryMonth: 'Month {month}',
  recoveryPoint: '{cohort}, month {month}: {value} ({numerator} of {denominator}){projected}',
  recoveryProjected: ', projected',
  recoveryChargedOff: 'Charged off',
  recoveryRecovered: 'Recovered',
  agentsTitle: 'Collector leaderboard',
  agentsRank: 'Rank',
  agentsName: 'Collector',
  agentsTeam: 'Team',
  agentsContactRate: 'Contact rate',
  agentsRpcRate: 'RPC rate',
  agentsPtpRate: 'PTP rate',
  agentsKeptRate: 'Kept rate',
  agentsLiquidation: 'Liquidation',
  agentsCollectedPerHour: 'Collected per hour',
  agentsCollected: 'Collected',
  agentsFlagged: 'low base',
  agentsFlaggedNote: '⚠ low base: denominator below {min}, not ranked.',
  agentsSortBy: 'Sort by {column}',
  agentsShowing: 'Top {shown} of {count} collectors',
  agentsRedacted: 'Names masked',
  agentsNotRanked: 'not ranked',
  agentsSummary: 'Table of {count} collectors sorted by {column}, {direction}. First: {first} ({value}).',
  agentsAnnouncement: '{agent}, {metric}: {value} ({numerator} of {denominator}), {rank}',
  agentsRankOf: 'rank {rank}',
  agentsSearch: 'Search collectors',
  agentsSearchHint: 'Name or team',
  agentsMatches: '{shown} of {count} collectors match “{query}”',
  agentsNoMatch: 'No collector matches “{query}”.',
  sortDescending: 'highest first',
  sortAscending: 'lowest first',
  complaintsTitle: 'Complaints by {by}',
  complaintsByCategory: 'category',
  complaintsByChannel: 'channel',
  complaintsPer: 'Per {per} accounts',
  complaintsReceived: 'Received',
  complaintsClosed: 'Closed',
  complaintsAccounts: 'Active accounts',
  complaintsOnTime: 'Closed on time',
  complaintsUpheld: 'Upheld',
  complaintsShare: 'Share',
  complaintsSlaMissed: '⚠ below the {sla} target',
  complaintsSlaMet: '✓ meets the {sla} target',
  complaintsLatest:
    '{period}: {received} complaints, {rate} per {per} accounts; {onTime} closed on time {sla}; {upheld} upheld.',
  complaintsSummary:
    'Stacked bar chart of complaints received by {by}, {from} to {to}, with complaints per {per} accounts as a line on the right axis. {latest}',
  complaintsSegment: '{series}, {period}: {value} complaints ({share} of {total})',
  complaintsLinePoint:
    '{series}, {period}: {value} ({numerator} complaints, {denominator} accounts); {onTime} closed on time{sla}',
  channelsTitle: 'Channel effectiveness',
  channelsChannel: 'Channel',
  channelsTotal: 'Total',
  channelsContactRate: 'Contact rate',
  channelsYield: 'Collected per attempt',
  channelsPerCost: 'Collected per unit cost',
  channelsAttempts: 'Attempts',
  channelsContacts: 'Contacts',
  channelsCost: 'Cost',
  channelsCollected: 'Collected',
  channelsSummary:
    'Bar charts comparing {count} channels on contact rate, collected per attempt and collected per unit cost, {from} to {to}. Highest collected per unit cost: {best} ({value}).',
  channelsAnnouncement: '{channel}, {measure}: {value} ({numerator} of {denominator})',
  complianceTitle: 'Contact-rule breaches: {rules}',
  complianceRule: 'Rule',
  complianceBreachRate: 'Breach rate',
  complianceChecked: 'Checked',
  complianceBreaches: 'Breaches',
  complianceLatest: 'Breach rate by rule, {period}',
  complianceSummary: 'Line chart of the breach rate per rule of {rules}, {from} to {to}. {latest}',
  complianceHighest: 'Highest in {period}: {rule} at {rate} ({numerator} of {denominator}).',
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
  | keyof typeof netFlowEn;

/** A language catalogue: one string per message key. */
export type Messages = Record<MessageKey, string>;
