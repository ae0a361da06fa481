/** Names of the metrics of the backend contract (DESIGN.md, "Backend contract"). */
export const METRICS = [
  'overdue',
  'roll-rates',
  'vintage',
  'recovery',
  'agents',
  'complaints',
  'channels',
  'compliance',
  'experiments',
  'scores',
  'quality',
  'promises',
  'contact-hours',
  'outcomes',
  'workload',
  'agencies',
  'legal',
] as const;

/** One metric of the backend contract, e.g. `overdue` or `roll-rates`. */
export type MetricName = (typeof METRICS)[number];

/** Period granularity of a query. */
export type Interval = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** Basis of a rate: number of accounts or outstanding balance. */
export type Basis = 'count' | 'balance';

/** Filter names inherited from source → dashboard → widget and sent as query parameters. */
export const FILTER_NAMES = ['from', 'to', 'interval', 'product', 'region', 'team', 'agency'] as const;

/** One inheritable filter name. */
export type FilterName = (typeof FILTER_NAMES)[number];

/**
 * What a widget asks of a source: period range (`YYYY-MM` or `YYYY-MM-DD`, inclusive), interval and
 * dimension filters. Undefined entries are omitted from query keys and URLs.
 */
export interface Query {
  from?: string;
  to?: string;
  interval?: Interval;
  product?: string;
  region?: string;
  team?: string;
  agency?: string;
}

/** Returns true when `name` is a metric of the contract. */
export function isMetricName(name: string): name is MetricName {
  return (METRICS as readonly string[]).includes(name);
}

/** The basis an attribute or option names: `count`, else `balance` (the default). */
export function basisOf(value: string | null | undefined): Basis {
  return value === 'count' ? 'count' : 'balance';
}
