import {
  columnValue,
  LEADERBOARD_COLUMNS,
  type LeaderboardColumn,
  type LeaderboardEntry,
  type LeaderboardSort,
} from './leaderboard-rows.js';
import { at, must } from '../../model/at.js';

/** Work done by a {@link LeaderboardOrder} since it was built: what tests and benchmarks count instead of time. */
export interface OrderWork {
  /** Sorts run (each cached per column and direction, so this counts cache misses). */
  sorts: number;
  /** Calls of a sort comparator. */
  comparisons: number;
  /** Calls of `Intl.Collator#compare` (names and teams). */
  collations: number;
  /** Searches run (each a pass over the shown rows). */
  searches: number;
}

/**
 * Key of a leaderboard's work counters (`el[LEADERBOARD_WORK]`, a {@link LeaderboardWork}): what tests
 * and benchmarks count instead of timing. `Symbol.for`, so a page using the script-tag bundle reads
 * the same key.
 */
export const LEADERBOARD_WORK: unique symbol = Symbol.for('collectkit.leaderboardWork') as never;

/** Work counters of one leaderboard element. */
export interface LeaderboardWork {
  /** Body rows rendered (row templates evaluated) since the element was created. */
  rowRenders: number;
  /** The current order's counters (a new order starts at zero with new data, language or redaction). */
  order: OrderWork;
}

/** Collators per locale, shared by every order: making one and its first comparison (ICU's collation data) cost milliseconds. */
const collators = new Map<string, Intl.Collator>();
const collatorOf = (locale: string): Intl.Collator => {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale)));
  return collator;
};

const indices = (n: number): Uint32Array => {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
};

/**
 * Orders and searches one set of leaderboard entries (built once per data, redaction and language;
 * pure, no DOM). Orders are arrays of entry indices, sorted on typed-array keys read once per column,
 * and cached per column and direction: going back to an earlier order costs nothing. Ties and
 * the name sort use a name rank from one collator sort, made on first need (or ahead of it with
 * {@link LeaderboardOrder.prepare}); before that, ties call the collator directly.
 *
 * Search matches the *displayed* name (the pseudonym when names are redacted) and the team, so a
 * real name never finds a redacted collector.
 *
 * @example
 * const order = new LeaderboardOrder(entries, 'zh-CN');
 * const byKept = order.sorted('keptRate', true);     // Uint32Array of entry indices, best first
 * const hits = order.search(byKept, 'early 催收员1'); // positions in byKept matching every word
 */
export class LeaderboardOrder {
  /** The entries the orders index into. */
  readonly entries: readonly LeaderboardEntry[];
  /** Counters of the work done so far. */
  readonly work: OrderWork = { sorts: 0, comparisons: 0, collations: 0, searches: 0 };
  readonly #collator: Intl.Collator;
  readonly #orders = new Map<string, Uint32Array>();
  readonly #keys = new Map<LeaderboardColumn, Float64Array>();
  #nameRank: Uint32Array | null = null;
  #teamRank: Uint32Array | null = null;
  #haystacks: string[] | null = null;
  #ranks = new Map<LeaderboardColumn, Uint32Array>();

  readonly #locale: string;

  /**
   * @param locale BCP 47 tag for the collation of names and teams.
   * @param previous the order of the data before a refresh: its name rank is kept when the names
   *   (and ids) are the same, in the same order, so a refresh does not collate them again.
   */
  constructor(entries: readonly LeaderboardEntry[], locale: string, previous?: LeaderboardOrder) {
    this.entries = entries;
    this.#locale = locale;
    this.#collator = collatorOf(locale);
    const rank = previous ? previous.#nameRank : null;
    if (previous && rank && previous.#locale === locale && previous.entries.length === entries.length) {
      const same = entries.every(
        (e, i) =>
          e.display === at(previous.entries, i).display && e.perf.agentId === at(previous.entries, i).perf.agentId,
      );
      if (same) this.#nameRank = rank;
    }
  }

