import { FilterAttributes } from '../shared/filter-attributes.js';
import { LitElement, ReactiveElement, css, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ContextConsumer, ContextProvider } from '@lit/context';
import type { Query } from '../../model/metrics.js';
import { filtersContext, sourceContext } from '../../query/context.js';
import { findSource, onSourcesChanged } from '../../query/source-registry.js';
import { mergeFilters } from '../shared/filters.js';
import { renderWaitingNow } from '../shared/visible-first.js';
import { exportersIn, exportPack } from '../../export/pack.js';
import type { ExportFile } from '../../export/types.js';
import { styleProps } from '../../render/style-props.js';
import { gridColumns, MAX_COLUMNS, MIN_COLUMN, spanStyles } from './grid-layout.js';

/**
 * A responsive grid for any widgets (and any of the page's own elements) placed inside it: as many
 * columns of at least `--ck-dashboard-min-column` as fit, each widget kind spanning what it needs to be
 * read (a time-axis chart or a matrix two columns, the leaderboard the full width; `span` or `wide` on a
 * widget overrides it), packed densely so short widgets fill the holes beside tall ones. It hands
 * its `source` and filters down to every widget inside, and applies the choices of a
 * `<ck-filter-bar>` inside it (`ck-filter-change`) to all of them.
 *
 * @summary Dashboard: grid layout, shared source and filters (看板).
 * @tag ck-dashboard
 *
 * @attr {string} source - Id of the `<ck-source>` its widgets read from (unless they set their own).
 * @attr {string} from - First period for its widgets.
 * @attr {string} to - Last period for its widgets.
 * @attr {string} interval - Interval for its widgets.
 * @attr {string} product - Product filter.
 * @attr {string} region - Region filter.
 * @attr {string} team - Team filter.
 * @attr {string} agency - Agency filter.
 * @attr {string} segment - Customer segment filter (overdue, roll-rates, complaints, outcomes; other metrics reject it).
 *
 * @slot - Widgets and any other content, laid out in a grid.
 * @slot filters - A `<ck-filter-bar>` spanning the full width above the grid.
 *
 * @attr {'1'|'2'|'3'|'4'|'full'} span - (On a widget inside it) columns that widget spans, capped by the columns there are.
 * @attr {'dense'|'row'} flow - `dense` (default) fills holes with later, smaller widgets; `row` keeps the page's order strictly.
 *
 * @cssproperty --ck-dashboard-min-column - Minimum column width of the grid (default 320px).
 * @cssproperty --ck-dashboard-max-columns - Largest number of columns (default 4).
 * @cssproperty --ck-dashboard-gap - Gap between grid cells (default 16px).
 */
export class CkDashboard extends FilterAttributes(LitElement) {
  static override styles = [
    css`
      :host {
        display: block;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(var(--ck-cols, 1), minmax(0, 1fr));
        grid-auto-flow: row dense;
        gap: var(--ck-dashboard-gap, 16px);
        align-items: start;
      }
      .width {
        height: 0;
      }
      :host([flow='row']) .grid {
        grid-auto-flow: row;
      }
      ::slotted([slot='filters']) {
        margin-bottom: var(--ck-dashboard-gap, 16px);
      }
    `,
    spanStyles(),
  ];

  static override properties: PropertyDeclarations = {
    source: { type: String },
    flow: { type: String, reflect: true },
  };

  /** `dense` (default) fills holes with later, smaller widgets; `row` keeps the page's order strictly. */
  declare flow: 'dense' | 'row' | undefined;

  /** Width of the grid, from a zero-height sentinel: the widgets' own height changes never notify it. */
  #width = 0;
  #observer: ResizeObserver | null = null;

  /** Id of the `<ck-source>` its widgets read from (unless they set their own). */
  declare source: string | undefined;

  /** Filters chosen in a filter bar inside this dashboard; they override the attributes. */
  #chosen: Query = {};
  readonly #inherited = new ContextConsumer(this, { context: filtersContext, subscribe: true });
  readonly #inheritedSource = new ContextConsumer(this, { context: sourceContext, subscribe: true });
  readonly #filters = new ContextProvider(this, { context: filtersContext, initialValue: {} });
  readonly #source = new ContextProvider(this, { context: sourceContext });
  #stopSources: (() => void) | null = null;

  constructor() {
    super();
    this.addEventListener('ck-filter-change', (e) => {
      this.#chosen = e.detail.filters;
      this.requestUpdate();
    });
  }

  /** The filters every widget inside receives: inherited, then attributes, then filter-bar choices. */
  get filters(): Query {
    return mergeFilters(this.#inherited.value, this, this.#chosen);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopSources = onSourcesChanged(() => this.requestUpdate());
    if (this.hasUpdated) this.#observe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopSources?.();
    this.#observer?.disconnect();
    this.#observer = null;
  }

  protected override firstUpdated(): void {
    this.#observe();
  }

  #observe(): void {
    const sentinel = this.renderRoot.querySelector('.width');
    // A dashboard removed before its first render must not start observing: nothing would disconnect it.
    if (!sentinel || this.#observer || !this.isConnected) return;
    this.#observer = new ResizeObserver(([entry]) => {
      const w = Math.floor(entry?.contentRect.width ?? 0);
      if (w !== this.#width) {
        this.#width = w;
        this.requestUpdate();
      }
    });
    this.#observer.observe(sentinel);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const filters = this.filters;
    if (JSON.stringify(filters) !== JSON.stringify(this.#filters.value)) this.#filters.setValue(filters);
    const source = this.source ? findSource(this.source) : this.#inheritedSource.value;
    if (source !== this.#source.value) this.#source.setValue(source);
  }

  /**
   * Exports every widget inside at once: `json` → one document `{exportedAt, widgets: [{tag, title,
   * meta, columns, rows}]}`; `zip` (default) → one CSV per widget plus `pack.json`. Widgets without
   * data are listed with an `error`.
   * @example const { filename, content } = await dashboard.exportAll('zip'); // content: Blob
   */
  async exportAll(format: 'json' | 'zip' = 'zip'): Promise<ExportFile> {
    const widgets = exportersIn(this);
    // An off-screen dashboard's widgets may still be waiting for the on-screen ones to draw (visible-first).
    renderWaitingNow();
    await Promise.all(widgets.filter((el) => el instanceof ReactiveElement).map((el) => el.updateComplete));
    return exportPack(widgets, format);
  }

  /** Columns that fit the dashboard's width (one until it is measured, without reading the style: no forced recalculation). */
  #columns(): number {
    if (!(this.#width > 0)) return 1;
    const style = getComputedStyle(this);
    const min = parseFloat(style.getPropertyValue('--ck-dashboard-min-column')) || MIN_COLUMN;
    const gap = parseFloat(style.getPropertyValue('--ck-dashboard-gap')) || 16;
    const max = parseFloat(style.getPropertyValue('--ck-dashboard-max-columns')) || MAX_COLUMNS;
    return gridColumns(this.#width, min, gap, max);
  }

  protected override render() {
    return html`<slot name="filters"></slot><div class="width"></div><div class="grid" ${styleProps({ '--ck-cols': String(this.#columns()) })}><slot></slot></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-dashboard': CkDashboard;
  }
}
