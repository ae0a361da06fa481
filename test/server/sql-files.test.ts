/**
 * SQL fragments (src/server/sql-files.ts): `{{> name(args)}}` stands for sql/_name.sql with its arguments, so
 * statements share one text; every SQL file expands completely and renders in every dialect.
 */
import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderSql } from '../../src/server/engine/dialect.js';
import { clickHouseDialect } from '../../src/server/engine/dialects/clickhouse.js';
import { duckDbDialect } from '../../src/server/engine/dialects/duckdb.js';
import { postgresDialect } from '../../src/server/engine/dialects/postgres.js';
import { DERIVED_TEMPLATES } from '../../src/server/seed/derived.js';
import { expandIncludes, sqlTemplate } from '../../src/server/sql-files.js';

const DIALECTS = [duckDbDialect, clickHouseDialect(['Asia/Shanghai']), postgresDialect];

it('a fragment stands in with its arguments, its own comments left out', () => {
  expect(expandIncludes('WHERE {{> in-days(due_on)}}')).toBe(
    'WHERE ($from::DATE IS NULL OR due_on >= $from::DATE)\n    AND ($to::DATE IS NULL OR due_on < {{nextMonth($to::DATE)}})',
  );
  expect(expandIncludes('{{> in-dims(a.product, a.region)}}')).toBe(
    '{{inList($products, a.product)}}\n    AND {{inList($regions, a.region)}}',
  );
  // fragments include fragments: cn-rule-cells passes its zone on to cn-attempts
  const cells = expandIncludes(`{{> cn-rule-cells('Asia/Shanghai')}}`);
  expect(cells).toContain(`coalesce(time_zone, 'Asia/Shanghai') AS zone`);
  expect(cells).not.toMatch(/\{\{[>@]|^--/m);
});

it('a fragment without its argument, or one that does not exist, is an error naming it', () => {
  expect(() => expandIncludes('{{> in-days}}')).toThrow('SQL fragment _in-days.sql wants argument 1.');
  expect(() => expandIncludes('{{> no-such-piece}}')).toThrow(/_no-such-piece\.sql/);
});

it('every SQL file and derived table expands completely and renders in DuckDB, ClickHouse and PostgreSQL', () => {
  const files = readdirSync(new URL('../../src/server/sql/', import.meta.url))
    .filter((f) => f.endsWith('.sql') && !f.startsWith('_'))
    .map((f) => f.slice(0, -'.sql'.length));
  expect(files).toEqual(expect.arrayContaining(['compliance-cn-rules-cells', 'quality-cells', 'promises-cells']));
  const templates = [...files.map(sqlTemplate), ...Object.values(DERIVED_TEMPLATES)];
  for (const template of templates) {
    expect(template).not.toMatch(/\{\{[>@]/);
    for (const dialect of DIALECTS) expect(renderSql(template, dialect)).not.toContain('{{');
  }
});
