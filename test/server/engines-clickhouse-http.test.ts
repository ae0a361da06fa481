/**
 * `clickhouse:http://…`: the seeded warehouse loaded through @clickhouse/client (collectkit seed --db) and
 * served over ClickHouse's HTTP interface (a loopback server answered by ClickHouse in the process,
 * fake-clickhouse.ts) gives the DuckDB file's answers for every metric; bind values travel as `param_*`
 * and time limits as max_execution_time, never in the SQL text.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/server/cli.js';
import { openDuckDb } from '../../src/server/engine/duckdb.js';
import type { Engine } from '../../src/server/engine/engine.js';
import { openEngine } from '../../src/server/engine/open.js';
import { runMetric, SERVER_METRICS } from '../../src/server/metrics.js';
import { parseQuery } from '../../src/server/query.js';
import { boundFilters } from '../../src/server/scope.js';
import { startFakeClickHouse, type FakeClickHouse } from './fake-clickhouse.js';
import { HOOK_DEADLINE } from './support.js';

const SEED = ['--accounts', '300', '--months', '6', '--seed', '9', '--start', '2024-01'];
const dir = mkdtempSync(join(tmpdir(), 'collectkit-ch-http-'));
let fake: FakeClickHouse;
let duck: Engine;
let ch: Engine;

beforeAll(async () => {
  vi.spyOn(console, 'log').mockImplementation(() => {});
  fake = await startFakeClickHouse();
  expect(await main(['seed', '--out', join(dir, 'w.duckdb'), ...SEED])).toBe(0);
  expect(
    await main(['seed', '--db', `clickhouse:http://collectkit:s3cret@${fake.origin.slice(7)}/warehouse`, ...SEED]),
  ).toBe(0);
  duck = await openDuckDb(join(dir, 'w.duckdb'), { connections: 1, threads: 1 });
  ch = await openEngine(`clickhouse:http://collectkit:s3cret@${fake.origin.slice(7)}/warehouse`);
}, HOOK_DEADLINE);
afterAll(async () => {
  vi.restoreAllMocks();
  ch?.close();
  duck?.close();
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('clickhouse:http://… through @clickhouse/client', () => {
  it('every metric answers as on DuckDB; asOf from collectkit_meta', async () => {
    expect(ch.name).toBe('clickhouse');
    expect(await ch.asOf()).toBe(await duck.asOf());
    for (const metric of SERVER_METRICS) {
      for (const raw of [{}, { interval: 'quarter', region: 'south' }, { from: '2024-03', to: '2024-04' }]) {
        const q = parseQuery(raw);
        const f = boundFilters(metric, q, {});
        const [a, b] = await Promise.all([runMetric(duck, metric, q, f, 30_000), runMetric(ch, metric, q, f, 30_000)]);
        expect(b, `${metric} ${JSON.stringify(raw)}`).toEqual(a);
      }
    }
  });

  it('bind values never enter the SQL text; a hostile value is data', async () => {
    const before = fake.log.length;
    const q = parseQuery({ region: 'south' });
    await runMetric(ch, 'overdue', q, boundFilters('overdue', q, {}), 30_000);
    const hostile = "a'; DROP TABLE agents; --";
    await expect(ch.query('SELECT $v::VARCHAR AS v', { v: hostile }, 5_000)).resolves.toEqual([{ v: hostile }]);
    const sent = fake.log.slice(before).join('\n');
    expect(sent).toMatch(/\{regions:Nullable\(String\)\}/);
    expect(sent).not.toMatch(/south|DROP TABLE/);
    expect(Number((await ch.query('SELECT count() AS n FROM agents', {}, 5_000))[0]?.n)).toBe(40);
  });
});
