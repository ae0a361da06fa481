/**
 * PostgreSQL's spelling of the shared SQL. Differences from DuckDB handled here: positional `$1` bind
 * parameters, `float8` for DOUBLE, `to_char` dates, date_trunc on timestamps (cast back to dates), epoch
 * arithmetic through intervals (exact to the microsecond), arrays for lists, set-returning series.
 * Sessions run with TimeZone UTC (engine/postgres.ts), so dates never shift.
 */
import type { BindValues, Dialect } from '../dialect.js';
import { PARAMETER } from '../dialect.js';
import { standardTable } from './duckdb.js';

const ts = (x: string) => `(${x})::timestamp`;

/** The PostgreSQL dialect. */
export const postgresDialect: Dialect = Object.freeze({
  name: 'postgres' as const,
  fn: Object.freeze({
    inList: (p: string, col: string) => `(${p}::VARCHAR IS NULL OR ${col} = ANY(string_to_array(${p}::VARCHAR, ',')))`,
    label: (d: string) =>
      `CASE $interval::VARCHAR WHEN 'quarter' THEN to_char(${ts(d)}, 'YYYY') || '-Q' || to_char(${ts(d)}, 'Q') WHEN 'year' THEN to_char(${ts(d)}, 'YYYY') ELSE to_char(${ts(d)}, 'YYYY-MM') END`,
    month: (d: string) => `to_char(${ts(d)}, 'YYYY-MM')`,
    trunc: (unit: string, v: string) => `date_trunc(${unit}, ${ts(v)})::date`,
    nextMonth: (d: string) => `((${d}) + INTERVAL '1 month')::date`,
    utc: (d: string) => `(${ts(d)} AT TIME ZONE 'UTC')`,
    monthsBetween: (a: string, b: string) =>
      `((extract(year FROM ${b}) - extract(year FROM ${a})) * 12 + extract(month FROM ${b}) - extract(month FROM ${a}))::integer`,
    epochUs: (t: string) => `(extract(epoch FROM ${t}) * 1000000)::bigint`,
    utcTs: (us: string) => `(TIMESTAMP '1970-01-01' + (${us}) * INTERVAL '1 microsecond')`,
    zoneOffsetUs: (zone: string, us: string) =>
      `((extract(epoch FROM ((TIMESTAMPTZ '1970-01-01 00:00:00+00' + (${us}) * INTERVAL '1 microsecond') AT TIME ZONE ${zone})) * 1000000)::bigint - (${us}))`,
    hour: (t: string) => `extract(hour FROM ${t})::integer`,
    epochDay: (d: string) => `((${d}) - DATE '1970-01-01')`,
    idiv: (a: string, b: string) => `((${a}) / (${b}))`,
    series: (from: string, to: string) => `generate_series(${from}, ${to})`,
    addDays: (d: string, n: string) => `((${d}) + (${n}))`,
    isoWeekday: (t: string) => `extract(isodow FROM ${t})`,
  }),
  createTable: standardTable,
  finish: (sql: string) => sql.replace(/::DOUBLE\b/g, '::float8'),
  bind(sql: string, params: BindValues) {
    const order: string[] = [];
    const out = sql.replace(PARAMETER, (_m, name: string, type: string | undefined) => {
      if (params[name] === undefined) throw new Error(`No value for SQL parameter $${name}.`);
      let k = order.indexOf(name);
      if (k < 0) k = order.push(name) - 1;
      return `$${k + 1}${type ? `::${type === 'DOUBLE' ? 'float8' : type}` : ''}`;
    });
    return { sql: out, values: order.map((n) => params[n] ?? null) };
  },
});
