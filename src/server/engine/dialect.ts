/**
 * SQL dialects: the metric and derived-table SQL (src/server/sql, seed/derived.ts) is written once, with
 * `{{fn(arg, …)}}` template functions where engines differ (dates, time zones, integer division, lists,
 * series). Each engine's dialect (dialects/*.ts) is the one place that says how it spells them, and how
 * named `$param::TYPE` placeholders become its own bind syntax.
 */
/** Bind parameter values: strings, numbers or NULL. */
export type BindValues = Record<string, string | number | null>;

/** The template functions a dialect spells; arguments and results are SQL text. */
export interface DialectFunctions {
  /** `(list IS NULL OR column is in it)` for a comma list parameter (`$products`). */
  inList(param: string, column: string): string;
  /** Label of a period start for `$interval`: `2024-03`, `2024-Q1` or `2024`. */
  label(date: string): string;
  /** `YYYY-MM` of a date. */
  month(date: string): string;
  /** Start (a date) of the month, quarter or year (`unit`: SQL text of 'month' | 'quarter' | 'year'). */
  trunc(unit: string, value: string): string;
  /** The first day of the month after a month's first day (a date). */
  nextMonth(date: string): string;
  /** A date's midnight UTC as an instant. */
  utc(date: string): string;
  /** Whole months from month `a` to month `b` (month boundaries crossed). */
  monthsBetween(a: string, b: string): string;
  /** An instant as microseconds since 1970-01-01 UTC (a 64-bit integer). */
  epochUs(instant: string): string;
  /** Microseconds since the epoch as a wall-clock timestamp read in UTC. */
  utcTs(us: string): string;
  /** UTC offset, in microseconds, of time zone `zone` at the instant `us` (microseconds since the epoch). */
  zoneOffsetUs(zone: string, us: string): string;
  /** Hour (0–23) of a wall-clock timestamp. */
  hour(ts: string): string;
  /** Days from 1970-01-01 to a date. */
  epochDay(date: string): string;
  /** Integer division of non-negative integers. */
  idiv(a: string, b: string): string;
  /** One row per integer from `from` to `to` (inclusive), in a SELECT list. */
  series(from: string, to: string): string;
  /** The date `n` days after date `d` (`n` an integer). */
  addDays(d: string, n: string): string;
  /** ISO weekday (1 Monday … 7 Sunday) of a wall-clock timestamp. */
  isoWeekday(ts: string): string;
}

/** An engine's spelling of the shared SQL. */
export interface Dialect {
  /** `duckdb`, `clickhouse` or `postgres`. */
  readonly name: 'duckdb' | 'clickhouse' | 'postgres';
  /** The template functions. */
  readonly fn: DialectFunctions;
  /** `CREATE TABLE` of a canonical table: column → type as in seed/schema.ts (DuckDB's names), its key. */
  createTable(table: string, columns: Readonly<Record<string, string>>, key: readonly string[]): string;
  /** Type names and the like after the templates are rendered (e.g. `::DOUBLE` → `::float8`). */
  finish(sql: string): string;
  /** Turns `$name` / `$name::TYPE` placeholders into the engine's bind syntax, with the values to send. */
  bind(sql: string, params: BindValues): { sql: string; values: BindValues | (string | number | null)[] };
}

/** `$name` or `$name::TYPE` placeholders (TYPE: DATE, VARCHAR, INTEGER, DOUBLE). */
export const PARAMETER = /\$([A-Za-z_][A-Za-z0-9_]*)(?:::(DATE|VARCHAR|INTEGER|DOUBLE)\b)?/g;

/** Reads a `{{name(args)}}` call starting at `start` (just past `{{`); returns its output and the end index. */
function readCall(text: string, start: number, fn: DialectFunctions): { out: string; end: number } {
  const open = text.indexOf('(', start);
  const name = text.slice(start, open).trim();
  const f = (fn as unknown as Record<string, ((...a: string[]) => string) | undefined>)[name];
  if (!f || open < 0) throw new Error(`Unknown SQL template function "${name}".`);
  const args: string[] = [];
  let current = '';
  let depth = 0;
  let i = open + 1;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      const close = text.indexOf("'", i + 1);
      current += text.slice(i, close + 1);
      i = close;
    } else if (text.startsWith('{{', i)) {
      const inner = readCall(text, i + 2, fn);
      current += inner.out;
      i = inner.end - 1;
    } else if (c === '(') {
      depth++;
      current += c;
    } else if (c === ')' && depth > 0) {
      depth--;
      current += c;
    } else if (c === ')') {
      break;
    } else if (c === ',' && depth === 0) {
      args.push(current.trim());
      current = '';
    } else current += c;
  }
  args.push(current.trim());
  if (!text.startsWith('}}', i + 1)) throw new Error(`SQL template function "${name}" is not closed by }}.`);
  if (args.length !== f.length)
    throw new Error(`SQL template function "${name}" takes ${f.length} arguments, got ${args.length}.`);
  return { out: f(...args), end: i + 3 };
}

/** Renders a SQL template for `dialect`: template functions expanded (nested calls too), then `finish`. */
export function renderSql(template: string, dialect: Dialect): string {
  let out = '';
  let i = 0;
  for (let at = template.indexOf('{{'); at >= 0; at = template.indexOf('{{', i)) {
    out += template.slice(i, at);
    const call = readCall(template, at + 2, dialect.fn);
    out += call.out;
    i = call.end;
  }
  return dialect.finish(out + template.slice(i));
}
