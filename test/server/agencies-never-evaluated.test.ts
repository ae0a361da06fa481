/**
 * `agencies` for an agency not yet evaluated in a period answers without `lastEvaluation` on ClickHouse too
 * (chdb), as on the other engines: its cast of a NULL date to a non-Nullable String threw (CANNOT_INSERT_NULL_IN_ORDINARY_COLUMN) —
 * found by the bench's generated agencies, of which some are first evaluated after their first events.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openChdb } from '../../src/server/engine/clickhouse.js';
import type { Engine } from '../../src/server/engine/engine.js';
import { runMetric } from '../../src/server/metrics.js';
import { parseQuery } from '../../src/server/query.js';
import { boundFilters } from '../../src/server/scope.js';
import { chdbWriter, loadWarehouse, zonesIn } from '../../src/server/seed/load.js';
import { TABLE_NAMES, type AgencyEventRow, type CanonicalTables } from '../../src/server/seed/tables.js';
import { HOOK_DEADLINE } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'collectkit-agencies-null-'));
let engine: Engine | undefined;

/** One placement a month (January, February 2024) by each of two agencies; only `anhe` evaluated, on 15 January. */
const EVENTS: AgencyEventRow[] = ['2024-01-10', '2024-02-10'].flatMap((day, i) =>
  ['anhe', 'huaxin'].map((agency, j) => ({
    event_id: i * 2 + j,
    account_id: `AC${j}`,
    agency,
    kind: 'placement',
    occurred_on: day,
    amount: 100,
    commission: 0,
    violating: false,
    product: 'auto',
    region: 'east',
  })),
);

beforeAll(async () => {
  // Every other table empty: the engine wants the whole warehouse (and its derived tables) present.
  const tables = {
    ...(Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as CanonicalTables),
    agency_events: EVENTS,
    agency_evaluations: [{ agency: 'anhe', evaluated_on: '2024-01-15' }],
  };
  const writer = await chdbWriter(join(dir, 'ch'), zonesIn(tables));
  await loadWarehouse(writer, tables, '2024-02-29T23:59:59Z');
  await writer.close();
  engine = await openChdb(join(dir, 'ch'));
}, HOOK_DEADLINE);
afterAll(() => {
  engine?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('chdb: no lastEvaluation for the never-evaluated agency, the evaluation day for the other', async () => {
  if (!engine) throw new Error('chdb did not open');
  const q = parseQuery({});
  const { rows } = await runMetric(engine, 'agencies', q, boundFilters('agencies', q, {}), 30_000);
  // runMetric drops a NULL lastEvaluation (the response's "no lastEvaluation").
  expect(rows.map((r) => [r['period'], r['agency'], 'lastEvaluation' in r ? r['lastEvaluation'] : 'absent'])).toEqual([
    ['2024-01', 'anhe', '2024-01-15'],
    ['2024-01', 'huaxin', 'absent'],
    ['2024-02', 'anhe', '2024-01-15'],
    ['2024-02', 'huaxin', 'absent'],
  ]);
});
