import { LitElement, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { FILTER_NAMES, type Interval, type MetricName, type Query } from '../../model/metrics.js';
import type { DataError, DataErrorHint } from '../../data/errors.js';
import { filtersContext, sourceContext } from '../../query/context.js';
import type { DataSource } from '../../query/data-source.js';
import { MetricController } from '../../query/metric-controller.js';
import { findSource, onSourcesChanged } from '../../query/source-registry.js';
import { formatDateTime } from '../../render/format.js';
import { dataTable, type TableSpec } from '../../render/table.js';
import { resolveLocale, t, type MessageKey } from '../../render/i18n/index.js';
import { emit, type CkErrorDetail } from './events.js';
import { inheritedLang, watchLang } from './lang.js';
import { definitionLines, metricDefinition, bucketEdgesText } from '../../model/definitions.js';
import { exportTable } from '../../export/data.js';
import { downloadFile, hostTheme, inlineComputedStyles, legendEntries, svgToPng, tableFromDom } from '../../export/dom.js';
import { framedSvg } from '../../export/svg.js';
import type { CkExportDetail, DataFormat, ExportContext, ExportFile, ImageFormat } from '../../export/types.js';

/** Catalogue key of the sentence shown for each error hint. */
const HINT_KEYS: Record<DataErrorHint, MessageKey> = {
  'not-found': 'hintNotFound',
  auth: 'hintAuth',
  query: 'hintQuery',
  server: 'hintServer',
  network: 'hintNetwork',
  timeout: 'hintTimeout',
  parse: 'hintParse',
  contract: 'hintContract',
  config: 'hintConfig',
};

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
    window.addEventListener('beforeprint', this.#onPrint);
    window.addEventListener('afterprint', this.#onPrint);
  }

  /** True between `beforeprint` and `afterprint`: charts print with their data tables. */
  protected printing = false;

  #onPrint = (e: Event) => {
    this.printing = e.type === 'beforeprint';
    this.requestUpdate();
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    window.removeEventListener('beforeprint', this.#onPrint);
    window.removeEventListener('afterprint', this.#onPrint);
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
        ...(error.url ? { url: error.url } : {}),
        ...(this.#hint(error) ? { hint: this.#hint(error) } : {}),
        ...(error.field ? { field: error.field } : {}),
        ...(error.rowIndex !== undefined ? { rowIndex: error.rowIndex } : {}),
      });
    } else if (!error) {
      this.#lastError = null;
    }
  }

  /** What the reader can check about `error`, in the widget's language; empty when nothing to say. */
  #hint(error: DataError): string {
    const code = error.hint;
    return code ? t(this.locale, HINT_KEYS[code]) : '';
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
        ${this.data.error && this.#hint(this.data.error) ? html`<span class="hint">${this.#hint(this.data.error)}</span>` : null}
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

  /**
   * Footnote with the data's `asOf` and source from the response `meta`, and the metric's definition
   * from the catalogue (formula, numerator, denominator, bucket edges, version) in a disclosure.
   */
  protected renderFootnote(): TemplateResult | null {
    const meta = this.data.data?.meta;
    if (!meta) return null;
    const def = metricDefinition(this.metric, this.locale);
    return html`<footer role="none">
      ${t(this.locale, 'asOf', { asOf: formatDateTime(this.intlLocale, meta.asOf) })}${meta.source
        ? html` · ${t(this.locale, 'source', { source: meta.source })}`
        : null}
      <details class="definition">
        <summary>${t(this.locale, 'definition')}: ${def.name} · ${t(this.locale, 'definitionVersion', { version: def.version })}${
          meta.definitionVersion && meta.definitionVersion !== def.version ? html` (${t(this.locale, 'definitionDataVersion', { version: meta.definitionVersion })})` : null
        }</summary>
        <dl>${def.measures.map(
          (m) => html`<dt>${m.name}</dt><dd>${m.formula}</dd><dd>${t(this.locale, 'numerator')}: ${m.numerator}</dd><dd>${t(this.locale, 'denominator')}: ${m.denominator}</dd>`,
        )}</dl>
        ${def.buckets ? html`<p>${bucketEdgesText(def.buckets, def.locale)}</p>` : null}
        ${def.notes.map((n) => html`<p>${n}</p>`)}
      </details>
    </footer>`;
  }

  /** The footnote as plain text lines for image exports: as of · source, then the definition. */
  protected footnoteLines(): string[] {
    const meta = this.data.data?.meta;
    const def = metricDefinition(this.metric, this.locale);
    const lines: string[] = [];
    if (meta) {
      lines.push(
        `${t(this.locale, 'asOf', { asOf: formatDateTime(this.intlLocale, meta.asOf) })}${meta.source ? ` · ${t(this.locale, 'source', { source: meta.source })}` : ''}`,
      );
    }
    lines.push(`${t(this.locale, 'definition')} (${t(this.locale, 'definitionVersion', { version: def.version })}): ${definitionLines(def).join(' · ')}`);
    return lines;
  }

  /** The last table function passed to `renderTable` (kept even while the table view is closed). */
  #tableSpec: (() => TableSpec) | null = null;
  /** Whether the export buttons are shown. */
  #exportOpen = false;

  /**
   * The rows of the widget's data table, exactly as the table view shows them (redaction and
   * suppression included): the last `renderTable` spec, or the widget's own rendered
   * `<table part="table">`; null while there is no data.
   */
  exportTable(): TableSpec | null {
    if (!this.data.data || (this.data.status !== 'success' && this.data.status !== 'stale')) return null;
    return this.#tableSpec ? this.#tableSpec() : tableFromDom(this.renderRoot);
  }

  /** Provenance of an export of `table`: metric, definition, filters, period, `asOf`, source. */
  protected exportContext(): ExportContext {
    const response = this.data.data;
    const def = metricDefinition(this.metric, this.locale);
    const query = this.query;
    let from = query.from ?? null;
    let to = query.to ?? null;
    if (!from || !to) {
      let lo: string | null = null;
      let hi: string | null = null;
      for (const row of (response?.rows ?? []) as unknown as Record<string, unknown>[]) {
        const p = row['period'] ?? row['cohort'];
        if (typeof p !== 'string') continue;
        if (lo === null || p < lo) lo = p;
        if (hi === null || p > hi) hi = p;
      }
      from ??= lo;
      to ??= hi;
    }
    return {
      metric: this.metric,
      title: this.exportTitle(),
      definitionVersion: def.version,
      dataDefinitionVersion: response?.meta.definitionVersion ?? '',
      definition: definitionLines(def),
      filters: query,
      period: { from, to },
      asOf: response?.meta.asOf ?? '',
      source: response?.meta.source ?? '',
      currency: response?.meta.currency ?? '',
      lang: this.intlLocale,
      exportedAt: new Date().toISOString(),
    };
  }

  /** The title as shown in the header (`#title`), or the table caption. */
  protected exportTitle(): string {
    const h = this.renderRoot.querySelector('#title')?.textContent?.trim();
    return h || this.#tableSpec?.().caption || this.localName;
  }

  /**
   * The data table as a file: `csv` (UTF-8 with BOM, `# key: value` header block, RFC 4180,
   * formula-guarded) or `json` (`{meta, caption, columns, rows}`). Both carry metric, definition
   * version, filters, period, `asOf`, source, row count and the SHA-256 of the CSV body.
   * @example const { filename, content } = await el.exportData('csv');
   */
  async exportData(format: DataFormat): Promise<ExportFile> {
    const table = this.exportTable();
    if (!table) throw new Error('nothing to export: the widget has no data yet');
    return exportTable(table, this.exportContext(), format);
  }

  /**
   * The chart as a standalone image: `svg` (the chart with computed styles inlined, plus title,
   * legend and footnote as SVG text) or `png` (that SVG drawn at 2× on a canvas).
   * @example const { content } = await el.exportImage('png'); // a Blob
   */
  async exportImage(format: ImageFormat): Promise<ExportFile> {
    const chart = this.renderRoot.querySelector<SVGSVGElement>('[part="frame"] svg.chart') ?? this.renderRoot.querySelector<SVGSVGElement>('svg.chart');
    if (!chart || !this.data.data) throw new Error('nothing to export: the widget draws no chart');
    const width = Number(chart.getAttribute('width')) || chart.getBoundingClientRect().width;
    const height = Number(chart.getAttribute('height')) || chart.getBoundingClientRect().height;
    const text = framedSvg({
      chart: new XMLSerializer().serializeToString(inlineComputedStyles(chart)),
      width,
      height,
      title: this.exportTitle(),
      legend: legendEntries(this.renderRoot),
      footnote: this.footnoteLines(),
      theme: hostTheme(this),
      lang: this.intlLocale,
    });
    const stem = `${this.metric}-${(this.data.data.meta.asOf || '').slice(0, 10)}`.replace(/[^\w-]+/g, '-');
    if (format === 'svg') return { filename: `${stem}.svg`, mimeType: 'image/svg+xml', content: text };
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(text)!;
    return { filename: `${stem}.png`, mimeType: 'image/png', content: await svgToPng(text, Number(size[1]), Number(size[2]), 2) };
  }

  /**
   * Exports and downloads (the export menu). Dispatches a cancelable `ck-export` event first; a
   * page that calls `preventDefault()` handles `detail.file` itself.
   */
  async #download(format: DataFormat | ImageFormat): Promise<void> {
    try {
      const file = format === 'csv' || format === 'json' ? await this.exportData(format) : await this.exportImage(format);
      const event = new CustomEvent<CkExportDetail>('ck-export', { detail: { format, file }, bubbles: true, composed: true, cancelable: true });
      if (this.dispatchEvent(event)) downloadFile(file, this.ownerDocument);
      this.announce(file.filename);
    } catch (error) {
      this.announce(t(this.locale, 'exportFailed', { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  /** The export disclosure of the header toolbar: an "Export" button revealing CSV, JSON, SVG and PNG buttons. */
  protected renderExportMenu(): TemplateResult | null {
    if (!this.data.data || (this.data.status !== 'success' && this.data.status !== 'stale')) return null;
    const close = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !this.#exportOpen) return;
      e.stopPropagation();
      this.#exportOpen = false;
      this.requestUpdate();
      (this.renderRoot.querySelector('#export-toggle') as HTMLElement | null)?.focus();
    };
    const item = (format: DataFormat | ImageFormat, key: 'exportCsv' | 'exportJson' | 'exportSvg' | 'exportPng') =>
      html`<button type="button" data-export=${format} @click=${() => void this.#download(format)}>${t(this.locale, key)}</button>`;
    return html`<span class="export" @keydown=${close}>
      <button
        type="button"
        id="export-toggle"
        aria-expanded=${this.#exportOpen ? 'true' : 'false'}
        aria-controls="export-menu"
        @click=${() => {
          this.#exportOpen = !this.#exportOpen;
          this.requestUpdate();
        }}
      >${t(this.locale, 'exportMenu')}</button>
      <span id="export-menu" role="group" aria-label=${t(this.locale, 'exportMenu')} ?hidden=${!this.#exportOpen}>
        ${item('csv', 'exportCsv')} ${item('json', 'exportJson')} ${
          this.renderRoot.querySelector('svg.chart') ? html`${item('svg', 'exportSvg')} ${item('png', 'exportPng')}` : null
        }
      </span>
    </span>`;
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
    return html`<header role="none">
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
        ${this.renderExportMenu()}
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

  /** The data table view, rendered while open and while the page prints (`part="table"`, `id="table"`). */
  protected renderTable(spec: () => TableSpec): TemplateResult | null {
    this.#tableSpec = spec;
    return this.showTable || this.printing ? dataTable(spec(), 'table') : null;
  }

  /**
   * The whole widget body: header, then the state view (loading, error, no source), or the stale
   * banner, `content` (or the empty message when `empty`), and the footnote.
   */
  protected renderBody(title: string, content: () => unknown, options: { empty?: boolean; toolbar?: unknown } = {}): TemplateResult {
    // A subclass that replaces the header (e.g. the leaderboard) gets the export menu in its toolbar.
    const ownHeader = this.renderHeader !== CkWidget.prototype.renderHeader;
    const header = this.renderHeader(title, ownHeader ? html`${options.toolbar ?? null}${this.renderExportMenu()}` : options.toolbar);
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
