import { QueryClient, type QueryObserverOptions } from '@tanstack/query-core';
import type { MetricName, Query } from '../model/metrics.js';
import type { MetricResponse } from '../model/response.js';
import type { Adapter } from '../data/adapter.js';
import { DataError } from '../data/errors.js';
import { metricQueryFn, metricQueryKey, retryDelay, shouldRetry } from '../data/query-options.js';
import { shareResponse } from './share-response.js';

/** Query behaviour of a source, from `<ck-source refresh stale retry>`. */
export interface DataSourceSettings {
  /** Poll interval in ms, or false (default). Polling pauses while the page is hidden. */
  refresh: number | false;
  /** How long data counts as fresh, in ms (default 60 s). */
  staleTime: number;
  /** Retries for network errors, timeouts and 5xx (default 3). */
  retry: number;
}

/**
 * One backend: an adapter and its own `QueryClient` (cache, dedupe, retries, polling), so that
 * unrelated sources on a page never share a cache. `<ck-source>` owns one; tests can use it directly.
 *
 * @example
 * const source = new DataSource('bank', createRestAdapter({ baseUrl: '/api/collection' }));
 * const observer = new QueryObserver(source.client, source.observerOptions('overdue', { interval: 'month' }));
 */
export class DataSource {
  readonly id: string;
  readonly client: QueryClient;
  adapter: Adapter | null;
  /** Why the source cannot fetch (unknown adapter, missing base-url), shown by every widget using it. */
  configError: DataError | null = null;
  settings: DataSourceSettings = { refresh: false, staleTime: 60_000, retry: 3 };
  /** Filters set on the source itself, inherited by its widgets. */
  filters: Query = {};

  constructor(id: string, adapter: Adapter | null = null) {
    this.id = id;
    this.adapter = adapter;
    this.client = new QueryClient({
      defaultOptions: { queries: { refetchOnWindowFocus: false, gcTime: 5 * 60_000 } },
    });
    this.client.mount();
  }

  /** Observer options for a metric query: key, query function (adapter looked up at call time), retry and polling. */
  observerOptions<M extends MetricName>(metric: M, query: Query): QueryObserverOptions<MetricResponse<M>, DataError> {
    return {
      queryKey: metricQueryKey(this.id, metric, query),
      queryFn: (ctx) => {
        if (this.configError) throw this.configError;
        if (!this.adapter) throw new DataError('config', `Source "${this.id}" has no adapter.`);
        return metricQueryFn(this.adapter, metric, query)(ctx);
      },
      retry: shouldRetry(this.settings.retry),
      retryDelay,
      staleTime: this.settings.staleTime,
      refetchInterval: this.settings.refresh,
      refetchIntervalInBackground: false,
      // Equal data keeps the previous response (nothing re-renders), compared without copying every row.
      structuralSharing: shareResponse,
    };
  }

  /** Stops polling and drops the cache (when the source leaves the page). */
  dispose(): void {
    this.client.unmount();
    this.client.clear();
  }
}
