import { FILTER_NAMES, type Query } from '../../model/metrics.js';

/** Merges filter layers top-down: later layers override earlier ones; empty values are skipped. */
export function mergeFilters(...layers: (Partial<Query> | null | undefined)[]): Query {
  const out: Record<string, string> = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const name of FILTER_NAMES) {
      const v = (layer as Record<string, unknown>)[name];
      // Text, or a number or boolean from script; other values (objects, empty text) are not filters.
      if (typeof v === 'string' ? v !== '' : typeof v === 'number' || typeof v === 'boolean') out[name] = String(v);
    }
  }
  return out;
}

/** Detail of `ck-filter-change`: the complete set of filters chosen in a filter bar. */
export interface CkFilterChangeDetail {
  filters: Query;
}
