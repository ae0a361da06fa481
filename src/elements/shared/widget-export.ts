import type { LitElement, TemplateResult } from 'lit';
import type { MetricName, Query } from '../../model/metrics.js';
import type { MetricController } from '../../query/metric-controller.js';
import type { TableSpec } from '../../render/table.js';
import { exportContextOf } from '../../export/context.js';
import { tableFromDom } from '../../export/table-dom.js';
import type { DataFormat, ExportContext, ExportFile, ImageFormat } from '../../export/types.js';
import { downloadExport, exportMenu } from './export-menu.js';
import { drawNow } from './visible-first.js';

/** What a widget's exports read from it: the element, its data, and (as functions) what it currently shows. */
export interface ExportSource<M extends MetricName> {
  /** The widget (its `query`: the effective filters). */
  readonly host: LitElement & { readonly query: Query };
  readonly data: MetricController<M>;
  readonly metric: () => M;
  readonly locale: () => string;
  readonly intlLocale: () => string;
  /** The footnote as plain text lines (for image exports). */
  readonly footnote: () => string[];
  /** Says a text in the widget's live region. */
  readonly announce: (text: string) => void;
}

/**
 * The export concern of a widget (`CkWidget`): its data table as CSV / JSON, its chart as SVG / PNG, and
 * the header's export menu. The export code itself is fetched when first used.
 */
export class WidgetExport<M extends MetricName> {
  /** The last table function passed to `renderTable` (kept even while the table view is closed). */
  tableSpec: (() => TableSpec) | null = null;
  /** Whether the export buttons are shown. */
  #open = false;

  constructor(private readonly w: ExportSource<M>) {}

  /** Whether there is data to export (success or kept stale data). */
  #hasData(): boolean {
    const { data } = this.w;
    return !!data.data && (data.status === 'success' || data.status === 'stale');
  }

  /**
   * The rows of the widget's data table, exactly as the table view shows them (redaction and
   * suppression included): the last `renderTable` spec, or the widget's own rendered
   * `<table part="table">`; null while there is no data.
   */
  table(): TableSpec | null {
    if (!this.#hasData()) return null;
    return this.tableSpec ? this.tableSpec() : tableFromDom(this.w.host.renderRoot);
  }

  /** Provenance of an export of `table`: metric, definition, filters, period, `asOf`, source. */
  context(): ExportContext {
    return exportContextOf({
      metric: this.w.metric(),
      response: this.w.data.data,
      query: this.w.host.query,
      title: this.title(),
      locale: this.w.locale(),
      intlLocale: this.w.intlLocale(),
    });
  }

  /** The title as shown in the header (`#title`), or the table caption. */
  title(): string {
    const h = this.w.host.renderRoot.querySelector('#title')?.textContent?.trim();
    return h || this.tableSpec?.().caption || this.w.host.localName;
  }

  /** The data table as a `csv` or `json` file (see `CkWidget.exportData`). */
  async data(format: DataFormat): Promise<ExportFile> {
    await drawNow(this.w.host); // an off-screen widget waiting for its turn (visible-first) draws its data first
    const table = this.table();
    if (!table) throw new Error('nothing to export: the widget has no data yet');
    // Export code is fetched when first used: a page that never exports never loads it.
    const { exportTable } = await import('../../export/data.js');
    return exportTable(table, this.context(), format);
  }

  /** The chart as an `svg` or `png` image (see `CkWidget.exportImage`). */
  async image(format: ImageFormat): Promise<ExportFile> {
    const { host, data } = this.w;
    await drawNow(host);
    const root = host.renderRoot;
    const chart =
      root.querySelector<SVGSVGElement>('[part="frame"] svg.chart') ?? root.querySelector<SVGSVGElement>('svg.chart');
    if (!chart || !data.data) throw new Error('nothing to export: the widget draws no chart');
    const { chartImage } = await import('../../export/image.js');
    return chartImage(chart, format, {
      root,
      host,
      title: this.title(),
      footnote: this.w.footnote(),
      lang: this.w.intlLocale(),
      stem: `${this.w.metric()}-${(data.data.meta.asOf || '').slice(0, 10)}`.replace(/[^\w-]+/g, '-'),
    });
  }

  /** The export disclosure of the header toolbar: an "Export" button revealing CSV, JSON, SVG and PNG buttons. */
  menu(): TemplateResult | null {
    if (!this.#hasData()) return null;
    const { host } = this.w;
    const set = (open: boolean) => {
      this.#open = open;
      host.requestUpdate();
    };
    const locale = this.w.locale();
    return exportMenu({
      locale,
      open: this.#open,
      hasChart: !!host.renderRoot.querySelector('svg.chart'),
      toggle: () => set(!this.#open),
      close: () => set(false),
      pick: (format) =>
        void downloadExport(
          host,
          format,
          () => (format === 'csv' || format === 'json' ? this.data(format) : this.image(format)),
          this.w.announce,
          locale,
        ),
    });
  }
}
