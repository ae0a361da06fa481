import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { PointFocus } from '../../render/keyboard.js';
import { formatNumber } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import { tooltip } from '../../render/tooltip.js';
import { emit } from '../shared/events.js';
import { CkWidget } from '../shared/widget-base.js';
import { widgetStyles } from '../shared/widget.styles.js';
import { agentLeaderboardStyles } from './agent-leaderboard.styles.js';
import { announcement, cellViews, type CellFormat, type CkAgentSelectDetail, exportSpec, rowSignature, selectDetail, tooltipSpec } from './leaderboard-cells.js';
import { LeaderboardData } from './leaderboard-data.js';
import { LEADERBOARD_WORK, type LeaderboardWork } from './leaderboard-order.js';
import { nextCell } from './leaderboard-keys.js';
import { captionText, columnLabel, summaryText } from './leaderboard-text.js';
import { LEADERBOARD_COLUMNS, parseSort, type LeaderboardSort } from './leaderboard-rows.js';
import { bodyRow, cellAt, searchBox, sizerRow, sortHeader, spacerRow } from './leaderboard-table.js';
import { RowWindow } from './row-window.js';
import { rowHeightFor, rowsOffsetFor } from './row-geometry.js';
import { drawOnData } from '../shared/host-controllers.js';
import { at } from '../../model/at.js';
import { LeaderboardQa } from './leaderboard-qa.js';
export type { CkAgentSelectDetail } from './leaderboard-cells.js';

/**
 * Ranked, sortable table of collectors (催收员排行榜) from the `agents` metric: contact, RPC, PTP,
 * kept-promise and liquidation rates, collected per hour and collected amount, each with an inline
 * bar. Rates whose denominator is below `min-denominator` are flagged (icon and text) and not
 * ranked. With `redact`, names are replaced by stable pseudonyms everywhere: cells, tooltips,
 * announcements and `ck-select` details.
 *
 * Only the rows in view (plus a few) are in the DOM (`RowWindow`), with `aria-rowcount`
 * and `aria-rowindex` giving screen readers the whole size; keyboard navigation reaches every row,
 * and printing and exports always have every row. A refresh re-renders only the rows whose values
 * changed. The search box filters by the name shown (the pseudonym when redacted) and the team.
 *
 * @summary Collector leaderboard (催收员排行榜).
 * @tag ck-agent-leaderboard
 *
 * @attr {string} source - Id of the `<ck-source>` to read from; default: the nearest ancestor source.
 * @attr {string} sort - Column to sort by: `collected` (default), `contact-rate`, `rpc-rate`, `ptp-rate`, `kept-rate`, `liquidation`, `collected-per-hour`, `name`, `team` (camelCase names work too).
 * @attr {'descending'|'ascending'} direction - Sort direction; default best first.
 * @attr {number} top - Show only the first N rows after sorting (default: all).
 * @attr {string} team - Team filter (comma separated), sent to the backend and applied to the rows.
 * @attr {boolean} redact - Replace collector names by stable pseudonyms (`Agent 3FA9C1`, `催收员 3FA9C1`).
 * @attr {number} min-denominator - Rates with a smaller denominator are flagged and not ranked (default 20).
 * @attr {number} min-qa - Adds the QA column (average QA score 0–100 from the `quality` metric); collectors under it are flagged and not ranked.
 * @attr {string} search - Text of the search box: only rows whose shown name (the pseudonym when redacted) or team contain every word.
 * @attr {string} from - First period, inclusive (`YYYY-MM`).
 * @attr {string} to - Last period, inclusive (`YYYY-MM`).
 *
 * @event {CustomEvent<CkErrorDetail>} ck-error - A fetch or validation failed; `detail.message` is what the widget shows.
 * @event {CustomEvent<CkAgentSelectDetail>} ck-select - A metric cell was chosen by click or Enter.
 *
 * @csspart frame - The focusable area holding the table.
 * @csspart table - The leaderboard table.
 * @csspart search - The search box.
 * @csspart mark - The inline bars.
 * @csspart tooltip - The tooltip of the focused cell.
 * @csspart state - Loading, empty and error messages.
 *
 * @cssproperty --ck-leaderboard-height - Maximum height before the table scrolls (default 520px).
 * @cssproperty --ck-series-1 - Colour of the inline bars.
 */
