import type { MetricName, Query } from '../model/metrics.js';
import type { MetricResponse } from '../model/response.js';
import type { Adapter } from './adapter.js';
import { DataError } from './errors.js';

/** One metric request of an HTTP adapter: the `fetch` to use, what is asked, and the caller's abort signal. */
export type HttpFetchMetric = <M extends MetricName>(
  doFetch: typeof fetch,
  metric: M,
  query: Query,
  signal: AbortSignal | undefined,
) => Promise<MetricResponse<M>>;

/** An adapter over HTTP: `custom` fetch when the options give one (tests, auth wrappers), else the page's. */
export function httpAdapter(custom: typeof fetch | undefined, fetchMetric: HttpFetchMetric): Adapter {
  const doFetch = custom ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  return { fetch: (metric, query, { signal } = {}) => fetchMetric(doFetch, metric, query, signal) };
}

/** `read()`, with the request's URL (credentials removed) added to a `DataError` it throws. */
export function withUrl<T>(shown: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw error instanceof DataError ? error.withUrl(shown) : error;
  }
}
