import { emit, type CkErrorDetail } from './events.js';

/**
 * Data a widget derives from its response and attributes (a view model, KPI series), memoised on a
 * list of keys: `update()` runs the derivation again only when a key changed (`Object.is`). When the
 * derivation throws, `error` holds the message and the host gets one `ck-error` (kind `validation`);
 * when only the data changed (the first key) the last good `value` is kept and marked `stale`,
 * otherwise `value` is null. Made by `CkWidget.derive`, which shows the error or stale state.
 */
export class Derived<T> {
  /** The last good result (null before the first, or after a failure that is not a refresh). */
  value: T | null = null;
  /** Message of the last failure, '' while the derivation succeeds. */
  error = '';
  /** True when `value` is the last good result kept after new data failed. */
  stale = false;
  #keys: readonly unknown[] | null = null;
  #goodKeys: readonly unknown[] | null = null;

  constructor(
    private readonly host: EventTarget,
    private readonly metric: () => string,
    private readonly keys: () => readonly unknown[],
    private readonly fn: () => T | null,
  ) {}

  /** Derives again when a key changed since the last call; returns `value`. Call in `willUpdate`. */
  update(): T | null {
    const keys = this.keys();
    if (this.#keys && sameKeys(keys, this.#keys)) return this.value;
    this.#keys = keys;
    try {
      this.value = this.fn();
      this.#goodKeys = keys;
      this.error = '';
      this.stale = false;
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      // Only new data (the first key) failing keeps the last good result: other keys change what it means.
      const good = this.#goodKeys;
      this.stale = this.value !== null && good !== null && sameKeys(keys.slice(1), good.slice(1));
      if (!this.stale) this.value = null;
      const detail: CkErrorDetail = {
        message: this.error,
        kind: 'validation',
        metric: this.metric(),
        stale: this.stale,
      };
      emit(this.host, 'ck-error', detail);
    }
    return this.value;
  }
}

function sameKeys(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((k, i) => Object.is(k, b[i]));
}