export class CkAgentLeaderboard extends CkWidget<'agents'> {
  static override styles = [widgetStyles, agentLeaderboardStyles];

  static override properties: PropertyDeclarations = {
    sort: { type: String },
    direction: { type: String },
    top: { type: Number },
    redact: { type: Boolean },
    minDenominator: { type: Number, attribute: 'min-denominator' },
    search: { type: String },
    minQa: { type: Number, attribute: 'min-qa' },
  };

  /** Column to sort by: `collected` (default), `contact-rate`, `rpc-rate`, `ptp-rate`, `kept-rate`, `liquidation`, `collected-per-hour`, `name`, `team` (camelCase names work too). */
  declare sort: string;
  /** Sort direction; default best first. */
  declare direction: 'descending' | 'ascending' | undefined;
  /** Show only the first N rows after sorting (default: all). */
  declare top: number | undefined;
  /** Replace collector names by stable pseudonyms (`Agent 3FA9C1`, `催收员 3FA9C1`). */
  declare redact: boolean;
  /** Rates with a smaller denominator are flagged and not ranked (default 20). */
  declare minDenominator: number;
  /** Text of the search box: rows whose shown name (a pseudonym when redacted) or team contain every word. */
  declare search: string;
  /** With it, the QA column (average QA score from `quality`); collectors under it are flagged and not ranked. */
  declare minQa: number | undefined;

  protected readonly metric = 'agents' as const;
  readonly #data = new LeaderboardData(() => this.isConnected);
  readonly #qa = new LeaderboardQa(this, () => ({ source: this.resolveSource(), query: this.query, minQa: this.minQa }));
  readonly #window = new RowWindow(this, () => this.renderRoot?.querySelector<HTMLElement>('[part="frame"]') ?? null);
  #focus: PointFocus | null = null;
  #pointer = false;
  #error = '';
  #rowRenders = 0;

  /** Work done so far (rows rendered; sorts, comparator and collator calls of the current order): for tests and benchmarks. */
  get [LEADERBOARD_WORK](): LeaderboardWork {
    return { rowRenders: this.#rowRenders, order: { ...this.#data.order.work } };
  }

  constructor() {
    super();
    this.sort = 'collected';
    this.redact = false;
    this.minDenominator = 20;
    this.search = '';
    drawOnData(this); // `width`, read in `updated`, comes from the layout: no second render when the ResizeObserver reports it
  }

  /** `direction`, or by default best first (names and teams A→Z). */
  get #descending(): boolean {
    return this.direction === 'ascending' ? false : this.direction === 'descending' || !['name', 'team'].includes(parseSort(this.sort));
  }

