import { FilterAttributes } from '../shared/filter-attributes.js';
import { LitElement, css, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ContextConsumer, ContextProvider } from '@lit/context';
import type { Query } from '../../model/metrics.js';
import { filtersContext, sourceContext } from '../../query/context.js';
import { findSource, onSourcesChanged } from '../../query/source-registry.js';
import { mergeFilters } from '../shared/filters.js';
import { exportersIn, exportPack } from '../../export/pack.js';
import type { ExportFile } from '../../export/types.js';

/**
 * A responsive grid for any widgets (and any of the page's own elements) placed inside it. It hands
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
 *
 * @slot - Widgets and any other content, laid out in a grid.
 * @slot filters - A `<ck-filter-bar>` spanning the full width above the grid.
 *
 * @cssproperty --ck-dashboard-min-column - Minimum column width of the grid (default 360px).
 * @cssproperty --ck-dashboard-gap - Gap between grid cells (default 16px).
 */
export class CkDashboard extends FilterAttributes(LitElement) {
  static override styles = css`
    :host {
      display: block;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--ck-dashboard-min-column, 360px)), 1fr));
      gap: var(--ck-dashboard-gap, 16px);
      align-items: start;
    }
    ::slotted([slot='filters']) {
      margin-bottom: var(--ck-dashboard-gap, 16px);
    }
    ::slotted([wide]) {
      grid-column: 1 / -1;
    }
  `;

  static override properties: PropertyDeclarations = {
    source: { type: String },
  };

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
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopSources?.();
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
  exportAll(format: 'json' | 'zip' = 'zip'): Promise<ExportFile> {
    return exportPack(exportersIn(this), format);
  }

  protected override render() {
    return html`<slot name="filters"></slot>
      <div class="grid"><slot></slot></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-dashboard': CkDashboard;
  }
}
