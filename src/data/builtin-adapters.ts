import { registerAdapter } from './adapter.js';
import { lazyCsvAdapterFactory } from './lazy-csv.js';
import { restAdapterFactory } from './rest.js';
import { staticAdapterFactory } from './static.js';

/**
 * Registers the adapters every page gets with `<ck-source>` (`rest`, `static`, `csv`; the CSV parser loads
 * on the csv adapter's first fetch). Idempotent.
 * The `records` adapter computes every metric from raw records in the browser and brings the whole
 * KPI engine with it (≈ 5 KB gzip), so it is registered by importing `collectkit/records.js`
 * (or calling `registerRecordsAdapter()`), not by the script-tag bundle.
 */
export function registerBuiltinAdapters(): void {
  registerAdapter('rest', restAdapterFactory);
  registerAdapter('static', staticAdapterFactory);
  registerAdapter('csv', lazyCsvAdapterFactory);
}
