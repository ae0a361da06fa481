import type { MetricName, Query } from '../model/metrics.js';
import type { MetricResponse } from '../model/response.js';
import { DataError } from './errors.js';

/** Options of one fetch. The adapter must honour `signal` (abort on widget removal). */
export interface FetchOptions {
  signal?: AbortSignal;
}

/** Something that answers metric queries with `{meta, rows}` of the backend contract. */
export interface Adapter {
  fetch<M extends MetricName>(metric: M, query: Query, options?: FetchOptions): Promise<MetricResponse<M>>;
}

/**
 * Configuration handed to an adapter factory by `<ck-source>`: its attributes (kebab-case keys,
 * e.g. `base-url`) and the element itself, for adapters that read children or JS properties.
 */
export interface AdapterConfig {
  attributes: Readonly<Record<string, string>>;
  element?: HTMLElement;
  /** JS-only options set on `<ck-source>.adapterOptions` (headers, tokens, data, mappings). */
  options?: Readonly<Record<string, unknown>>;
}

/** Builds an adapter from a source's configuration. */
export type AdapterFactory = (config: AdapterConfig) => Adapter;

const registry = new Map<string, AdapterFactory>();

/** Registers an adapter under `name`, usable as `<ck-source adapter="name">`. Replaces an existing one. */
export function registerAdapter(name: string, factory: AdapterFactory): void {
  registry.set(name, factory);
}

/** Creates the adapter registered under `name`, or throws a configuration `DataError` naming the known ones. */
export function createAdapter(name: string, config: AdapterConfig): Adapter {
  const factory = registry.get(name);
  if (!factory) {
    throw new DataError(
      'config',
      `Unknown adapter "${name}". Known adapters: ${[...registry.keys()].join(', ') || 'none'}; add one with registerAdapter().`,
    );
  }
  return factory(config);
}
