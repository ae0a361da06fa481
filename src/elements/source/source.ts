import { FilterAttributes } from '../shared/filter-attributes.js';
import { LitElement, css, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { FILTER_NAMES, type Query } from '../../model/metrics.js';
import { createAdapter } from '../../data/adapter.js';
import { DataError } from '../../data/errors.js';
import { parseDuration } from '../../data/rest.js';
import { filtersContext, sourceContext } from '../../query/context.js';
import { DataSource } from '../../query/data-source.js';
import { registerSource, unregisterSource } from '../../query/source-registry.js';

let anonymous = 0;

/**
 * A data backend for the widgets on a page: an adapter (`rest`, or any registered with
 * `registerAdapter`) with its own query cache. Widgets use it by `source="id"` or by sitting inside it.
 * Filters set here (`from`, `to`, `interval`, …) are inherited by its widgets.
 *
 * @summary Data source: adapter, cache, refresh and retries (数据源).
 * @tag ck-source
 *
 * @attr {string} id - Name widgets refer to with `source="…"`.
 * @attr {string} adapter - Adapter name: `rest` (default) or one registered with `registerAdapter()`.
 * @attr {string} base-url - Base URL of the REST API, e.g. `/api/collection`.
 * @attr {string} path - Path template under the base URL, `{metric}` replaced (default `{metric}`).
 * @attr {string} credentials - Fetch credentials mode: `same-origin` (default), `include`, `omit`.
 * @attr {string} timeout - Request timeout, e.g. `15s` (default).
 * @attr {string} refresh - Poll interval, e.g. `5m`; polling pauses while the page is hidden.
 * @attr {string} stale - How long data counts as fresh, e.g. `1m` (default).
 * @attr {number} retry - Retries for network errors, timeouts and 5xx (default 3; none for 4xx).
 * @attr {string} from - Default first period for its widgets.
 * @attr {string} to - Default last period for its widgets.
 * @attr {string} interval - Default interval for its widgets.
 * @attr {string} product - Product filter for its widgets.
 * @attr {string} region - Region filter for its widgets.
 * @attr {string} team - Team filter for its widgets.
 * @attr {string} agency - Agency filter for its widgets.
 * @attr {string} segment - Customer segment filter for its widgets (overdue, roll-rates, complaints, outcomes; other metrics reject it).
 *
 * @slot - Widgets that use this source.
 */
export class CkSource extends FilterAttributes(LitElement) {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties: PropertyDeclarations = {
    adapter: { type: String },
    baseUrl: { type: String, attribute: 'base-url' },
    path: { type: String },
    credentials: { type: String },
    timeout: { type: String },
    refresh: { type: String },
    stale: { type: String },
    retry: { type: Number },
    // A property only (an object): frameworks may set it before or after the element is connected.
    adapterOptions: { attribute: false },
  };

  /** Adapter name: `rest` (default) or one registered with `registerAdapter()`. */
  declare adapter: string;
  /** Base URL of the REST API, e.g. `/api/collection`. */
  declare baseUrl: string | undefined;
  /** Path template under the base URL, `{metric}` replaced (default `{metric}`). */
  declare path: string | undefined;
  /** Fetch credentials mode: `same-origin` (default), `include`, `omit`. */
  declare credentials: string | undefined;
  /** Request timeout, e.g. `15s` (default). */
  declare timeout: string | undefined;
  /** Poll interval, e.g. `5m`; polling pauses while the page is hidden. */
  declare refresh: string | undefined;
  /** How long data counts as fresh, e.g. `1m` (default). */
  declare stale: string | undefined;
  /** Retries for network errors, timeouts and 5xx (default 3; none for 4xx). */
  declare retry: number | undefined;

  /**
   * JS-only adapter options (headers, token, data, column mappings); never put secrets in attributes.
   * Assigning a new object reconfigures the adapter and refetches (changes inside the same object do not).
   */
  declare adapterOptions: Record<string, unknown>;

  #source: DataSource | null = null;
  /** The `adapterOptions` object the adapter was last made from. */
  #madeFrom: Record<string, unknown> | null = null;
  readonly #sourceProvider = new ContextProvider(this, { context: sourceContext });
  readonly #filtersProvider = new ContextProvider(this, { context: filtersContext, initialValue: {} });

  constructor() {
    super();
    this.adapter = 'rest';
    this.adapterOptions = {};
  }

  /** The data source behind this element (created on first connect). */
  get dataSource(): DataSource {
    if (!this.#source) this.#source = new DataSource(this.id || `ck-source-${++anonymous}`);
    return this.#source;
  }

  /** Recreates the adapter from the current attributes and `adapterOptions`, and refetches. */
  reconfigure(): void {
    const source = this.dataSource;
    const attributes: Record<string, string> = {};
    for (const a of Array.from(this.attributes)) attributes[a.name] = a.value;
    try {
      source.adapter = createAdapter(this.adapter || 'rest', {
        attributes,
        element: this,
        options: this.adapterOptions,
      });
      source.configError = null;
    } catch (error) {
      source.adapter = null;
      source.configError =
        error instanceof DataError
          ? error
          : new DataError('config', error instanceof Error ? error.message : String(error));
    }
    const refresh = this.refresh ? parseDuration(this.refresh) : NaN;
    const stale = this.stale ? parseDuration(this.stale) : NaN;
    source.settings = {
      refresh: Number.isFinite(refresh) && refresh > 0 ? refresh : false,
      staleTime: Number.isFinite(stale) ? stale : 60_000,
      retry: this.retry !== undefined && Number.isFinite(this.retry) ? Math.max(0, this.retry) : 3,
    };
    const filters: Query = {};
    for (const name of FILTER_NAMES) {
      const v = this[name];
      if (v) (filters as Record<string, string>)[name] = v;
    }
    source.filters = filters;
    this.#filtersProvider.setValue(filters);
    // New adapter options (a framework may set them just after connecting, as Angular does): a fetch still in
    // flight asked the old adapter, so cancel it before refetching (a refetch alone would join it).
    const replaced = this.#madeFrom !== null && this.#madeFrom !== this.adapterOptions;
    this.#madeFrom = this.adapterOptions;
    if (replaced) void source.client.cancelQueries().then(() => source.client.invalidateQueries());
    else void source.client.invalidateQueries();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const source = this.dataSource;
    // Configure before anyone can see the source: widgets may fetch as soon as it is registered.
    this.reconfigure();
    this.#sourceProvider.setValue(source);
    registerSource(source);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#source) unregisterSource(this.#source);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.reconfigure();
    // Widgets on this source re-read settings and filters on their next update.
    this.#sourceProvider.setValue(this.dataSource, true);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-source': CkSource;
  }
}
