import type { Adapter, AdapterConfig, FetchOptions } from './adapter.js';
import type { MetricName, Query } from '../model/metrics.js';
import type { MetricResponse } from '../model/response.js';

/**
 * `<ck-source adapter="csv">` without the CSV parser on the pages that never use it: `csv.js` (and d3-dsv)
 * load on the adapter's first fetch. A configuration error (no `{metric}-url`) rejects that fetch with the
 * csv adapter's own `DataError`, which the widgets show like any other.
 */
export function lazyCsvAdapterFactory(config: AdapterConfig): Adapter {
  let adapter: Promise<Adapter> | undefined;
  return {
    fetch<M extends MetricName>(metric: M, query: Query, options?: FetchOptions): Promise<MetricResponse<M>> {
      adapter ??= import('./csv.js').then((m) => m.csvAdapterFactory(config));
      return adapter.then((a) => a.fetch(metric, query, options));
    },
  };
}
