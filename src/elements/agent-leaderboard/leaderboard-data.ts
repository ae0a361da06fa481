import { agentPerformance } from '../../kpi/agents.js';
import type { AgentPerformance } from '../../kpi/types.js';
import type { AgentRow } from '../../model/rows.js';
import { formatValue, type CellFormat } from './leaderboard-cells.js';
import { LeaderboardOrder } from './leaderboard-order.js';
import {
  displayEntries,
  LEADERBOARD_COLUMNS,
  type LeaderboardColumn,
  type LeaderboardEntry,
  type LeaderboardSort,
} from './leaderboard-rows.js';
import { textWidth } from './leaderboard-table.js';
import { at } from '../../model/at.js';
import type { AgentQa } from './leaderboard-qa.js';
import { addDefinitions } from '../../model/definitions.js';
import { AGENTS_DEFINITIONS } from '../../model/definitions/agents.js';
import { addMessagePack } from '../../render/i18n/index.js';
import { AGENTS_MESSAGES } from '../../render/i18n/agents.js';

addMessagePack(AGENTS_MESSAGES);

/** What the leaderboard's rows are derived from: the response rows and the element's settings. */
export interface LeaderboardInput {
  /** The response rows (a new array means new data). */
  rows: readonly AgentRow[] | undefined;
  /** Team filter; empty: every team. */
  teams: readonly string[];
  minDenominator: number;
  redact: boolean;
  /** Catalogue locale (pseudonym prefix). */
  locale: string;
  /** `Intl` locale (collation of names and teams). */
  intlLocale: string;
  sort: LeaderboardSort;
  descending: boolean;
  /** Rows kept after sorting (Infinity: all). */
  top: number;
  /** The search box's text. */
  search: string;
  /** QA of the collectors (`min-qa`), null without. */
  qa?: AgentQa | null;
}

/** An idle period at least this long (ms) is one where the page is not rendering (the browser grants up to 50 ms). */
const LONG_IDLE_MS = 20;

const changed = (a: readonly unknown[], b: readonly unknown[]) => a.some((v, i) => v !== b[i]);

/**
 * The derived state of a leaderboard, each step recomputed only when its inputs change (pure, no
 * DOM): rows → agent KPIs (`agentPerformance`) → entries with the names to show → orders
 * ({@link LeaderboardOrder}) → the sorted rows kept by `top` (`shown`) → those matching the search
 * (`view`, positions in `shown`). Row `r` of the table is `entry(r)`.
 *
 * @example
 * const data = new LeaderboardData();
 * data.update({ rows, teams: [], minDenominator: 20, redact: true, locale: 'en', intlLocale: 'en',
 *   sort: 'keptRate', descending: true, top: Infinity, search: 'early' });
 * data.count; data.entry(0).display; data.rank(0);
 */
export class LeaderboardData {
  /** KPI results of the rows (after the team filter). */
  perf: AgentPerformance[] = [];
  /** The message of the last KPI validation error, '' when none. */
  error = '';
  /** One entry per collector, with the name to show. */
  entries: LeaderboardEntry[] = [];
  /** Orders and search over `entries`. */
  order = new LeaderboardOrder([], 'en');
  /** Entry indices in the chosen order, the first `top` of them. */
  shown: Uint32Array = new Uint32Array(0);
  /** Positions in `shown` of the rows matching the search: the table's rows. */
  view: Uint32Array = new Uint32Array(0);
  /** Largest trusted value per number column (the full width of the inline bars). */
  maxima: number[] = [];
  /** Whether a shown row has a flagged rate (the low-base note is shown). */
  anyFlagged = false;
  /** Whether a shown collector is under `min-qa` (the QA note is shown). */
  anyQaBelow = false;
  #sort: LeaderboardSort = 'collected';
  #perfKey: unknown[] = [];
  #entriesKey: unknown[] = [];
  #shownKey: unknown[] = [];
  #viewKey: unknown[] = [];

