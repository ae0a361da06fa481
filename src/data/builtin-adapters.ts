import { registerAdapter } from './adapter.js';
import { csvAdapterFactory } from './csv.js';
import { restAdapterFactory } from './rest.js';
import { staticAdapterFactory } from './static.js';

/**
 * Registers the adapters every page gets with `<ck-source>` (`rest`, `static`, `csv`). Idempotent.
 * The `records` adapter computes every metric from raw records in the browser and brings the whole
 * KPI engine with it (≈ 5 KB gzip), so it is registered by importing `collectkit/records.js`
 * (or calling `registerRecordsAdapter()`), not by the script-tag bundle.
 */
export function registerBuiltinAdapters(): void {
  registerAdapter('rest', restAdapterFactory);
  registerAdapter('static', staticAdapterFactory);
  registerAdapter('csv', csvAdapterFactory);
}
