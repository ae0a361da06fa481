import type { DataSource } from './data-source.js';

const sources = new Map<string, DataSource>();
const listeners = new Set<() => void>();

/** Registers a source under its id; widgets with `source="id"` anywhere on the page (any shadow root) find it. */
export function registerSource(source: DataSource): void {
  if (sources.has(source.id) && sources.get(source.id) !== source) {
    console.warn(`collectkit: two <ck-source> elements have id "${source.id}"; the last one wins.`);
  }
  sources.set(source.id, source);
  listeners.forEach((l) => l());
}

/** Removes a source if it is the one registered under its id. */
export function unregisterSource(source: DataSource): void {
  if (sources.get(source.id) === source) {
    sources.delete(source.id);
    listeners.forEach((l) => l());
  }
}

/** The source registered under `id`, if any. */
export function findSource(id: string): DataSource | undefined {
  return sources.get(id);
}

/** Calls `listener` whenever a source is added or removed; returns the unsubscribe function. */
export function onSourcesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
