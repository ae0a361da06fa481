import type { MetricName, Query } from '../model/metrics.js';
import type { MetricResponse } from '../model/response.js';
import type { Adapter } from './adapter.js';
import { DataError, toDataError } from './errors.js';

/** Query key of a metric request: source id, metric and the defined filters in a stable order. */
export function metricQueryKey(sourceId: string, metric: MetricName, query: Query): readonly unknown[] {
  const filters: Record<string, string> = {};
  for (const k of Object.keys(query).sort()) {
    const v = (query as Record<string, unknown>)[k];
    if (typeof v === 'string' ? v !== '' : typeof v === 'number' || typeof v === 'boolean') filters[k] = String(v);
  }
  return ['collectkit', sourceId, metric, filters];
}

/** Retry policy: up to `max` retries for network errors, timeouts, 429 and 5xx; none for other 4xx or bad data. */
export function shouldRetry(max: number): (failureCount: number, error: unknown) => boolean {
  return (failureCount, error) => failureCount < max && error instanceof DataError && error.retryable;
}

/** The server's Retry-After when it sent one (at most 60 s), else exponential backoff with a cap: 0.5 s, 1 s, 2 s … at most 15 s. */
export function retryDelay(attempt: number, error?: unknown): number {
  if (error instanceof DataError && error.retryAfter !== undefined) return Math.min(error.retryAfter, 60_000);
  return Math.min(500 * 2 ** attempt, 15_000);
}

/** The query function of a metric: calls the adapter with the query's abort signal; errors become `DataError`s. */
export function metricQueryFn<M extends MetricName>(adapter: Adapter, metric: M, query: Query) {
  return async ({ signal }: { signal: AbortSignal }): Promise<MetricResponse<M>> => {
    try {
      return await adapter.fetch(metric, query, { signal });
    } catch (error) {
      throw toDataError(error, metric);
    }
  };
}
