/**
 * The DuckDB engine reads results chunk by chunk (engine/duckdb.ts rowObjects, and columnValues for
 * queryColumns): every metric's SQL file answers through it exactly what `@duckdb/node-api`'s own getRowObjectsJS
 * gives for the same statement (as rows, and as columns), and a value of each type the reader handles itself or
 * converts (numbers, text, booleans, NULL, BIGINT, DATE, DECIMAL) too.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import type { BindValues } from '../../src/server/engine/engine.js';
import { columnsOfRows } from '../../src/server/engine/columns.js';
import { loadDuckDb } from '../../src/server/engine/load-duckdb.js';
import { metricParams, metricSql, namedParams } from '../../src/server/metrics.js';
import { boundFilters } from '../../src/server/scope.js';
import { HOOK_DEADLINE, seededFixture, type Fixture } from './support.js';

let fx: Fixture;
let db: DuckDBInstance;
let c: DuckDBConnection;
beforeAll(async () => {
  fx = await seededFixture();
  const { DuckDBInstance } = await loadDuckDb();
  db = await DuckDBInstance.create(fx.file, { access_mode: 'READ_ONLY' });
  c = await db.connect();
}, HOOK_DEADLINE);
afterAll(() => {
  c?.closeSync();
  db?.closeSync();
  fx?.dispose();
});

/** The metric each SQL file serves (its parameters), by file name. */
const metricOf = (file: string) =>
  file === 'complaints-exposure'
    ? 'complaints'
    : file.startsWith('compliance-cn-rules')
      ? 'compliance-cn-rules'
      : file === 'quality-agents' || file.startsWith('quality')
        ? 'quality'
        : file.replace(/-cells(-month)?$/, '');

/** The engine's queryColumns (DuckDB's own reader: it must have one). */
function queryColumns(sql: string, values: BindValues) {
  const read = fx.engine.queryColumns;
  if (!read) throw new Error('the DuckDB engine has no queryColumns');
  return read(sql, values, 60_000);
}

it("every metric's SQL file: the engine's rows equal getRowObjectsJS's, and its columns those rows'", async () => {
  const files = readdirSync(new URL('../../src/server/sql/', import.meta.url))
    .filter((f) => f.endsWith('.sql') && !f.startsWith('_'))
    .map((f) => f.slice(0, -'.sql'.length));
  let rows = 0;
  for (const file of files) {
    const metric = metricOf(file);
    const params = metricParams(
      metric,
      {},
      boundFilters(metric === 'compliance-cn-rules' ? 'compliance' : metric, {}, {}),
    );
    if (metric === 'promises') params.as_of = (await fx.engine.asOf()).slice(0, 10);
    const sql = metricSql(file);
    const values = namedParams(sql, params);
    const got = await fx.engine.query(sql, values, 60_000);
    expect(got, file).toEqual((await c.runAndReadAll(sql, values)).getRowObjectsJS());
    expect(await queryColumns(sql, values), file).toEqual(columnsOfRows(got));
    rows += got.length;
  }
  expect(files.length).toBeGreaterThan(25);
  expect(rows).toBeGreaterThan(3_000);
});

it('values of every kind, NULLs among them, over more than one chunk', async () => {
  const sql = `SELECT i::DOUBLE / 4 AS d, i::INTEGER AS n, 'r' || i AS s, i % 3 = 0 AS b, i::BIGINT AS big,
                      DATE '2024-01-01' + i::INTEGER AS day, (i / 100)::DECIMAL(18, 2) AS cents,
                      CASE WHEN i % 5 = 0 THEN NULL ELSE i END::DOUBLE AS maybe, CASE WHEN i % 7 = 0 THEN NULL ELSE 'x' END AS t
               FROM range(5000) r(i) ORDER BY i`;
  const got = await fx.engine.query(sql, {}, 60_000);
  expect(got).toHaveLength(5000);
  expect(got).toEqual((await c.runAndReadAll(sql)).getRowObjectsJS());
  expect(got[4999]).toMatchObject({ d: 1249.75, n: 4999, s: 'r4999', b: false, big: 4999n, maybe: 4999, t: 'x' });
  expect(got[35]).toMatchObject({ maybe: null, t: null, b: false });
  expect(await queryColumns(sql, {})).toEqual(columnsOfRows(got));
});

it('columns of a result without rows: every column, empty', async () => {
  const got = await queryColumns(`SELECT 1::DOUBLE AS a, 'x' AS b WHERE false`, {});
  expect(got).toEqual({ rowCount: 0, columns: { a: [], b: [] } });
});
