import { QueryObserver, hashKey, type QueryObserverResult } from '@tanstack/query-core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MetricName, Query } from '../model/metrics.js';
import type { MetricResponse } from '../model/response.js';
import { DataError } from '../data/errors.js';
import type { DataSource } from './data-source.js';
import { holdFetch } from './fetch-turn.js';

/** What a widget wants: a metric from a source with filters; `null` source while none is found. */
export interface MetricRequest<M extends MetricName> {
  source: DataSource | null | undefined;
  metric: M;
  query: Query;
}

/** Display state of a metric query. `stale` = a refetch failed and the last good data is kept. */
export type MetricStatus = 'idle' | 'loading' | 'success' | 'error' | 'stale';

/**
 * Whether `next` changes what a widget shows: its data, error, status or the time of its data. A refetch
 * that starts (or ends with the data kept by structural sharing and nothing else new) changes only
 * `isFetching`, which no widget draws: re-rendering the whole widget for it would cost an update's work
 * before the new data can be drawn.
 */
function shownChanged(
  before: QueryObserverResult<unknown, unknown>,
  next: QueryObserverResult<unknown, unknown>,
): boolean {
  return (
    before.data !== next.data ||
    before.error !== next.error ||
    before.status !== next.status ||
    before.dataUpdatedAt !== next.dataUpdatedAt
  );
}

/**
 * A lit `ReactiveController` around a `@tanstack/query-core` `QueryObserver`: subscribes when the
 * host connects, releases on disconnect (an in-flight request nobody else wants is aborted), follows
 * request changes on every host update, and requests a host update on every result that changes what the
 * host shows (data, error, status, data time; not a refetch starting: `fetching` is read, not pushed). No DOM.
 *
 * @example
 * #data = new MetricController(this, () => ({ source: this.resolveSource(), metric: 'overdue', query: this.query }));
 * render() { return this.#data.status === 'success' ? chart(this.#data.data!) : state(this.#data.status); }
 */
export class MetricController<M extends MetricName> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #request: () => MetricRequest<M>;
  #observer: QueryObserver<MetricResponse<M>, DataError> | null = null;
  #source: DataSource | null = null;
  #hash = '';
  #unsubscribe: (() => void) | null = null;
  #connected = false;
  #result: QueryObserverResult<MetricResponse<M>, DataError> | null = null;
  /** Its first fetch waits for its turn (`fetch-turn.ts`); asked once, when it first has a source while connected. */
  #held: boolean | null = null;

  constructor(host: ReactiveControllerHost, request: () => MetricRequest<M>) {
    this.#host = host;
    this.#request = request;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  /**
   * Follows the request. A new query that query-core already answered gives its result at once, with no
   * listener call; a host that derives from `data` before its controllers' `hostUpdate` (in `willUpdate`)
   * therefore calls `sync()` first (`CkWidget` does, in `performUpdate`). For any other host, a result that
   * changes here asks for one more update, so the old result is never left on screen.
   */
  hostUpdate(): void {
    const before = this.#result;
    this.#sync();
    if (this.#result !== before) void this.#host.updateComplete.then(() => this.#host.requestUpdate());
  }

  /** Follows the request now, so that `data`, `status` and `error` are those of the current query. */
  sync(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribe?.();
    this.#unsubscribe = null;
  }

  #sync(): void {
    const { source, metric, query } = this.#request();
    if (!source) {
      this.#unsubscribe?.();
      this.#unsubscribe = null;
      this.#observer = null;
      this.#source = null;
      this.#result = null;
      return;
    }
    const options = source.observerOptions(metric, query);
    if (this.#held === null && this.#connected) this.#held = holdFetch(this.#host, () => this.#start());
    if (this.#held) options.enabled = false;
    const hash = hashKey(options.queryKey) + `|${source.settings.refresh}|${source.settings.retry}|${this.#held}`;
    if (source !== this.#source || !this.#observer) {
      this.#unsubscribe?.();
      this.#unsubscribe = null;
      this.#source = source;
      this.#observer = new QueryObserver(source.client, options);
      this.#hash = hash;
    } else if (hash !== this.#hash) {
      this.#observer.setOptions(options);
      this.#hash = hash;
    }
    if (this.#connected && !this.#unsubscribe) {
      this.#unsubscribe = this.#observer.subscribe((result) => {
        const before = this.#result;
        this.#result = result;
        if (!before || shownChanged(before, result)) this.#host.requestUpdate();
      });
    }
    this.#result = this.#observer.getCurrentResult();
  }

  /**
   * Lifts the hold on the first fetch: fetches now, and settles once the query has answered (or failed). The host
   * is updated only for what it shows (as by the listener): the answer has been drawn already when the refetch
   * settles, and another update then would re-render the widget before its first paint.
   */
  async #start(): Promise<void> {
    this.#held = false;
    this.#follow();
    if (!this.#result?.isFetching) return;
    await this.#observer?.refetch({ cancelRefetch: false }); // the request just started: settles with it
    this.#follow();
  }

  /** Follows the request, and updates the host when what it shows changed (`shownChanged`). */
  #follow(): void {
    const before = this.#result;
    this.#sync();
    const after = this.#result;
    if (after !== before && (!before || !after || shownChanged(before, after))) this.#host.requestUpdate();
  }

  /** The latest response, also while a refetch runs or after it failed (then `status` is `stale`). */
  get data(): MetricResponse<M> | undefined {
    return this.#result?.data;
  }

  /** The latest error, if the last fetch failed. */
  get error(): DataError | null {
    return this.#result?.error ?? null;
  }

  /** Whether a request is in flight (first load, refresh or retry). Read it when needed: its change alone does not update the host. */
  get fetching(): boolean {
    return this.#result?.isFetching ?? false;
  }

  /** Time (epoch ms) the shown data was received; 0 when none. */
  get dataUpdatedAt(): number {
    return this.#result?.dataUpdatedAt ?? 0;
  }

  /** Display state: idle without a source, loading, success, error, or stale (error with last good data). */
  get status(): MetricStatus {
    const r = this.#result;
    if (!r) return 'idle';
    if (r.status === 'error') return r.data !== undefined ? 'stale' : 'error';
    if (r.status === 'pending') return 'loading';
    return 'success';
  }

  /** Fetches again now (the retry button). */
  refetch(): Promise<unknown> {
    return this.#observer?.refetch() ?? Promise.resolve();
  }
}
