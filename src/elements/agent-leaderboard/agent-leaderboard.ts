import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import { agentPerformance } from '../../kpi/agents.js';
import type { AgentPerformance } from '../../kpi/types.js';
import type { AgentRow } from '../../model/rows.js';
import { inlineBar } from '../../render/bars.js';
import { formatCurrency, formatNumber, formatPercent, MISSING } from '../../render/format.js';
import { t, type MessageKey } from '../../render/i18n/index.js';
import { moveFocus, type PointFocus } from '../../render/keyboard.js';
import type { TableSpec } from '../../render/table.js';
import { tooltip } from '../../render/tooltip.js';
import { emit, type CkSelectDetail } from '../shared/events.js';
import { CkWidget } from '../shared/widget-base.js';
import { widgetStyles } from '../shared/widget.styles.js';
import { agentLeaderboardStyles } from './agent-leaderboard.styles.js';
import {
  cell,
  displayEntries,
  LEADERBOARD_COLUMNS,
  parseSort,
  sortEntries,
  type LeaderboardColumn,
  type LeaderboardEntry,
  type LeaderboardSort,
} from './leaderboard-rows.js';

/** Detail of `ck-select` from the leaderboard: the chosen cell, with the collector as shown (a pseudonym when redacted). */
export interface CkAgentSelectDetail extends CkSelectDetail {
  /** The collector's name as displayed: the pseudonym when `redact` is set. */
  agent: string;
  /** The collector's id; omitted when `redact` is set. */
  agentId?: string;
  team?: string;
  /** Rank of the agent on this metric (1 = best); null when flagged or not ranked. */
  rank: number | null;
}

/**
 * Rows put in the table by the first render after the data or the order changes: more than the
 * frame shows (520 px ≈ 20 rows), so the table is painted at once however long it is.
 */
const FIRST_ROWS = 100;
/** Rows added per frame after the first render until every row is in the table (print, find in page, screen readers). */
const MORE_ROWS = 500;

/** One metric cell as drawn: computed once per collector, language and data, not on every render. */
interface CellView {
  cell: ReturnType<typeof cell>;
  /** The formatted value. */
  text: string;
  /** Value over the column's largest trusted value: the filled part of the inline bar. */
  fraction: number;
}

const LABELS: Record<LeaderboardColumn, MessageKey> = {
  collected: 'agentsCollected',
  contactRate: 'agentsContactRate',
  rpcRate: 'agentsRpcRate',
  ptpRate: 'agentsPtpRate',
  keptRate: 'agentsKeptRate',
  liquidation: 'agentsLiquidation',
  collectedPerHour: 'agentsCollectedPerHour',
};

/**
 * Ranked, sortable table of collectors (催收员排行榜) from the `agents` metric: contact, RPC, PTP,
 * kept-promise and liquidation rates, collected per hour and collected amount, each with an inline
 * bar. Rates whose denominator is below `min-denominator` are flagged (icon and text) and not
 * ranked. With `redact`, names are replaced by stable pseudonyms everywhere: cells, tooltips,
 * announcements and `ck-select` details.
 *
 * A long table shows its first rows at once and adds the rest over the next frames (the table is
 * `aria-busy` meanwhile); keyboard navigation draws down to the focused row, and printing and exports
 * always have every row.
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
 * @attr {string} from - First period, inclusive (`YYYY-MM`).
 * @attr {string} to - Last period, inclusive (`YYYY-MM`).
 *
 * @event {CustomEvent<CkErrorDetail>} ck-error - A fetch or validation failed; `detail.message` is what the widget shows.
 * @event {CustomEvent<CkAgentSelectDetail>} ck-select - A metric cell was chosen by click or Enter.
 *
 * @csspart frame - The focusable area holding the table.
 * @csspart table - The leaderboard table.
 * @csspart mark - The inline bars.
 * @csspart tooltip - The tooltip of the focused cell.
 * @csspart state - Loading, empty and error messages.
 *
 * @cssproperty --ck-leaderboard-height - Maximum height before the table scrolls (default 520px).
 * @cssproperty --ck-series-1 - Colour of the inline bars.
 * @cssproperty --ck-background - Widget background.
 * @cssproperty --ck-foreground - Text colour.
 * @cssproperty --ck-font-family - Font family.
 */
