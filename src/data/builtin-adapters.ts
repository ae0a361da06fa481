import { registerAdapter } from './adapter.js';
import { lazyAdapterFactory } from './lazy-adapter.js';
import { restAdapterFactory } from './rest.js';

/**
 * Registers the adapters every page gets with `<ck-source>` (`rest`; `static` and `csv`, whose code — and
 * the CSV parser — loads on their first fetch). Idempotent.
 * The `records` adapter computes every metric from raw records in the browser and brings the whole
 * KPI engine with it (≈ 5 KB gzip), so it is registered by importing `collectkit/records.js`
 * (or calling `registerRecordsAdapter()`), not by the script-tag bundle.
 */
export function registerBuiltinAdapters(): void {
  registerAdapter('rest', restAdapterFactory);
  registerAdapter(
    'static',
    lazyAdapterFactory(() => import('./static.js').then((m) => m.staticAdapterFactory)),
  );
  registerAdapter(
    'csv',
    lazyAdapterFactory(() => import('./csv.js').then((m) => m.csvAdapterFactory)),
  );
}
