/** English messages: the reference catalogue; every other language provides the same keys. */
export const en = {
  loading: 'Loading…',
  empty: 'No data for this selection.',
  emptyReason: 'No data between {from} and {to}.',
  error: 'Could not load the data.',
  retry: 'Retry',
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
  overdueTrendSummary:
    'Line chart of the overdue rate by {basis} for {series}, {from} to {to}. {latest}',
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
  filterAll: 'All',
  interval_day: 'Day',
  interval_week: 'Week',
  interval_month: 'Month',
  interval_quarter: 'Quarter',
  interval_year: 'Year',
  chartKeys: 'Use the arrow keys to move between points and series, Home and End for the first and last point, Escape to close the tooltip.',
  hideSeries: 'Hide {series}',
  showSeries: 'Show {series}',
  suppressed: 'suppressed (denominator below {min})',
} as const;

/** Message keys every language catalogue must define. */
export type MessageKey = keyof typeof en;

/** A language catalogue: one string per message key. */
export type Messages = Record<MessageKey, string>;
