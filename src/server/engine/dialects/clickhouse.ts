/**
 * ClickHouse's spelling of the shared SQL (chdb in-process and a cluster over HTTP alike). Differences from
 * DuckDB handled here: `{name:Type}` bind parameters (dates as Date32, so 1900–2299 fit), per-row time
 * zones (ClickHouse takes a constant zone per function call: one branch per zone the data holds), date
 * truncation as toStartOf…, integer division, arrays for lists and series. Queries also need the settings
 * of {@link CLICKHOUSE_SETTINGS} (standard NULLs from outer joins, column names before aliases).
 */
import type { BindValues, Dialect } from '../dialect.js';
import { PARAMETER } from '../dialect.js';

/** Settings every query of the shared SQL needs on ClickHouse. */
export const CLICKHOUSE_SETTINGS = Object.freeze({
  // LEFT JOIN fills NULL (not the type's default) where there is no match, as in standard SQL.
  join_use_nulls: 1,
  // `sum(x) AS x`: inside the query `x` is the column, not the alias, as in standard SQL.
  prefer_column_name_to_alias: 1,
  // GROUP BY 1, 2 and ORDER BY 1 name SELECT positions.
  enable_positional_arguments: 1,
});

/** Sort keys that differ from the primary key: snapshots by period then account (docs/scaling.md). */
const SORT_KEYS: Record<string, readonly string[]> = {
  account_period: ['period', 'account_id'],
  contact_attempts: ['attempted_at', 'attempt_id'],
};

/** A schema type (DuckDB's names, `NOT NULL` or nullable) as a ClickHouse column type. */
function columnType(type: string): string {
  const notNull = / NOT NULL$/.test(type);
  const base = type.replace(/ NOT NULL$/, '');
  const t =
    base === 'VARCHAR'
      ? 'String'
      : base === 'DATE'
        ? 'Date'
        : base === 'INTEGER'
          ? 'Int32'
          : base === 'BIGINT'
            ? 'Int64'
            : base === 'BOOLEAN'
              ? 'Bool'
              : base === 'TIMESTAMPTZ'
                ? "DateTime64(6, 'UTC')"
                : base.startsWith('DECIMAL')
                  ? base.replace('DECIMAL', 'Decimal')
                  : base;
  return notNull ? t : `Nullable(${t})`;
}

const quote = (s: string) => `'${s.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
const TYPES: Record<string, string> = {
  DATE: 'Nullable(Date32)',
  VARCHAR: 'Nullable(String)',
  INTEGER: 'Nullable(Int64)',
  DOUBLE: 'Nullable(Float64)',
};

/**
 * The ClickHouse dialect. `zones`: the IANA time zones local times are computed in (those of
 * contact_attempts.time_zone and the rule settings); a row in any other zone stops the query with an error.
 */
export function clickHouseDialect(zones: readonly string[]): Dialect {
  const known = [...new Set(zones)].sort();
  return Object.freeze({
    name: 'clickhouse' as const,
    fn: Object.freeze({
      inList: (p: string, col: string) =>
        `(${p}::VARCHAR IS NULL OR has(splitByChar(',', assumeNotNull(${p}::VARCHAR)), ${col}))`,
      label: (d: string) =>
        `CASE $interval::VARCHAR WHEN 'quarter' THEN concat(formatDateTime(${d}, '%Y'), '-Q', toString(toQuarter(${d}))) WHEN 'year' THEN formatDateTime(${d}, '%Y') ELSE formatDateTime(${d}, '%Y-%m') END`,
      month: (d: string) => `formatDateTime(${d}, '%Y-%m')`,
      trunc: (unit: string, v: string) =>
        `multiIf(${unit} = 'quarter', toStartOfQuarter(${v}), ${unit} = 'year', toStartOfYear(${v}), toStartOfMonth(${v}))`,
      nextMonth: (d: string) => `addMonths(${d}, 1)`,
      utc: (d: string) => `toDateTime64(${d}, 6, 'UTC')`,
      monthsBetween: (a: string, b: string) => `toInt32(dateDiff('month', ${a}, ${b}))`,
      epochUs: (t: string) => `toUnixTimestamp64Micro(${t})`,
      utcTs: (us: string) => `fromUnixTimestamp64Micro(toInt64(${us}), 'UTC')`,
      zoneOffsetUs: (zone: string, us: string) => {
        const seconds = `toDateTime(intDiv(toInt64(${us}), 1000000), 'UTC')`;
        const branches = known.map((z) => `${zone} = ${quote(z)}, timeZoneOffset(toTimeZone(${seconds}, ${quote(z)}))`);
        const unknown = `toInt32(throwIf(notEmpty(${zone}) OR empty(${zone}), 'a time zone this engine was not opened with (reopen it after loading new zones)'))`;
        return `(toInt64(${branches.length ? `multiIf(${branches.join(', ')}, ${unknown})` : unknown}) * 1000000)`;
      },
      hour: (t: string) => `toHour(${t})`,
      epochDay: (d: string) => `toInt64(dateDiff('day', toDate('1970-01-01'), ${d}))`,
      idiv: (a: string, b: string) => `intDiv(${a}, ${b})`,
      series: (from: string, to: string) => `arrayJoin(range(toInt64(${from}), toInt64(${to}) + 1))`,
      addDays: (d: string, n: string) => `addDays(${d}, ${n})`,
      isoWeekday: (t: string) => `toDayOfWeek(${t})`,
    }),
    createTable(table: string, columns: Readonly<Record<string, string>>, key: readonly string[]) {
      const cols = Object.entries(columns).map(([name, type]) => `"${name}" ${columnType(type)}`);
      const order = SORT_KEYS[table] ?? key;
      return `CREATE TABLE "${table}" (${cols.join(', ')}) ENGINE = MergeTree ORDER BY (${order.map((k) => `"${k}"`).join(', ')})`;
    },
    finish: (sql: string) => sql,
    bind(sql: string, params: BindValues) {
      const out = sql.replace(PARAMETER, (_m, name: string, type: string | undefined) => {
        const value = params[name];
        if (value === undefined) throw new Error(`No value for SQL parameter $${name}.`);
        const t = type
          ? TYPES[type]
          : typeof value === 'number'
            ? Number.isInteger(value)
              ? 'Int64'
              : 'Float64'
            : 'Nullable(String)';
        return `{${name}:${t ?? 'Nullable(String)'}}`;
      });
      return { sql: out, values: params };
    },
  });
}
