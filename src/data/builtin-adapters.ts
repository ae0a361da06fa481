import { registerAdapter } from './adapter.js';
import { csvAdapterFactory } from './csv.js';
import { recordsAdapterFactory } from './records.js';
import { restAdapterFactory } from './rest.js';
import { staticAdapterFactory } from './static.js';

/** Registers the adapters that ship with the kit (`rest`, `static`, `csv`, `records`). Idempotent. */
export function registerBuiltinAdapters(): void {
  registerAdapter('rest', restAdapterFactory);
  registerAdapter('static', staticAdapterFactory);
  registerAdapter('csv', csvAdapterFactory);
  registerAdapter('records', recordsAdapterFactory);
}