  /** Sort key of every entry for a number column: NaN for flagged and missing values (always last). */
  #columnKeys(column: LeaderboardColumn): Float64Array {
    let keys = this.#keys.get(column);
    if (!keys) {
      keys = new Float64Array(this.entries.length);
      for (let i = 0; i < keys.length; i++) keys[i] = columnValue(at(this.entries, i), column);
      this.#keys.set(column, keys);
    }
    return keys;
  }

  #compareNames(a: number, b: number): number {
    if (this.#nameRank) return at(this.#nameRank, a) - at(this.#nameRank, b);
    const ea = at(this.entries, a);
    const eb = at(this.entries, b);
    this.work.collations++;
    const c = this.#collator.compare(ea.display, eb.display);
    if (c) return c;
    this.work.collations++;
    return this.#collator.compare(ea.perf.agentId, eb.perf.agentId);
  }

  /**
   * Makes the name rank now (one collator sort of all entries), so later name sorts and ties cost
   * integer comparisons only. Called when the page is idle; does nothing the second time.
   */
  prepare(): void {
    this.#names();
  }

  /** The name rank, made on first use (see `prepare`). */
  #names(): Uint32Array {
    if (this.#nameRank) return this.#nameRank;
    const order = indices(this.entries.length);
    this.work.sorts++;
    order.sort((a, b) => {
      this.work.comparisons++;
      return this.#compareNames(a, b);
    });
    const rank = new Uint32Array(order.length);
    for (let i = 0; i < order.length; i++) rank[at(order, i)] = i;
    this.#nameRank = rank;
    return rank;
  }

  /** Rank of each entry's team among the distinct teams (only those are collated, not every row). */
  #teams(): Uint32Array {
    if (!this.#teamRank) {
      const names = [...new Set(this.entries.map((e) => e.perf.team ?? ''))].sort((a, b) => {
        this.work.collations++;
        return this.#collator.compare(a, b);
      });
      const pos = new Map(names.map((n, i) => [n, i]));
      this.#teamRank = Uint32Array.from(this.entries, (e) => must(pos.get(e.perf.team ?? ''), 'team rank'));
    }
    return this.#teamRank;
  }

  /**
   * Entry indices ordered by `sort`: numbers best (highest) first when `descending`, flagged and
   * missing values always last, ties by name; names and teams in the locale's collation. The
   * returned array is shared (cached): do not modify it.
   */
  sorted(sort: LeaderboardSort, descending: boolean): Uint32Array {
    const cacheKey = `${sort}/${descending}`;
    const cached = this.#orders.get(cacheKey);
    if (cached) return cached;
    const order = indices(this.entries.length);
    const sign = descending ? -1 : 1;
    const work = this.work;
    work.sorts++;
    if (sort === 'name') {
      const rank = this.#names();
      order.sort((a, b) => (work.comparisons++, sign * (at(rank, a) - at(rank, b))));
    } else if (sort === 'team') {
      const team = this.#teams();
      order.sort((a, b) => (work.comparisons++, sign * (at(team, a) - at(team, b)) || this.#compareNames(a, b)));
    } else {
      this.#sortByKeys(order, this.#columnKeys(sort), sign);
    }
    this.#orders.set(cacheKey, order);
    return order;
  }

  /**
   * Fills `order` with the entry indices by `keys` (times `sign`: -1 for best first), NaN keys last,
   * ties by name. The values are sorted by the engine's typed-array sort (no comparator calls in
   * script), each index then takes the next place of its value; only runs of equal values (and
   * the NaNs) are sorted again, by name.
   */
  #sortByKeys(order: Uint32Array, keys: Float64Array, sign: number): void {
    const n = keys.length;
    const values = new Float64Array(n);
    let valid = 0;
    for (let i = 0; i < n; i++) {
      const v = at(keys, i);
      if (v === v) values[valid++] = sign * v; // NaN !== NaN
    }
    const sortedValues = values.subarray(0, valid).sort();
    // First free place of each value (0 and -0 are one key of a Map, as they are equal values).
    const place = new Map<number, number>();
    for (let p = valid - 1; p >= 0; p--) place.set(at(sortedValues, p), p);
    let missing = valid;
    for (let i = 0; i < n; i++) {
      const v = at(keys, i);
      if (v !== v) {
        order[missing++] = i;
        continue;
      }
      const p = must(place.get(sign * v), 'sort place');
      place.set(sign * v, p + 1);
      order[p] = i;
    }
    const byName = (a: number, b: number) => (this.work.comparisons++, this.#compareNames(a, b));
    for (let start = 0; start < valid;) {
      let end = start + 1;
      while (end < valid && at(sortedValues, end) === at(sortedValues, start)) end++;
      if (end - start > 1) order.subarray(start, end).sort(byName);
      start = end;
    }
    if (n - valid > 1) order.subarray(valid).sort(byName);
  }

  /**
   * Rank (1 = best) of entry `index` on a column among all entries, null when its value is flagged or
   * missing. `collected` ranks by position (no ties: names break them); the rates use the KPI ranks.
   */
  rank(index: number, column: LeaderboardColumn): number | null {
    if (this.entries[index]?.qaBelow) return null;
    if (column !== 'collected') return at(this.entries, index).perf.ranks[column];
    let ranks = this.#ranks.get(column);
    if (!ranks) {
      const order = this.sorted(column, true);
      ranks = new Uint32Array(order.length);
      for (let i = 0; i < order.length; i++) ranks[at(order, i)] = i + 1;
      this.#ranks.set(column, ranks);
    }
    return at(ranks, index);
  }

  /** Largest trusted (unflagged, finite) value per number column, in `LEADERBOARD_COLUMNS` order; 0 when none. */
  maxima(): number[] {
    // One pass over the entries (the sort keys of a column are made when it is sorted, not here).
    const max = LEADERBOARD_COLUMNS.map(() => 0);
    const columns = LEADERBOARD_COLUMNS.length;
    for (const entry of this.entries)
      for (let c = 0; c < columns; c++) {
        const v = columnValue(entry, at(LEADERBOARD_COLUMNS, c));
        if (v > at(max, c)) max[c] = v; // NaN (flagged, missing) is never greater
      }
    return max;
  }

  /**
   * Positions in `order` (an array of entry indices) whose displayed name or team contains every
   * white-space separated word of `query`, case-insensitively; all positions for an empty query.
   */
  search(order: ArrayLike<number>, query: string): Uint32Array {
    const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) return indices(order.length);
    this.work.searches++;
    const hay = (this.#haystacks ??= this.entries.map((e) => `${e.display}\n${e.perf.team ?? ''}`.toLocaleLowerCase()));
    const hits: number[] = [];
    for (let p = 0; p < order.length; p++) {
      const text = at(hay, at(order, p));
      if (words.every((w) => text.includes(w))) hits.push(p);
    }
    return Uint32Array.from(hits);
  }
}