  /** Brings the state up to date with `input`; returns which steps ran (`data`: new KPIs, `view`: other table rows). */
  update(input: LeaderboardInput): { data: boolean; view: boolean } {
    const qa = input.qa ?? null;
    const perfKey = [input.rows, input.minDenominator, input.teams.join(','), qa];
    const data = changed(perfKey, this.#perfKey);
    if (data) {
      this.#perfKey = perfKey;
      this.perf = [];
      this.error = '';
      const teams = input.teams;
      const rows = !input.rows
        ? []
        : teams.length
          ? input.rows.filter((r) => !r.team || teams.includes(r.team))
          : input.rows;
      try {
        this.perf = agentPerformance(rows, {
          minDenominator: input.minDenominator,
          ...(qa ? { unranked: qa.below } : {}),
        });
      } catch (error) {
        this.error = error instanceof Error ? error.message : String(error);
      }
      this.#rows = rows;
    }
    const entriesKey = [this.perf, input.redact, input.locale, input.intlLocale];
    if (changed(entriesKey, this.#entriesKey)) {
      this.#entriesKey = entriesKey;
      this.entries = displayEntries(this.perf, this.#rows, input.redact, input.locale, qa);
      this.order = new LeaderboardOrder(this.entries, input.intlLocale, this.order);
      this.maxima = this.order.maxima();
      this.prepareWhenIdle();
    }
    const shownKey = [this.order, input.sort, input.descending, input.top];
    if (changed(shownKey, this.#shownKey)) {
      this.#shownKey = shownKey;
      this.#sort = input.sort;
      const order = this.order.sorted(input.sort, input.descending);
      this.shown = input.top < order.length ? order.subarray(0, input.top) : order;
      this.anyFlagged = this.shown.some((i) => {
        const metrics = at(this.entries, i).perf.metrics;
        for (const column of LEADERBOARD_COLUMNS) if (column !== 'collected' && metrics[column].flagged) return true;
        return false;
      });
      this.anyQaBelow = this.shown.some((i) => this.entries[i]?.qaBelow === true);
    }
    const viewKey = [this.shown, input.search.trim()];
    const view = changed(viewKey, this.#viewKey);
    if (view) {
      this.#viewKey = viewKey;
      this.view = this.order.search(this.shown, input.search);
    }
    return { data, view };
  }

  #rows: readonly AgentRow[] = [];
  #idle = 0;

  /** @param onPage Whether the element is on the page: no idle ranking is scheduled for one that left it. */
  constructor(private readonly onPage: () => boolean = () => true) {}

  /**
   * Ranks the names of the current order while the page is idle, so that the first sort by name (or a
   * tie) needs no collator. Only in a long idle period (the page not rendering: the short ones between
   * frames could not hold a collation of every name without delaying the next frame), or after 2 s.
   */
  prepareWhenIdle(): void {
    this.cancelIdle();
    const order = this.order;
    if (order.entries.length < 2 || !this.onPage()) return;
    const idle = globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
    const run = (deadline?: IdleDeadline) => {
      if (!this.onPage()) return;
      if (deadline && !deadline.didTimeout && deadline.timeRemaining() < LONG_IDLE_MS)
        this.#idle = idle(run, { timeout: 2000 });
      else order.prepare();
    };
    this.#idle = idle(run, { timeout: 2000 });
  }

  /** Cancels a pending idle ranking (the element left the page). */
  cancelIdle(): void {
    (globalThis.cancelIdleCallback ?? clearTimeout)(this.#idle);
  }

  /** Number of rows in the table (after `top` and the search). */
  get count(): number {
    return this.view.length;
  }

  /** Index in `entries` of table row `row`. */
  index(row: number): number {
    return at(this.shown, at(this.view, row));
  }

  /** The entry of table row `row`. */
  entry(row: number): LeaderboardEntry {
    return at(this.entries, this.index(row));
  }

  /** The rank column of row `row`: the KPI rank of the sorted rate, or the position in the full order for name, team and collected. */
  rank(row: number): number | null {
    const sort = this.#sort;
    if (sort !== 'name' && sort !== 'team' && this.entry(row).qaBelow) return null;
    if (sort === 'name' || sort === 'team' || sort === 'collected') return at(this.view, row) + 1;
    return this.entry(row).perf.ranks[sort];
  }

  /** Rank of row `row` on one column (tooltips, announcements, `ck-select`). */
  columnRank(row: number, column: LeaderboardColumn): number | null {
    return this.order.rank(this.index(row), column);
  }

  /**
   * The widest texts per column (rank, name, team, then the seven metric values) and whether the
   * column has a flagged value: the sizer row that keeps column widths while rows scroll.
   */
  widest(f: CellFormat): { texts: string[]; flagged: boolean[] } {
    // They depend on which rows are shown, not on their order: kept until those or the format change.
    const key = [this.order, this.shown.length < this.entries.length ? this.shown : null, f.intlLocale, f.currency];
    if (!this.#widest || changed(key, this.#widest.key)) this.#widest = { key, value: this.#measureWidest(f) };
    return this.#widest.value;
  }

  #widest: { key: unknown[]; value: { texts: string[]; flagged: boolean[] } } | null = null;

  /** One pass over the shown rows: each text's width measured once, no arrays of entries or texts. */
  #measureWidest(f: CellFormat): { texts: string[]; flagged: boolean[] } {
    const columns = LEADERBOARD_COLUMNS.length;
    const lo = new Float64Array(columns).fill(Infinity);
    const hi = new Float64Array(columns).fill(-Infinity);
    const flagged: boolean[] = LEADERBOARD_COLUMNS.map(() => false);
    let [name, nameWidth, team, teamWidth] = ['', 0, '', 0];
    for (const i of this.shown) {
      const e = at(this.entries, i);
      if (e.display.length * 2 > nameWidth) {
        const w = textWidth(e.display);
        if (w > nameWidth) [name, nameWidth] = [e.display, w];
      }
      const t = e.perf.team ?? '';
      if (t !== team && t.length * 2 > teamWidth) {
        const w = textWidth(t);
        if (w > teamWidth) [team, teamWidth] = [t, w];
      }
      for (let c = 0; c < columns; c++) {
        const column = at(LEADERBOARD_COLUMNS, c);
        let v = e.collected;
        if (column !== 'collected') {
          const m = e.perf.metrics[column];
          if (m.flagged) flagged[c] = true;
          v = m.rate ?? NaN;
        }
        if (!Number.isFinite(v)) continue;
        if (v < at(lo, c)) lo[c] = v;
        if (v > at(hi, c)) hi[c] = v;
      }
    }
    const texts = [String(this.shown.length), name, team];
    LEADERBOARD_COLUMNS.forEach((column, c) => {
      const [a, b] = [at(lo, c), at(hi, c)].map((v) => formatValue(f, column, Number.isFinite(v) ? v : null));
      texts.push(textWidth(b ?? '') > textWidth(a ?? '') ? (b ?? '') : (a ?? ''));
    });
    return { texts, flagged };
  }
}

addDefinitions(AGENTS_DEFINITIONS);
