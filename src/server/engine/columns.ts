/**
 * A statement's result read column by column ({@link Engine.queryColumns}): what a caller that builds its own
 * rows from many coded values (quality-rows.ts) reads, without a row object per result row in between.
 */
import type { BindValues, Engine } from './engine.js';

/** A result as columns: `rowCount` rows, each column's values in row order, by column name. */
export interface ResultColumns {
  /** Rows of the result. */
  readonly rowCount: number;
  /** Each column's values (`rowCount` of them), by the statement's column name. */
  readonly columns: Readonly<Record<string, readonly unknown[]>>;
}

/**
 * `rows` (as {@link Engine.query} answers) as columns, named by the first row's keys (no row: no column).
 * @example columnsOfRows([{ a: 1 }, { a: 2 }]); // { rowCount: 2, columns: { a: [1, 2] } }
 */
export function columnsOfRows(rows: readonly Record<string, unknown>[]): ResultColumns {
  const columns: Record<string, unknown[]> = {};
  for (const name of Object.keys(rows[0] ?? {})) columns[name] = rows.map((r) => r[name]);
  return { rowCount: rows.length, columns };
}

/**
 * Runs `sql` on `engine` and reads its result as columns: the engine's own reader when it has one
 * (DuckDB's typed vectors), else its rows turned into columns.
 * @example const { rowCount, columns } = await queryColumns(engine, 'SELECT 1::DOUBLE AS a', {}, 10_000);
 */
export async function queryColumns(
  engine: Engine,
  sql: string,
  params: BindValues,
  timeoutMs: number,
): Promise<ResultColumns> {
  if (engine.queryColumns) return engine.queryColumns(sql, params, timeoutMs);
  return columnsOfRows(await engine.query(sql, params, timeoutMs));
}

/**
 * Column `name` of `result`; throws naming `what` (the statement) when it lacks one although it has rows.
 * @example column(columnsOfRows([{ a: 1 }]), 'a', 'x.sql'); // [1]
 */
export function column(result: ResultColumns, name: string, what: string): readonly unknown[] {
  const values = result.columns[name];
  if (values) return values;
  if (result.rowCount === 0) return [];
  throw new Error(`${what} sent no column ${name}.`);
}
