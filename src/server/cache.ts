/**
 * A bounded in-memory result cache (least recently used first out, by entries and by bytes) and the
 * ETag of a result, keyed on the data's `asOf` and the canonical query.
 */
import { createHash } from 'node:crypto';

/** A cached answer: the JSON body and its ETag. */
export interface CachedResult {
  body: string;
  etag: string;
  /** `body` encoded once as UTF-8, sent as is on every hit (no per-request encoding). */
  bytes?: Buffer;
}

/** LRU cache of serialised results. */
export class ResultCache {
  readonly #map = new Map<string, CachedResult>();
  #bytes = 0;
  constructor(
    readonly maxEntries = 500,
    readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  /** The entry for `key`, marked most recently used. */
  get(key: string): CachedResult | undefined {
    const hit = this.#map.get(key);
    if (hit) {
      this.#map.delete(key);
      this.#map.set(key, hit);
    }
    return hit;
  }

  /** Stores an entry, evicting the least recently used beyond the bounds (an entry larger than maxBytes is not kept). */
  set(key: string, value: CachedResult): void {
    if (this.maxEntries <= 0 || value.body.length > this.maxBytes) return;
    const old = this.#map.get(key);
    if (old) {
      this.#bytes -= old.body.length;
      this.#map.delete(key);
    }
    this.#map.set(key, value);
    this.#bytes += value.body.length;
    for (const [k, v] of this.#map) {
      if (this.#map.size <= this.maxEntries && this.#bytes <= this.maxBytes) break;
      this.#map.delete(k);
      this.#bytes -= v.body.length;
    }
  }

  /** Number of entries. */
  get size(): number {
    return this.#map.size;
  }
}

/** Strong ETag of a result: hash of `asOf` and the canonical cache key (metric, filters, scope, redaction). */
export function resultEtag(asOf: string, key: string): string {
  return `"${createHash('sha256').update(asOf).update('\u0000').update(key).digest('base64url').slice(0, 27)}"`;
}

/** True when an `If-None-Match` header matches `etag` (a list, `*`, or weak forms). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}