export class CkAgentLeaderboard extends CkWidget<'agents'> {
  static override styles = [widgetStyles, agentLeaderboardStyles];

  static override properties: PropertyDeclarations = {
    sort: { type: String },
    direction: { type: String },
    top: { type: Number },
    redact: { type: Boolean },
    minDenominator: { type: Number, attribute: 'min-denominator' },
  };

  declare sort: string;
  declare direction: 'descending' | 'ascending' | undefined;
  declare top: number | undefined;
  declare redact: boolean;
  declare minDenominator: number;

  protected readonly metric = 'agents' as const;

  #perf: AgentPerformance[] = [];
  #rows: AgentRow[] = [];
  #entries: LeaderboardEntry[] = [];
  #shown: LeaderboardEntry[] = [];
  #error = '';
  #focus: PointFocus | null = null;
  #pointer = false;
  #dataSeen: unknown = null;

  constructor() {
    super();
    this.sort = 'collected';
    this.redact = false;
    this.minDenominator = 20;
  }

  get #sortKey(): LeaderboardSort {
    return parseSort(this.sort);
  }

  get #descending(): boolean {
    if (this.direction === 'ascending') return false;
    if (this.direction === 'descending') return true;
    const key = this.#sortKey;
    return key !== 'name' && key !== 'team';
  }

  get #teams(): string[] {
    return (this.team ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const response = this.data.data;
    if (response !== this.#dataSeen || changed.has('minDenominator') || changed.has('team')) {
      this.#dataSeen = response;
      this.#perf = [];
      this.#error = '';
      this.#focus = null;
      if (response) {
        const teams = this.#teams;
        this.#rows = teams.length ? response.rows.filter((r) => !r.team || teams.includes(r.team)) : response.rows;
        try {
          this.#perf = agentPerformance(this.#rows, { minDenominator: this.minDenominator });
        } catch (error) {
          this.#error = error instanceof Error ? error.message : String(error);
          emit(this, 'ck-error', { message: this.#error, kind: 'validation', metric: 'agents', stale: false });
        }
      }
    }
    // Names and order depend on the language (pseudonym prefix, collation) and the sort settings;
    // recomputed only when one of them changes, not on every pointer move.
    const namesKey = [this.#perf, this.redact, this.locale];
    if (namesKey.some((v, i) => v !== this.#namesKey[i])) {
      this.#namesKey = namesKey;
      this.#entries = displayEntries(this.#perf, this.#rows, this.redact, this.locale);
      const byCollected = sortEntries(this.#entries, 'collected', true, this.intlLocale);
      this.#collectedRank = new Map(byCollected.map((e, i) => [e, i + 1]));
      this.#maxima = LEADERBOARD_COLUMNS.map((column) => {
        let max = 0;
        for (const e of this.#entries) {
          const c = cell(e, column);
          if (!c.flagged && c.value !== null && Number.isFinite(c.value) && c.value > max) max = c.value;
        }
        return max;
      });
    }
    // Formatted cells depend on the entries (and maxima), the language and the currency; a new map
    // also tells every row's guard to render again.
    const viewsKey = [this.#entries, this.locale, this.intlLocale, this.#currency()];
    if (viewsKey.some((v, i) => v !== this.#viewsKey[i])) {
      this.#viewsKey = viewsKey;
      this.#views = new Map();
    }
    const top = this.top && this.top > 0 ? Math.floor(this.top) : Infinity;
    const orderKey = [this.#entries, this.#sortKey, this.#descending, this.intlLocale, top];
    if (orderKey.some((v, i) => v !== this.#orderKey[i])) {
      this.#orderKey = orderKey;
      const shown = sortEntries(this.#entries, this.#sortKey, this.#descending, this.intlLocale).slice(0, top);
      if (shown.length !== this.#shown.length || shown.some((e, i) => e !== this.#shown[i])) this.#focus = null;
      this.#shown = shown;
      this.#anyFlagged = shown.some((e) => LEADERBOARD_COLUMNS.some((c) => cell(e, c).flagged));
      // A new order is drawn from the top: the first rows now, the rest over the next frames.
      this.#rendered = Math.min(shown.length, FIRST_ROWS);
    }
    // Keyboard focus below the rows drawn so far: draw down to it (and a little beyond) now.
    if (this.#focus && this.#focus.series >= this.#rendered) this.#rendered = Math.min(this.#shown.length, this.#focus.series + 1 + FIRST_ROWS);
    // Paper gets every row at once.
    if (this.printing) this.#rendered = this.#shown.length;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#scheduleMore();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#scheduleMore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cancelMore();
  }

  /**
   * While rows are missing from the table, adds the next `MORE_ROWS` once the rows drawn so far are
   * painted (the frame after next), or after a second where frames do not run (a background tab).
   */
  #scheduleMore(): void {
    if (this.#more || this.#rendered >= this.#shown.length || !this.isConnected) return;
    const step = () => {
      this.#cancelMore();
      if (this.#rendered >= this.#shown.length) return;
      this.#rendered = Math.min(this.#shown.length, this.#rendered + MORE_ROWS);
      this.requestUpdate();
    };
    const more = { frame: 0, timer: setTimeout(step, 1000) };
    more.frame = requestAnimationFrame(() => (more.frame = requestAnimationFrame(step)));
    this.#more = more;
  }

  #cancelMore(): void {
    if (!this.#more) return;
    cancelAnimationFrame(this.#more.frame);
    clearTimeout(this.#more.timer);
    this.#more = null;
  }

  #namesKey: unknown[] = [];
  #orderKey: unknown[] = [];
  #viewsKey: unknown[] = [];
  #collectedRank = new Map<LeaderboardEntry, number>();
  /** Largest trusted (unflagged) value per column, the full width of the inline bars. */
  #maxima: number[] = [];
  #views = new Map<LeaderboardEntry, CellView[]>();
  #anyFlagged = false;
  /** How many of the shown rows are in the table: all of them a few frames after a change. */
  #rendered = 0;
  #more: { frame: number; timer: ReturnType<typeof setTimeout> } | null = null;

  #currency(): string {
    return this.data.data?.meta.currency ?? 'CNY';
  }

  #format(column: LeaderboardColumn, value: number | null): string {
    if (value === null || !Number.isFinite(value)) return MISSING;
    if (column === 'collected') return formatCurrency(this.intlLocale, value, this.#currency(), true);
    if (column === 'collectedPerHour') return formatCurrency(this.intlLocale, value, this.#currency());
    return formatPercent(this.intlLocale, value, 1);
  }

  /** Rank shown in the rank column: the KPI rank of the sorted metric, or the position for name/team/collected. */
  #rank(entry: LeaderboardEntry, position: number): number | null {
    const key = this.#sortKey;
    if (key === 'name' || key === 'team' || key === 'collected') return position + 1;
    return entry.perf.ranks[key];
  }

  #columnRank(entry: LeaderboardEntry, column: LeaderboardColumn): number | null {
    if (column === 'collected') return this.#collectedRank.get(entry) ?? null;
    return entry.perf.ranks[column];
  }

  #describe(focus: PointFocus): string {
    const entry = this.#shown[focus.series]!;
    const column = LEADERBOARD_COLUMNS[focus.index]!;
    const c = cell(entry, column);
    const rank = this.#columnRank(entry, column);
    const money = column === 'collected' || column === 'collectedPerHour';
    return t(this.locale, 'agentsAnnouncement', {
      agent: entry.display,
      metric: t(this.locale, LABELS[column]),
      value: `${this.#format(column, c.value)}${c.flagged ? ` ⚠ ${t(this.locale, 'agentsFlagged')}` : ''}`,
      numerator: money ? formatCurrency(this.intlLocale, c.numerator, this.#currency()) : formatNumber(this.intlLocale, c.numerator),
      denominator: column === 'collectedPerHour' ? formatNumber(this.intlLocale, c.denominator, 1) : money ? formatCurrency(this.intlLocale, c.denominator, this.#currency()) : formatNumber(this.intlLocale, c.denominator),
      rank: rank === null ? t(this.locale, 'agentsNotRanked') : t(this.locale, 'agentsRankOf', { rank }),
    });
  }

  #setFocus(focus: PointFocus | null, pointer: boolean): void {
    this.#focus = focus;
    this.#pointer = pointer;
    if (focus && !pointer) this.announcement = this.#describe(focus);
    this.requestUpdate();
  }

  #select(): void {
    if (!this.#focus) return;
    const entry = this.#shown[this.#focus.series];
    const column = LEADERBOARD_COLUMNS[this.#focus.index];
    if (!entry || !column) return;
    const c = cell(entry, column);
    const q = this.query;
    emit<CkAgentSelectDetail>(this, 'ck-select', {
      series: column,
      period: q.from || q.to ? `${q.from ?? ''}/${q.to ?? ''}` : '',
      value: c.value,
      numerator: c.numerator,
      denominator: c.denominator,
      agent: entry.display,
      ...(this.redact ? {} : { agentId: entry.perf.agentId }),
      ...(entry.perf.team ? { team: entry.perf.team } : {}),
      rank: this.#columnRank(entry, column),
    });
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
    // Rows are series: Up/Down move between collectors, Left/Right between metrics.
    const lengths = this.#shown.map(() => LEADERBOARD_COLUMNS.length);
    const current = this.#focus;
    let next = moveFocus(current ?? (lengths.length ? { series: 0, index: 0 } : null), e.key, lengths);
    if (next === undefined) return;
    if (!current && next) next = { series: 0, index: 0 };
    else if (current && next && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      // No wrapping from the last row to the first: a table reads top to bottom.
      const down = e.key === 'ArrowDown';
      next = { series: Math.max(0, Math.min(lengths.length - 1, current.series + (down ? 1 : -1))), index: current.index };
    }
    e.preventDefault();
    this.#setFocus(next, false);
    this.updateComplete.then(() => this.renderRoot.querySelector('td.focus')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' }));
  };

  #cellOf(e: Event): PointFocus | null {
    const td = (e.target as Element | null)?.closest?.('td[data-r]');
    if (!td) return null;
    return { series: Number(td.getAttribute('data-r')), index: Number(td.getAttribute('data-c')) };
  }

  #onPointerMove = (e: PointerEvent) => {
    const f = this.#cellOf(e);
    if (f && (f.series !== this.#focus?.series || f.index !== this.#focus?.index)) this.#setFocus(f, true);
  };

  #onPointerLeave = () => {
    if (this.#pointer) this.#setFocus(null, false);
  };

  #onClick = (e: MouseEvent) => {
    const f = this.#cellOf(e);
    if (!f) return;
    this.#focus = f;
    this.#select();
  };

  #sortBy(key: LeaderboardSort): void {
    const same = this.#sortKey === key;
    const descending = same ? !this.#descending : key !== 'name' && key !== 'team';
    this.sort = key;
    this.direction = descending ? 'descending' : 'ascending';
    this.announce(`${t(this.locale, 'agentsSortBy', { column: this.#columnLabel(key) })}, ${t(this.locale, descending ? 'sortDescending' : 'sortAscending')}`);
  }

  #columnLabel(key: LeaderboardSort): string {
    return key === 'name' ? t(this.locale, 'agentsName') : key === 'team' ? t(this.locale, 'agentsTeam') : t(this.locale, LABELS[key]);
  }

  #title(): string {
    return t(this.locale, 'agentsTitle');
  }

  #summary(): string {
    const first = this.#shown[0];
    if (!first) return '';
    const key = this.#sortKey;
    const value = key === 'name' || key === 'team' ? (key === 'team' ? first.perf.team ?? '' : first.display) : this.#format(key, cell(first, key).value);
    return t(this.locale, 'agentsSummary', {
      count: formatNumber(this.intlLocale, this.#entries.length),
      column: this.#columnLabel(key),
      direction: t(this.locale, this.#descending ? 'sortDescending' : 'sortAscending'),
      first: first.display,
      value,
    });
  }

  #header(key: LeaderboardSort): TemplateResult {
    const active = this.#sortKey === key;
    const label = this.#columnLabel(key);
    return html`<th scope="col" aria-sort=${active ? (this.#descending ? 'descending' : 'ascending') : nothing}>
      <button type="button" title=${t(this.locale, 'agentsSortBy', { column: label })} @click=${() => this.#sortBy(key)}>
        ${label}<span aria-hidden="true">${active ? (this.#descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>`;
  }

  /** The metric cells of a collector as drawn, computed once per entry, language and currency. */
  #cellViews(entry: LeaderboardEntry): CellView[] {
    let views = this.#views.get(entry);
    if (!views) {
      views = LEADERBOARD_COLUMNS.map((column, ci) => {
        const c = cell(entry, column);
        const max = this.#maxima[ci]!;
        return { cell: c, text: this.#format(column, c.value), fraction: max > 0 && c.value !== null ? c.value / max : 0 };
      });
      this.#views.set(entry, views);
    }
    return views;
  }

  #tooltipFor(entry: LeaderboardEntry, column: LeaderboardColumn) {
    const c = cell(entry, column);
    const locale = this.intlLocale;
    const money = column === 'collected' || column === 'collectedPerHour';
    const rank = this.#columnRank(entry, column);
    return tooltip({
      title: `${entry.display} · ${t(this.locale, LABELS[column])}`,
      lines: [
        [t(this.locale, column === 'collected' ? 'value' : 'rate'), `${this.#format(column, c.value)}${c.flagged ? ` ⚠ ${t(this.locale, 'agentsFlagged')}` : ''}`],
        [column === 'collected' ? t(this.locale, 'agentsCollected') : t(this.locale, 'numerator'), money ? formatCurrency(locale, c.numerator, this.#currency()) : formatNumber(locale, c.numerator)],
        [t(this.locale, 'denominator'), column === 'collectedPerHour' ? formatNumber(locale, c.denominator, 1) : money ? formatCurrency(locale, c.denominator, this.#currency()) : formatNumber(locale, c.denominator)],
        [t(this.locale, 'agentsRank'), rank === null ? t(this.locale, 'agentsNotRanked') : String(rank)],
      ],
      x: 0,
      y: 44,
      width: 10_000,
    });
  }

  /**
   * One row. Its guard renders it again only when what it shows changes (the collector, its
   * position and rank, the focused cell, the language or data), so moving the focus or the pointer
   * over a table of thousands of rows renders one or two rows, not all of them.
   */
  #row(entry: LeaderboardEntry, r: number, focusIndex: number, flagText: string): unknown {
    const rank = this.#rank(entry, r);
    return guard([entry, r, rank, focusIndex, this.#views, flagText], () => {
      const views = this.#cellViews(entry);
      const cls = (ci: number) => (focusIndex === ci ? 'metric focus' : 'metric');
      const bar = (ci: number) => inlineBar(views[ci]!.fraction, views[ci]!.cell.flagged);
      // After the bar: the low-base flag and, in the focused cell, the tooltip.
      const after = (ci: number) => {
        const flagged = views[ci]!.cell.flagged;
        const focused = focusIndex === ci;
        if (!flagged && !focused) return null;
        const flag = flagged ? html` <span class="flag">⚠ ${flagText}</span>` : null;
        return focused ? [flag, this.#tooltipFor(entry, LEADERBOARD_COLUMNS[ci]!)] : flag;
      };
      const text = (ci: number) => views[ci]!.text;
      // One template for the whole row, the seven metric cells (LEADERBOARD_COLUMNS) written out, and no
      // white space between tags: the fewest DOM nodes and template instances to create and lay out.
      return html`<tr
        ><td class="rank">${rank === null ? MISSING : rank}</td
        ><th scope="row">${entry.display}</th
        ><td>${entry.perf.team ?? ''}</td
        ><td class=${cls(0)} data-r=${r} data-c="0">${text(0)}${bar(0)}${after(0)}</td
        ><td class=${cls(1)} data-r=${r} data-c="1">${text(1)}${bar(1)}${after(1)}</td
        ><td class=${cls(2)} data-r=${r} data-c="2">${text(2)}${bar(2)}${after(2)}</td
        ><td class=${cls(3)} data-r=${r} data-c="3">${text(3)}${bar(3)}${after(3)}</td
        ><td class=${cls(4)} data-r=${r} data-c="4">${text(4)}${bar(4)}${after(4)}</td
        ><td class=${cls(5)} data-r=${r} data-c="5">${text(5)}${bar(5)}${after(5)}</td
        ><td class=${cls(6)} data-r=${r} data-c="6">${text(6)}${bar(6)}${after(6)}</td
      ></tr>`;
    });
  }

  #table(): TemplateResult {
    const focus = this.#focus;
    const total = this.#entries.length;
    const shown = this.#shown;
    // The rows drawn so far: all of them a few frames after a change, and while printing. A new order
    // gets a new <tbody> (keyed): dropping the old one at once is faster than taking its rows out one by one.
    const count = Math.min(this.#rendered, shown.length);
    const flagText = t(this.locale, 'agentsFlagged');
    const rows: unknown[] = new Array(count);
    for (let r = 0; r < count; r++) rows[r] = this.#row(shown[r]!, r, focus?.series === r ? focus.index : -1, flagText);
    const caption = `${this.#title()}${shown.length < total ? ` · ${t(this.locale, 'agentsShowing', { shown: formatNumber(this.intlLocale, shown.length), count: formatNumber(this.intlLocale, total) })}` : ''}${this.redact ? ` · ${t(this.locale, 'agentsRedacted')}` : ''}`;
    return html`<table part="table" id="table" class="leaderboard" aria-busy=${count < shown.length ? 'true' : nothing}>
      <caption>${caption}</caption>
      <thead><tr>
        <th scope="col">${t(this.locale, 'agentsRank')}</th>
        ${this.#header('name')}${this.#header('team')}${LEADERBOARD_COLUMNS.map((c) => this.#header(c))}
      </tr></thead>
      ${keyed(shown, html`<tbody>${rows}</tbody>`)}
    </table>`;
  }

  /**
   * The rows shown, as a data table for exports (CSV/JSON): every rate with its numerator and
   * denominator, flagged rates marked, names redacted when `redact` is set.
   */
  #exportSpec(): TableSpec {
    const locale = this.intlLocale;
    const money = (v: number) => formatCurrency(locale, v, this.#currency());
    return {
      caption: this.#title(),
      columns: [
        t(this.locale, 'agentsRank'),
        t(this.locale, 'agentsName'),
        t(this.locale, 'agentsTeam'),
        ...LEADERBOARD_COLUMNS.flatMap((c) => [t(this.locale, LABELS[c]), `${t(this.locale, LABELS[c])} ${t(this.locale, 'numerator')}`, `${t(this.locale, LABELS[c])} ${t(this.locale, 'denominator')}`]),
      ],
      rows: this.#shown.map((entry, r) => {
        const rank = this.#rank(entry, r);
        return [
          rank === null ? MISSING : String(rank),
          entry.display,
          entry.perf.team ?? '',
          ...LEADERBOARD_COLUMNS.flatMap((column) => {
            const c = cell(entry, column);
            const isMoney = column === 'collected' || column === 'collectedPerHour';
            return [
              `${this.#format(column, column === 'collected' ? c.value : c.rate)}${c.flagged ? ` ⚠ ${t(this.locale, 'agentsFlagged')}` : ''}`,
              isMoney ? money(c.numerator) : formatNumber(locale, c.numerator),
              column === 'collectedPerHour' ? formatNumber(locale, c.denominator, 1) : isMoney ? money(c.denominator) : formatNumber(locale, c.denominator),
            ];
          }),
        ];
      }),
    };
  }

  /** The leaderboard is its own table view: no separate table toggle in the header. */
  protected override renderHeader(title: string, toolbar: unknown = null): TemplateResult {
    return html`<header role="none"><h2 id="title">${title}</h2><div class="toolbar">${toolbar}</div></header>`;
  }

  protected override render() {
    if (this.#error) {
      return html`${this.renderHeader(this.#title())}<div part="state" class="state error" role="alert"><strong>${t(this.locale, 'error')}</strong><span>${this.#error}</span></div>`;
    }
    const anyFlagged = this.#anyFlagged;
    // The table view never opens (the leaderboard is a table); this registers the export table.
    this.renderTable(() => this.#exportSpec());
    return this.renderBody(
      this.#title(),
      () => html`${this.renderFrame(this.#table(), this.#summary(), {
          keydown: this.#onKeyDown,
          pointermove: this.#onPointerMove,
          pointerleave: this.#onPointerLeave,
          click: this.#onClick,
          blur: () => !this.#pointer && this.#focus && this.#setFocus(null, false),
        })}${anyFlagged ? html`<p class="note">${t(this.locale, 'agentsFlaggedNote', { min: formatNumber(this.intlLocale, this.minDenominator) })}</p>` : null}`,
      { empty: !this.#shown.length },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-agent-leaderboard': CkAgentLeaderboard;
  }
}
