import { registerAdapter } from './adapter.js';
import { restAdapterFactory } from './rest.js';

/** Registers the adapters that ship with the kit (`rest`). Idempotent. */
export function registerBuiltinAdapters(): void {
  registerAdapter('rest', restAdapterFactory);
}
