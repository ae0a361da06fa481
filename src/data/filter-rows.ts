import type { Query } from '../model/metrics.js';
import type { MetricResponse } from '../model/response.js';

const DIMENSIONS = ['product', 'region', 'team', 'agency', 'segment'] as const;

function inRange(period: unknown, from: string | undefined, to: string | undefined): boolean {
  if (typeof period !== 'string') return true;
  // Compare on the query's precision: "2025-03-14" is within to="2025-03".
  if (from && period.slice(0, from.length) < from) return false;
  if (to && period.slice(0, to.length) > to) return false;
  return true;
}

/**
 * Applies a query to a response held client-side (static, csv adapters): keeps rows whose
 * `period` lies in `[from, to]` and whose dimension fields, when present on a row, equal the filters.
 */
export function filterRows<R extends MetricResponse>(response: R, query: Query): R {
  const keep = (row: Record<string, unknown>) =>
    inRange(row.period, query.from, query.to) &&
    DIMENSIONS.every((d) => query[d] === undefined || row[d] === undefined || row[d] === query[d]);
  return {
    ...response,
    rows: (response.rows as unknown as Record<string, unknown>[]).filter(keep),
    ...(response.exposure
      ? { exposure: response.exposure.filter((r) => inRange(r.period, query.from, query.to)) }
      : {}),
  };
}
