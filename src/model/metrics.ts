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
export const FILTER_NAMES = ['from', 'to', 'interval', 'product', 'region', 'team', 'agency', 'segment'] as const;

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
  /** Customer segment (`vulnerable`, `hardship`, `other`, …): only metrics in `SEGMENT_METRICS` take it. */
  segment?: string;
}

/** Returns true when `name` is a metric of the contract. */
export function isMetricName(name: string): name is MetricName {
  return (METRICS as readonly string[]).includes(name);
}

/** The basis an attribute or option names: `count`, else `balance` (the default). */
export function basisOf(value: string | null | undefined): Basis {
  return value === 'count' ? 'count' : 'balance';
}

/**
 * Metrics with a customer `segment` dimension (特殊群体): their rows can be filtered by segment and the
 * segments' responses add up to the unfiltered one. Every other metric rejects a `segment` filter.
 */
export const SEGMENT_METRICS: readonly MetricName[] = ['overdue', 'roll-rates', 'complaints', 'outcomes'];

/** The message a metric without the segment dimension answers to a `segment` filter (400 on every backend). */
export function segmentNotApplicable(metric: string): string {
  return `Query parameter segment: the ${metric.slice(0, 40)} metric has no customer segment (only ${SEGMENT_METRICS.join(', ')}).`;
}
