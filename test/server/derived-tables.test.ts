/**
 * The derived tables (src/server/seed/derived.ts) change speed, never answers: a database without them (a
 * bank's views, an older seed) gets them as views of the same SQL, and every metric answers the same as from
 * the seeded file that stores them. sql-equals-records.test.ts pins the stored ones to the records adapter.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Engine } from '../../src/server/engine/engine.js';
import { openDuckDb } from '../../src/server/engine/duckdb.js';
import { loadDuckDb } from '../../src/server/engine/load-duckdb.js';
import {
  DEFAULT_SETTINGS,
  metricParams,
  metricSql,
  runMetric,
  SERVER_METRICS,
  sqlName,
  type MetricSettings,
} from '../../src/server/metrics.js';
import { parseQuery } from '../../src/server/query.js';
import { boundFilters } from '../../src/server/scope.js';
import { DERIVED_TABLE_NAMES } from '../../src/server/seed/derived.js';
import { HOOK_DEADLINE, seededFixture, type Fixture } from './support.js';

let fx: Fixture;
let bare: Engine;

beforeAll(async () => {
  fx = await seededFixture();
  const file = join(fx.dir, 'bare.duckdb');
  copyFileSync(fx.file, file);
  const { DuckDBInstance } = await loadDuckDb();
  const db = await DuckDBInstance.create(file);
  const c = await db.connect();
  for (const name of DERIVED_TABLE_NAMES) await c.run(`DROP TABLE "${name}"`);
  c.closeSync();
  db.closeSync();
  bare = await openDuckDb(file, { connections: 2, threads: 1 });
}, HOOK_DEADLINE);
afterAll(() => {
  bare?.close();
  fx?.dispose();
});

it('the seed stores every derived table', async () => {
  const rows = await fx.engine.query(`SELECT table_name AS name FROM duckdb_tables()`, {}, 10_000);
  expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(DERIVED_TABLE_NAMES));
});

it('without the derived tables channels and compliance read the attempts (cells as views would compute every grain per request)', () => {
  expect([...(bare.storedDerived ?? ['?'])]).toEqual([]);
  expect([...(fx.engine.storedDerived ?? [])].sort()).toEqual([...DERIVED_TABLE_NAMES].sort());
  expect(sqlName('channels', {}, DEFAULT_SETTINGS, bare.storedDerived)).toBe('channels');
  expect(sqlName('compliance', {}, DEFAULT_SETTINGS, bare.storedDerived)).toBe('compliance');
  expect(sqlName('compliance', {}, DEFAULT_SETTINGS, fx.engine.storedDerived)).toBe('compliance-cells');
});

it('without the derived tables every metric answers the same (views of their SQL)', async () => {
  const queries = [
    '',
    'from=2024-03&to=2024-08',
    'region=north',
    'product=auto&from=2024-02',
    'to=2024-06&interval=quarter',
    'interval=year',
  ];
  for (const metric of SERVER_METRICS) {
    for (const qs of queries) {
      const q = parseQuery(Object.fromEntries(new URLSearchParams(qs)));
      const filters = boundFilters(metric, q, {});
      const stored = await runMetric(fx.engine, metric, q, filters, 60_000);
      const viewed = await runMetric(bare, metric, q, filters, 60_000);
      expect(viewed, `${metric}?${qs}`).toEqual(stored);
    }
  }
});

it('channels and compliance answer the same from their cells as from the attempts, for any rule settings', async () => {
  const variants: MetricSettings[] = [
    DEFAULT_SETTINGS,
    {
      ...DEFAULT_SETTINGS,
      cn: { ...DEFAULT_SETTINGS.cn, from: 9, until: 20, maxUnanswered: 1 },
      us: { from: 7, until: 22, maxCalls7Days: 1 },
    },
    {
      ...DEFAULT_SETTINGS,
      cn: { ...DEFAULT_SETTINGS.cn, maxUnanswered: 0 },
      us: { ...DEFAULT_SETTINGS.us, maxCalls7Days: 2 },
    },
  ];
  const queries = [
    '',
    'from=2024-03&to=2024-08',
    'region=north',
    'product=auto&from=2024-02',
    'to=2024-06&interval=quarter',
    'interval=year',
  ];
  let cells = 0;
  for (const settings of variants) {
    for (const metric of ['channels', 'compliance']) {
      for (const qs of queries) {
        const q = parseQuery(Object.fromEntries(new URLSearchParams(qs)));
        const filters = boundFilters(metric, q, {});
        if (sqlName(metric, q, settings) !== metric) cells++;
        const fromCells = await runMetric(fx.engine, metric, q, filters, 60_000, settings);
        const raw = await fx.engine.query(metricSql(metric), metricParams(metric, q, filters, settings), 60_000);
        // compliance adds the rules that read the attempts whatever the cells (compliance-cn-rules.sql)
        if (metric === 'compliance')
          raw.push(
            ...(await fx.engine.query(
              metricSql('compliance-cn-rules'),
              metricParams('compliance-cn-rules', q, filters, settings),
              60_000,
            )),
          );
        expect(fromCells.rows, `${metric}?${qs}`).toEqual(raw);
      }
    }
  }
  expect(cells).toBeGreaterThan(20);
  // Another default zone: the cells' local times do not apply, the attempts are read.
  expect(sqlName('compliance', {}, { ...DEFAULT_SETTINGS, cn: { ...DEFAULT_SETTINGS.cn, zone: 'Europe/Paris' } })).toBe(
    'compliance',
  );
});
