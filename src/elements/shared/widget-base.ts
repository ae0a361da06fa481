import { FilterAttributes } from './filter-attributes.js';
import { LitElement, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { MetricName, Query } from '../../model/metrics.js';
import type { DataError } from '../../data/errors.js';
import { filtersContext, sourceContext } from '../../query/context.js';
import type { DataSource } from '../../query/data-source.js';
import { MetricController } from '../../query/metric-controller.js';
import { findSource } from '../../query/source-registry.js';
import { dataTable, type TableSpec } from '../../render/table.js';
import { emit, errorDetail, type CkErrorDetail } from './events.js';
import { mergeFilters } from './filters.js';
import { chartFrame, widgetHeader, type FrameHandlers } from './frame.js';
import { footnoteText, footnoteView } from './footnote.js';
import { LangController, PrintController, SizeController, SourcesController } from './host-controllers.js';
import { RenderOrder } from './render-order.js';
import { emptyView, errorView, hintText, loadingView, noSourceView, staleBanner } from './state-views.js';
import { Derived } from './derive.js';
import type { DataFormat, ExportFile, ImageFormat } from '../../export/types.js';
import { WidgetExport } from './widget-export.js';
import './warm-formats.js'; // the page language's Intl formatters, created at idle once the kit has loaded

/**
 * Base of every data widget: source lookup (`source="id"` or the ancestor `<ck-source>`), filter attributes merged
 * over inherited ones, one metric query, size, language, the loading / empty / error / stale states with `ck-error`.
 * @cssproperty --ck-background - Widget background.
 * @cssproperty --ck-foreground - Text colour.
 * @cssproperty --ck-font-family - Font family.
 */
export abstract class CkWidget<M extends MetricName> extends RenderOrder(FilterAttributes(LitElement)) {
  static override properties: PropertyDeclarations = { source: { type: String } };

  /** Id of the `<ck-source>` to read from; without it, the nearest ancestor source. */
  declare source: string | undefined;

  /** The metric this widget shows. */
  protected abstract readonly metric: M;

  readonly #size = new SizeController(this);
  readonly #print = new PrintController(this);
  readonly #lang = new LangController(this);

  /** Content-box width of the widget in CSS px (ResizeObserver; with a `FrameHeight`, read from the layout once data is there). */
  protected get width(): number {
    return this.#size.width || (this.data.data ? this.#size.measure() : 0);
  }
  /** Resolved catalogue locale (`en`, `zh-CN`, `zh-TW`). */
  protected get locale(): string {
    return this.#lang.locale;
  }
  /** The BCP 47 tag for `Intl` (the page's own tag, e.g. `zh-Hans-CN`, or the catalogue locale). */
  protected get intlLocale(): string {
    return this.#lang.intlLocale;
  }
  /** True between `beforeprint` and `afterprint`: charts print with their data tables. */
  protected get printing(): boolean {
    return this.#print.printing;
  }

  readonly #sourceContext = new ContextConsumer(this, { context: sourceContext, subscribe: true });
  readonly #filtersContext = new ContextConsumer(this, { context: filtersContext, subscribe: true });
  protected readonly data = new MetricController<M>(this, () => ({
    source: this.resolveSource(),
    metric: this.metric,
    query: this.query,
  }));
  /** Re-renders when a `<ck-source>` joins or leaves the page. */
  protected readonly sourcesWatch = new SourcesController(this);
  #lastError: DataError | null = null;

  /** The data source this widget reads from, or undefined while none is found. */
  protected resolveSource(): DataSource | undefined {
    return this.source ? findSource(this.source) : this.#sourceContext.value;
  }

  /** Effective filters: the source's, then inherited ones (dashboard, filter bar), then this widget's attributes. */
  get query(): Query {
    return mergeFilters(this.resolveSource()?.filters, this.#filtersContext.value, this);
  }

  /** Follows the current query before any `willUpdate` derives from `data` (see `MetricController.hostUpdate`). */
  protected override performUpdate(): void {
    if (this.isConnected) this.data.sync();
    super.performUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#lang.read();
    const error = this.data.error;
    if (error && error !== this.#lastError && (this.data.status === 'error' || this.data.status === 'stale')) {
      this.#lastError = error;
      emit<CkErrorDetail>(this, 'ck-error', errorDetail(error, this.data.status === 'stale', hintText(this.locale, error.hint)));
    } else if (!error) {
      this.#lastError = null;
    }
  }

  readonly #derived: Derived<unknown>[] = [];

  /**
   * Derived data memoised on `keys` (see `Derived`): call its `update()` in `willUpdate`. A failure
   * emits one `ck-error`; `renderBody` then shows the error view, or the last good data as stale.
   */
  protected derive<T>(keys: () => readonly unknown[], fn: () => T | null): Derived<T> {
    const d = new Derived<T>(this, () => this.metric, keys, fn);
    this.#derived.push(d);
    return d;
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
    if (status === 'idle') return noSourceView(this.locale);
    if (status === 'loading') return loadingView(this.locale);
    if (status === 'error') {
      const error = this.data.error;
      return errorView(this.locale, error?.message ?? '', hintText(this.locale, error?.hint), () => this.retry());
    }
    return null;
  }

  /**
   * The whole widget when data arrived but could not be turned into a chart (the widget's own checks, e.g.
   * a `KpiInputError`): the header and the error state with the message, the contract hint and retry.
   */
  protected renderDataError(title: string, message: string): TemplateResult {
    return html`${this.renderHeader(title)}${errorView(this.locale, message, hintText(this.locale, 'contract'), () => this.retry())}`;
  }

  /** The "stale" banner shown above kept data after a failed refresh, with retry. */
  protected renderStale(): TemplateResult | null {
    const kept = this.#derived.find((d) => d.stale);
    if (this.data.status !== 'stale' && !kept) return null;
    const message = this.data.status === 'stale' ? (this.data.error?.message ?? '') : (kept?.error ?? '');
    return staleBanner(this.locale, this.intlLocale, this.data.data?.meta.asOf ?? this.data.dataUpdatedAt, message, () => this.retry());
  }

  /**
   * Footnote with the data's `asOf` and source from the response `meta`, and the metric's definition
   * from the catalogue (formula, numerator, denominator, bucket edges, version) in a disclosure.
   */
  protected renderFootnote(): TemplateResult | null {
    const meta = this.data.data?.meta;
    return meta ? footnoteView(this.metric, meta, this.locale, this.intlLocale) : null;
  }

  /** The footnote as plain text lines for image exports: as of · source, then the definition. */
  protected footnoteLines(): string[] {
    return footnoteText(this.metric, this.data.data?.meta, this.locale, this.intlLocale);
  }

  /** The widget's width, language and live region as functions, for the views and panels it wires up. */
  protected readonly accessors = {
    width: (): number => this.width,
    locale: (): string => this.locale,
    intlLocale: (): string => this.intlLocale,
    announce: (text: string): void => this.announce(text),
  };

  readonly #export = new WidgetExport<M>({
    host: this,
    data: this.data,
    metric: () => this.metric,
    footnote: () => this.footnoteLines(),
    ...this.accessors,
  });

  /**
   * The rows of the widget's data table, exactly as the table view shows them (redaction and
   * suppression included): the last `renderTable` spec, or the widget's own rendered
   * `<table part="table">`; null while there is no data.
   */
  exportTable(): TableSpec | null {
    return this.#export.table();
  }

  /**
   * The data table as a file: `csv` (UTF-8 with BOM, `# key: value` header block, RFC 4180,
   * formula-guarded) or `json` (`{meta, caption, columns, rows}`). Both carry metric, definition
   * version, filters, period, `asOf`, source, row count and the SHA-256 of the CSV body.
   * @example const { filename, content } = await el.exportData('csv');
   */
  exportData(format: DataFormat): Promise<ExportFile> {
    return this.#export.data(format);
  }

  /**
   * The chart as a standalone image: `svg` (the chart with computed styles inlined, plus title,
   * legend and footnote as SVG text) or `png` (that SVG drawn at 2× on a canvas).
   * @example const { content } = await el.exportImage('png'); // a Blob
   */
  exportImage(format: ImageFormat): Promise<ExportFile> {
    return this.#export.image(format);
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

  /** Header: the chart title (`#title`, labels the frame), extra toolbar content, the table toggle and the export menu. */
  protected renderHeader(title: string, toolbar: unknown = null): TemplateResult {
    const toggle = () => {
      this.showTable = !this.showTable;
      this.requestUpdate();
    };
    return widgetHeader(this.locale, title, toolbar, this.showTable, toggle, this.#export.menu());
  }

  /**
   * The focusable chart frame (`part="frame"`, one tab stop, labelled by the title and described by
   * the summary and the key help), followed by the screen-reader summary, key help and live region.
   */
  protected renderFrame(content: unknown, summary: string, handlers: FrameHandlers = {}): TemplateResult {
    return chartFrame(this.locale, content, summary, this.announcement, handlers);
  }

  /** The data table view, rendered while open and while the page prints (`part="table"`, `id="table"`). */
  protected renderTable(spec: () => TableSpec): TemplateResult | null {
    this.#export.tableSpec = spec;
    return this.showTable || this.printing ? dataTable(spec(), 'table') : null;
  }

  /**
   * The whole widget body: header, then the state view (loading, error, no source), or the stale
   * banner, `content` (or the empty message when `empty`), and the footnote.
   */
  protected renderBody(title: string, content: () => unknown, options: { empty?: boolean; toolbar?: unknown } = {}): TemplateResult {
    // A subclass that replaces the header (e.g. the leaderboard) gets the export menu in its toolbar.
    const ownHeader = this.renderHeader !== CkWidget.prototype.renderHeader;
    const header = this.renderHeader(title, ownHeader ? html`${options.toolbar ?? null}${this.#export.menu()}` : options.toolbar);
    const failed = this.#derived.find((d) => d.error && !d.stale);
    const state = this.renderState() ?? (failed ? errorView(this.locale, failed.error, hintText(this.locale, 'contract'), () => this.retry()) : null);
    if (state) return html`${header}${state}`;
    if (options.empty) {
      const q = this.query;
      return html`${header}${this.renderStale()}${emptyView(this.locale, q.from, q.to)}${this.renderFootnote()}`;
    }
    return html`${header}${this.renderStale()}${content()}${this.renderFootnote()}`;
  }
}
