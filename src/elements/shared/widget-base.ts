import { LitElement, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { FILTER_NAMES, type Interval, type MetricName, type Query } from '../../model/metrics.js';
import type { DataError } from '../../data/errors.js';
import { filtersContext, sourceContext } from '../../query/context.js';
import type { DataSource } from '../../query/data-source.js';
import { MetricController } from '../../query/metric-controller.js';
import { findSource, onSourcesChanged } from '../../query/source-registry.js';
import { formatDateTime } from '../../render/format.js';
import { dataTable, type TableSpec } from '../../render/table.js';
import { resolveLocale, t } from '../../render/i18n/index.js';
import { emit, type CkErrorDetail } from './events.js';
import { inheritedLang, watchLang } from './lang.js';

/**
 * Base of every data widget: source lookup (`source="id"` or the ancestor `<ck-source>`), filter
 * attributes merged over inherited filters, one metric query, container size, language, and the
 * loading / empty / error / stale states with `ck-error`. Subclasses only map data to a chart.
 */
export abstract class CkWidget<M extends MetricName> extends LitElement {
  static override properties: PropertyDeclarations = {
    source: { type: String },
    from: { type: String },
    to: { type: String },
    interval: { type: String },
    product: { type: String },
    region: { type: String },
    team: { type: String },
    agency: { type: String },
  };

  /** Id of the `<ck-source>` to read from; without it, the nearest ancestor source. */
  declare source: string | undefined;
  /** First period, inclusive (`YYYY-MM`). */
  declare from: string | undefined;
  /** Last period, inclusive (`YYYY-MM`). */
  declare to: string | undefined;
  /** Period granularity: `day`, `week`, `month`, `quarter`, `year`. */
  declare interval: Interval | undefined;
  /** Product filter. */
  declare product: string | undefined;
  /** Region filter. */
  declare region: string | undefined;
  /** Team filter. */
  declare team: string | undefined;
  /** Agency filter. */
  declare agency: string | undefined;

  /** The metric this widget shows. */
  protected abstract readonly metric: M;

  /** Content-box width of the widget in CSS px (ResizeObserver). */
  protected width = 0;
  /** Resolved catalogue locale (`en`, `zh-CN`, `zh-TW`). */
  protected locale = 'en';
  /** The BCP 47 tag for `Intl` (the page's own tag, e.g. `zh-Hans-CN`, or the catalogue locale). */
  protected intlLocale = 'en';

  readonly #sourceContext = new ContextConsumer(this, { context: sourceContext, subscribe: true });
  readonly #filtersContext = new ContextConsumer(this, { context: filtersContext, subscribe: true });
  protected readonly data = new MetricController<M>(this, () => ({
    source: this.resolveSource(),
    metric: this.metric,
    query: this.query,
  }));
  #resize: ResizeObserver | null = null;
  #stopLang: (() => void) | null = null;
  #stopSources: (() => void) | null = null;
  #lastError: DataError | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopLang = watchLang(this);
    this.#stopSources = onSourcesChanged(() => this.requestUpdate());
    this.#resize = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]!.contentRect.width);
      if (w !== this.width) {
        this.width = w;
        this.requestUpdate();
      }
    });
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#stopLang?.();
    this.#stopSources?.();
  }

  /** The data source this widget reads from, or undefined while none is found. */
  protected resolveSource(): DataSource | undefined {
    return this.source ? findSource(this.source) : this.#sourceContext.value;
  }

  /** Effective filters: the source's, then inherited ones (dashboard, filter bar), then this widget's attributes. */
  get query(): Query {
    const q: Record<string, string> = {};
    const layers = [this.resolveSource()?.filters, this.#filtersContext.value, this as unknown as Query];
    for (const layer of layers) {
      if (!layer) continue;
      for (const name of FILTER_NAMES) {
        const v = layer[name];
        if (v !== undefined && v !== null && v !== '') q[name] = v;
      }
    }
    return q as Query;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const tag = inheritedLang(this);
    this.locale = resolveLocale(tag);
    this.intlLocale = tag.toLowerCase().startsWith(this.locale.toLowerCase().slice(0, 2)) ? tag : this.locale;
    const error = this.data.error;
    if (error && error !== this.#lastError && (this.data.status === 'error' || this.data.status === 'stale')) {
      this.#lastError = error;
      emit<CkErrorDetail>(this, 'ck-error', {
        message: error.message,
        kind: error.kind,
        stale: this.data.status === 'stale',
        ...(error.metric ? { metric: error.metric } : {}),
        ...(error.status ? { status: error.status } : {}),
        ...(error.field ? { field: error.field } : {}),
        ...(error.rowIndex !== undefined ? { rowIndex: error.rowIndex } : {}),
      });
    } else if (!error) {
      this.#lastError = null;
    }
  }

  /** Fetches again (the retry button; also callable from JS). */
  retry(): void {
    void this.data.refetch();
  }

  /**
   * The state view for anything but success: no source, loading, error with retry; or `null`
   * when there is data to draw (success or stale).
   */
  protected renderState(): TemplateResult | null {
    const status = this.data.status;
    if (status === 'idle') {
      return html`<div part="state" class="state error" role="alert">${t(this.locale, 'noSource')}</div>`;
    }
    if (status === 'loading') {
      return html`<div part="state" class="state" role="status" aria-live="polite"><div class="spinner" aria-hidden="true"></div>${t(this.locale, 'loading')}</div>`;
    }
    if (status === 'error') {
      return html`<div part="state" class="state error" role="alert">
        <strong>${t(this.locale, 'error')}</strong><span>${this.data.error?.message ?? ''}</span>
        <button type="button" @click=${() => this.retry()}>${t(this.locale, 'retry')}</button>
      </div>`;
    }
    return null;
  }

  /** The "stale" banner shown above kept data after a failed refresh, with retry. */
  protected renderStale(): TemplateResult | null {
    if (this.data.status !== 'stale') return null;
    const asOf = this.data.data?.meta.asOf ?? this.data.dataUpdatedAt;
    return html`<div class="stale" role="status">
      ${t(this.locale, 'stale', { asOf: formatDateTime(this.intlLocale, asOf) })} ${this.data.error?.message ?? ''}
      <button type="button" @click=${() => this.retry()}>${t(this.locale, 'retry')}</button>
    </div>`;
  }

  /** Footnote with the data's `asOf` and source from the response `meta`. */
  protected renderFootnote(): TemplateResult | null {
    const meta = this.data.data?.meta;
    if (!meta) return null;
    return html`<footer>
      ${t(this.locale, 'asOf', { asOf: formatDateTime(this.intlLocale, meta.asOf) })}${meta.source
        ? html` · ${t(this.locale, 'source', { source: meta.source })}`
        : null}
    </footer>`;
  }

  /** Whether the data table view is open (toggled by the header button). */
  protected showTable = false;
  /** Text of the polite live region (the focused point, for screen readers). */
  protected announcement = '';

  /** Sets the live-region text and re-renders. */
  protected announce(text: string): void {
    this.announcement = text;
    this.requestUpdate();
  }

  /** Header: the chart title (`#title`, labels the frame), extra toolbar content and the table toggle. */
  protected renderHeader(title: string, toolbar: unknown = null): TemplateResult {
    return html`<header>
      <h2 id="title">${title}</h2>
      <div class="toolbar">
        ${toolbar}
        <button
          type="button"
          aria-controls="table"
          aria-expanded=${this.showTable ? 'true' : 'false'}
          @click=${() => {
            this.showTable = !this.showTable;
            this.requestUpdate();
          }}
        >${t(this.locale, this.showTable ? 'hideTable' : 'showTable')}</button>
      </div>
    </header>`;
  }

  /**
   * The focusable chart frame (`part="frame"`, one tab stop, labelled by the title and described by
   * the summary and the key help), followed by the screen-reader summary, key help and live region.
   */
  protected renderFrame(
    content: unknown,
    summary: string,
    handlers: {
      keydown?: (e: KeyboardEvent) => void;
      pointermove?: (e: PointerEvent) => void;
      pointerleave?: (e: PointerEvent) => void;
      click?: (e: MouseEvent) => void;
      blur?: (e: FocusEvent) => void;
    } = {},
  ): TemplateResult {
    const none = () => {};
    return html`<div
        part="frame"
        tabindex="0"
        role="group"
        aria-roledescription=${t(this.locale, 'chartRole')}
        aria-labelledby="title"
        aria-describedby="summary keys"
        @keydown=${handlers.keydown ?? none}
        @pointermove=${handlers.pointermove ?? none}
        @pointerleave=${handlers.pointerleave ?? none}
        @click=${handlers.click ?? none}
        @blur=${handlers.blur ?? none}
      >${content}</div>
      <p id="summary" class="sr-only">${summary}</p>
      <p id="keys" class="sr-only">${t(this.locale, 'chartKeys')}</p>
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
  }

  /** The data table view, rendered only while open (`part="table"`, `id="table"`). */
  protected renderTable(spec: () => TableSpec): TemplateResult | null {
    return this.showTable ? dataTable(spec(), 'table') : null;
  }

  /**
   * The whole widget body: header, then the state view (loading, error, no source), or the stale
   * banner, `content` (or the empty message when `empty`), and the footnote.
   */
  protected renderBody(title: string, content: () => unknown, options: { empty?: boolean; toolbar?: unknown } = {}): TemplateResult {
    const header = this.renderHeader(title, options.toolbar);
    const state = this.renderState();
    if (state) return html`${header}${state}`;
    if (options.empty) {
      const q = this.query;
      return html`${header}${this.renderStale()}<div part="state" class="state" role="status">${
        q.from && q.to ? t(this.locale, 'emptyReason', { from: q.from, to: q.to }) : t(this.locale, 'empty')
      }</div>${this.renderFootnote()}`;
    }
    return html`${header}${this.renderStale()}${content()}${this.renderFootnote()}`;
  }
}
