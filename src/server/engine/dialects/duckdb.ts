/** DuckDB's spelling of the shared SQL (the reference: the results every other engine must equal). */
import type { BindValues, Dialect } from '../dialect.js';

/** `CREATE TABLE` with the schema's own type names and a primary key (DuckDB and PostgreSQL take them as they are). */
export function standardTable(
  table: string,
  columns: Readonly<Record<string, string>>,
  key: readonly string[],
): string {
  const cols = Object.entries(columns).map(([name, type]) => `"${name}" ${type}`);
  if (key.length) cols.push(`PRIMARY KEY (${key.map((k) => `"${k}"`).join(', ')})`);
  return `CREATE TABLE "${table}" (${cols.join(', ')})`;
}

/** The DuckDB dialect: named `$param` binding as DuckDB takes it. */
export const duckDbDialect: Dialect = Object.freeze({
  name: 'duckdb' as const,
  fn: Object.freeze({
    inList: (p: string, col: string) =>
      `(${p}::VARCHAR IS NULL OR list_contains(string_split(${p}::VARCHAR, ','), ${col}))`,
    label: (d: string) =>
      `CASE $interval::VARCHAR WHEN 'quarter' THEN strftime(${d}, '%Y') || '-Q' || quarter(${d}) WHEN 'year' THEN strftime(${d}, '%Y') ELSE strftime(${d}, '%Y-%m') END`,
    month: (d: string) => `strftime(${d}, '%Y-%m')`,
    trunc: (unit: string, v: string) => `date_trunc(${unit}, ${v})`,
    nextMonth: (d: string) => `CAST(${d} + INTERVAL 1 MONTH AS DATE)`,
    utc: (d: string) => `timezone('UTC', (${d})::TIMESTAMP)`,
    monthsBetween: (a: string, b: string) => `datediff('month', ${a}, ${b})`,
    epochUs: (t: string) => `epoch_us(${t})`,
    utcTs: (us: string) => `make_timestamp(${us})`,
    zoneOffsetUs: (zone: string, us: string) => `(epoch_us(timezone(${zone}, make_timestamptz(${us}))) - (${us}))`,
    hour: (t: string) => `hour(${t})`,
    epochDay: (d: string) => `datediff('day', DATE '1970-01-01', ${d})`,
    idiv: (a: string, b: string) => `(${a} // ${b})`,
    series: (from: string, to: string) => `unnest(generate_series(${from}, ${to}))`,
    addDays: (d: string, n: string) => `CAST(${d} + ${n} AS DATE)`,
    isoWeekday: (t: string) => `extract(isodow FROM ${t})`,
  }),
  createTable: standardTable,
  finish: (sql: string) => sql,
  bind: (sql: string, params: BindValues) => ({ sql, values: params }),
});