  get #format(): CellFormat {
    return { locale: this.locale, intlLocale: this.intlLocale, currency: this.data.data?.meta.currency ?? 'CNY' };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const data = this.#data;
    const top = this.top && this.top > 0 ? Math.floor(this.top) : Infinity;
    const teams = (this.team ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const result = data.update({
      rows: this.data.data?.rows, teams, minDenominator: this.minDenominator, redact: this.redact, locale: this.locale,
      intlLocale: this.intlLocale, sort: parseSort(this.sort), descending: this.#descending, top, search: this.search ?? '', qa: this.#qa.state,
    });
    const error = data.error || (this.#qa.state?.error ?? '');
    if ((result.data || error !== this.#error) && error) emit(this, 'ck-error', { message: error, kind: 'validation', metric: data.error ? 'agents' : 'quality', stale: false });
    this.#error = error;
    if (result.data || result.view) this.#focus = null;
    if (result.view && changed.has('search')) this.announcement = captionText(this.#format, this.#data, this.search ?? '', this.redact);
    if (!this.#window.count && data.count) this.#window.hintHeight(this, '--ck-leaderboard-height', rowHeightFor, rowsOffsetFor);
    this.#window.count = data.count;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const root = this.renderRoot;
    this.#window.remeasure(`${this.locale}|${this.width}`, () => [root.querySelector('tbody tr[aria-rowindex]'), root.querySelector('tbody'), root.querySelector('thead')]);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#data.cancelIdle();
  }

  /** Moves the focus (the live region announces a cell reached by keyboard) and renders. */
  #setFocus(focus: PointFocus | null, pointer: boolean): void {
    [this.#focus, this.#pointer] = [focus, pointer];
    const column = focus && at(LEADERBOARD_COLUMNS, focus.index);
    if (focus && column && !pointer) this.announcement = announcement(this.#format, this.#data.entry(focus.series), column, this.#data.columnRank(focus.series, column));
    this.requestUpdate();
  }

  #select(): void {
    const focus = this.#focus;
    if (!focus || focus.series >= this.#data.count) return;
    const column = at(LEADERBOARD_COLUMNS, focus.index);
    const detail = selectDetail(this.#data.entry(focus.series), column, this.#data.columnRank(focus.series, column), this.redact, this.query);
    emit<CkAgentSelectDetail>(this, 'ck-select', detail);
  }

  #onKeyDown = (e: KeyboardEvent) => {
    if (e.target !== e.currentTarget) return; // keys on the sort buttons are theirs
    if (e.key === 'Escape') {
      if (this.#focus) this.#setFocus(null, false);
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      if (this.#focus) {
        e.preventDefault();
        this.#select();
      }
      return;
    }
    // Rows are series: Up/Down (PageUp/PageDown, Ctrl+Home/End) move between collectors, Left/Right between metrics.
    const frame = e.currentTarget as HTMLElement;
    const page = Math.max(1, Math.floor(frame.clientHeight / this.#window.rowHeight) - 2);
    const next = nextCell(this.#focus, e, this.#data.count, LEADERBOARD_COLUMNS.length, page);
    if (next === undefined) return;
    e.preventDefault();
    this.#setFocus(next, false);
    if (!next) return;
    this.#window.scrollTo(next.series);
    void this.updateComplete.then(() => this.renderRoot.querySelector('td.focus')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' }));
  };

  #onPointerMove = (e: PointerEvent) => {
    const f = cellAt(e);
    if (f && (f.series !== this.#focus?.series || f.index !== this.#focus?.index)) this.#setFocus(f, true);
  };

  #onPointerLeave = () => {
    if (this.#pointer) this.#setFocus(null, false);
  };

  #onClick = (e: MouseEvent) => {
    const f = cellAt(e);
    if (!f) return;
    this.#focus = f;
    this.#select();
  };

  #sortBy(key: LeaderboardSort): void {
    const same = parseSort(this.sort) === key;
    const descending = same ? !this.#descending : key !== 'name' && key !== 'team';
    this.sort = key;
    this.direction = descending ? 'descending' : 'ascending';
    this.announce(`${t(this.locale, 'agentsSortBy', { column: columnLabel(this.locale, key) })}, ${t(this.locale, descending ? 'sortDescending' : 'sortAscending')}`);
  }

  #header(key: LeaderboardSort): TemplateResult {
    const label = columnLabel(this.locale, key);
    const sorted = parseSort(this.sort) === key ? (this.#descending ? 'descending' : 'ascending') : null;
    return sortHeader(label, t(this.locale, 'agentsSortBy', { column: label }), sorted, () => this.#sortBy(key));
  }

  /** One body row, rendered again only when what it shows changed (values, position, rank, focus, language). */
  #row(r: number, format: CellFormat, formatKey: string, flagText: string): unknown {
    const data = this.#data;
    const entry = data.entry(r);
    const rank = data.rank(r);
    const focusIndex = this.#focus?.series === r ? this.#focus.index : -1;
    return guard([rowSignature(entry, r, rank), focusIndex, formatKey], () => {
      this.#rowRenders++;
      return bodyRow({
        entry, row: r, rank, focusIndex, flagText, qa: this.#qa.cell(this.locale, this.intlLocale, entry),
        views: cellViews(format, entry, data.maxima),
        tooltip: (ci) => tooltip(tooltipSpec(format, entry, at(LEADERBOARD_COLUMNS, ci), data.columnRank(r, at(LEADERBOARD_COLUMNS, ci)))),
      });
    });
  }

  #table(): TemplateResult {
    const data = this.#data;
    const count = data.count;
    const format = this.#format;
    const flagText = t(this.locale, 'agentsFlagged');
    const formatKey = `${format.locale}|${format.intlLocale}|${format.currency}|${data.maxima.join()}`;
    // Paper gets every row; the screen the rows in view, spacer rows standing in for the others.
    const { start, end, before, after } = this.printing ? { start: 0, end: count, before: 0, after: 0 } : this.#window.range;
    const rows: number[] = [];
    for (let r = start; r < Math.min(end, count); r++) rows.push(r);
    const windowed = rows.length < count;
    let sizer = null;
    if (windowed) {
      const { texts, flagged } = data.widest(format);
      const qa = this.#qa.cell(this.locale, this.intlLocale, { qaScore: 100, qaBelow: true });
      sizer = guard([texts, flagged, flagText, qa], () => sizerRow(texts, flagText, flagged, qa));
    }
    const query = (this.search ?? '').trim();
    return html`<table part="table" id="table" class="leaderboard" aria-rowcount=${count + 1}>
        <caption>${captionText(this.#format, this.#data, this.search ?? '', this.redact)}</caption>
        <thead><tr aria-rowindex="1">
          <th scope="col">${t(this.locale, 'agentsRank')}</th>
          ${this.#header('name')}${this.#header('team')}${this.#qa.header(this.locale)}${LEADERBOARD_COLUMNS.map((c) => this.#header(c))}
        </tr></thead>
        <tbody>${spacerRow(before)}${rows.map((r) => this.#row(r, format, formatKey, flagText))}${spacerRow(after)}</tbody>
        ${sizer}
      </table>${count === 0 && query ? html`<p class="note" role="status">${t(this.locale, 'agentsNoMatch', { query })}</p>` : null}`;
  }

  /** The leaderboard is its own table view: no separate table toggle in the header. */
  protected override renderHeader(title: string, toolbar: unknown = null): TemplateResult {
    return html`<header role="none"><h2 id="title">${title}</h2><div class="toolbar">${toolbar}</div></header>`;
  }

  protected override render() {
    const title = t(this.locale, 'agentsTitle');
    if (this.#error) return this.renderDataError(title, this.#error);
    const data = this.#data;
    // The table view never opens (the leaderboard is a table); this registers the export table: every row shown.
    this.renderTable(() => exportSpec(this.#format, captionText(this.#format, this.#data, this.search ?? '', this.redact), Array.from(data.view, (_, r) => ({ entry: data.entry(r), rank: data.rank(r) })), this.#qa.min !== undefined));
    return this.renderBody(
      title,
      () => html`${this.renderFrame(this.#table(), summaryText(this.#format, this.#data, parseSort(this.sort), this.#descending), {
          keydown: this.#onKeyDown,
          pointermove: this.#onPointerMove,
          pointerleave: this.#onPointerLeave,
          click: this.#onClick,
          blur: () => !this.#pointer && this.#focus && this.#setFocus(null, false),
        })}${data.anyFlagged ? html`<p class="note">${t(this.locale, 'agentsFlaggedNote', { min: formatNumber(this.intlLocale, this.minDenominator) })}</p>` : null}${this.#qa.note(this.locale, this.intlLocale, data.anyQaBelow)}`,
      { empty: !data.shown.length, toolbar: data.shown.length ? searchBox(this.locale, this.search ?? '', (value) => (this.search = value)) : null },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-agent-leaderboard': CkAgentLeaderboard;
  }
}
