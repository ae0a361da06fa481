/**
 * Parsing and checking of the query parameters the mock backend accepts, and the grouping of the
 * simulated months into the requested periods.
 */
import { isDay, isMonth, monthIndex, monthLabel, quarterLabel, yearLabel } from './calendar.js';
import { PRODUCTS, REGIONS, TEAMS } from './catalog.js';
import { OUTCOME_TRUTHS } from './simulate/outcomes.js';

/** Query parameters as they arrive in a URL (all text), see `Query` in src/model/metrics.ts. */
export interface MockQuery {
  from?: string;
  to?: string;
  interval?: string;
  product?: string;
  region?: string;
  team?: string;
  agency?: string;
  /** Customer segment (`vulnerable`, `hardship`, `other`): overdue, roll-rates, complaints and outcomes only. */
  segment?: string;
  /** Vintage only: delinquency threshold, a bucket code (`M2`, `M2+`) or days past due (`30` → M2+). */
  threshold?: string;
  /** Promises only: grace days after the due date before a promise matures (0–30). */
  grace?: string;
}

/** A query the mock backend cannot answer; `status` is the HTTP status a handler should send. */
export class MockQueryError extends Error {
  /** HTTP status, 400 for a bad parameter. */
  readonly status: number;

  constructor(message: string, status = 400) {
    super(message);
    this.name = 'MockQueryError';
    this.status = status;
  }
}

/** Intervals served: month (main), quarter and year (sums of months, stocks at period end), day (overdue only). */
export const MOCK_INTERVALS = ['month', 'quarter', 'year', 'day'] as const;

/** One output period: its label and the reported month indices it covers (ascending). */
export interface PeriodGroup {
  label: string;
  months: number[];
}

/** A checked query against a window of reported months. */
export interface ResolvedQuery {
  interval: (typeof MOCK_INTERVALS)[number];
  /** First and last reported month index inside [from, to] (last < first when nothing overlaps). */
  first: number;
  last: number;
  /** Day bounds (`YYYY-MM-DD`) when from/to were given as days. */
  fromDay?: string;
  toDay?: string;
  products: string[] | null;
  regions: string[] | null;
  teams: string[] | null;
  /** Customer segment, or null for all customers. */
  segment: string | null;
}

function list(name: string, value: string | undefined, known: readonly { code: string }[]): string[] | null {
  if (value === undefined || value === '' || value === 'all') return null;
  const codes = value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  const valid = new Set(known.map((k) => k.code));
  for (const code of codes) {
    if (!valid.has(code)) throw new MockQueryError(`Unknown ${name} "${code}"; known: ${[...valid].join(', ')}.`);
  }
  return codes;
}

/** The customer segment of a query: one known code, or null. */
function customerSegment(value: string | undefined): string | null {
  if (value === undefined || value === '' || value === 'all') return null;
  const known = OUTCOME_TRUTHS.map((t) => t.segment);
  if (!known.includes(value)) throw new MockQueryError(`Unknown segment "${value}"; known: ${known.join(', ')}.`);
  return value;
}

function bound(name: 'from' | 'to', value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!isMonth(value) && !isDay(value))
    throw new MockQueryError(`Bad "${name}" ${JSON.stringify(value)}: expected YYYY-MM or YYYY-MM-DD.`);
  return value;
}

/**
 * Checks a query against a window of `months` reported months starting at absolute month `start`.
 * Throws {@link MockQueryError} for malformed dates, from > to, an unknown interval or filter value.
 */
export function resolveQuery(query: MockQuery, start: number, months: number): ResolvedQuery {
  const interval = (query.interval ?? 'month') as ResolvedQuery['interval'];
  if (!(MOCK_INTERVALS as readonly string[]).includes(interval)) {
    throw new MockQueryError(
      `Bad "interval" ${JSON.stringify(query.interval)}: expected one of ${MOCK_INTERVALS.join(', ')}.`,
    );
  }
  const from = bound('from', query.from);
  const to = bound('to', query.to);
  if (from && to && (monthIndex(from) > monthIndex(to) || (from.length === 10 && to.length === 10 && from > to))) {
    throw new MockQueryError(`"from" (${from}) is after "to" (${to}).`);
  }
  const first = Math.max(0, from ? monthIndex(from) - start : 0);
  const last = Math.min(months - 1, to ? monthIndex(to) - start : months - 1);
  return {
    interval,
    first,
    last,
    ...(from?.length === 10 ? { fromDay: from } : {}),
    ...(to?.length === 10 ? { toDay: to } : {}),
    products: list('product', query.product, PRODUCTS),
    regions: list('region', query.region, REGIONS),
    teams: list('team', query.team, TEAMS),
    segment: customerSegment(query.segment),
  };
}

/** Groups the reported months [first, last] into periods of the interval (day → by month, expanded later). */
export function periodGroups(q: ResolvedQuery, start: number): PeriodGroup[] {
  const groups: PeriodGroup[] = [];
  const labelOf = q.interval === 'quarter' ? quarterLabel : q.interval === 'year' ? yearLabel : monthLabel;
  for (let r = q.first; r <= q.last; r++) {
    const label = labelOf(start + r);
    const lastGroup = groups[groups.length - 1];
    if (lastGroup && lastGroup.label === label) lastGroup.months.push(r);
    else groups.push({ label, months: [r] });
  }
  return groups;
}
