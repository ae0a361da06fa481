import type { Adapter, AdapterConfig, AdapterFactory, FetchOptions } from './adapter.js';
import type { MetricName, Query } from '../model/metrics.js';
import type { MetricResponse } from '../model/response.js';

/**
 * An adapter whose code loads on its first fetch, so pages that never use it do not fetch it (`csv` with
 * its parser and d3-dsv, `static`). A configuration error the real factory throws rejects that fetch with
 * the adapter's own `DataError`, which the widgets show like any other.
 */
export function lazyAdapterFactory(load: () => Promise<AdapterFactory>): AdapterFactory {
  return (config: AdapterConfig): Adapter => {
    let adapter: Promise<Adapter> | undefined;
    return {
      fetch<M extends MetricName>(metric: M, query: Query, options?: FetchOptions): Promise<MetricResponse<M>> {
        adapter ??= load().then((factory) => factory(config));
        return adapter.then((a) => a.fetch(metric, query, options));
      },
    };
  };
}
