/**
 * The equality matrix: one warehouse loaded into DuckDB, ClickHouse (chdb, in the process) and PostgreSQL
 * (the throw-away server of test/support/postgres.global.ts) answers every metric × every filter with the
 * same rows, in the same order, to the last bit; and DuckDB's answer equals the `records` adapter's (to the
 * cent, as sql-equals-records.test.ts defines it). Warehouses: the seeded portfolio and the public samples
 * (UCI, LendingClub, CFPB). Rule settings other than the defaults send compliance to its attempts SQL
 * (not the cells): compared across engines too.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { recordsResponse } from '../../src/data/records.js';
import { SEGMENT_METRICS, type Query } from '../../src/model/metrics.js';
import {
  DEFAULT_SETTINGS,
  metricParams,
  runMetric,
  SERVER_METRICS,
  sqlName,
  type MetricSettings,
} from '../../src/server/metrics.js';
import { parseQuery } from '../../src/server/query.js';
import { boundFilters } from '../../src/server/scope.js';
import { toRecordSet } from '../../src/server/seed/record-set.js';
import { simulateTables } from '../../src/server/seed/simulate.js';
import type { CanonicalTables } from '../../src/server/seed/tables.js';
import { ENGINE_NAMES, loadEverywhere, requirePostgres, type EngineSet } from './engines-support.js';
import { PUBLIC_AS_OF, publicTables } from './public-tables.js';
import { expected, normalise, queries, restrict } from './records-expected.js';
import { HOOK_DEADLINE, SMALL } from './support.js';
import { segmentQueries, segmentsAddUp, segmentsReconcile } from './segment-checks.js';

/** Metrics the public samples hold no rows for (no attempts, agents, assignments, QA checks, strategy tests, model scores, agencies). */
const PUBLIC_EMPTY: readonly string[] = [
  'agents',
  'channels',
  'compliance',
  'experiments',
  'scores',
  'quality',
  'promises',
  'contact-hours',
  'outcomes',
  'workload',
  'agencies',
  'legal',
];

/** Rule settings unlike the defaults: another zone for attempts without one, other hours and limits. */
const OTHER_RULES: MetricSettings = {
  ...DEFAULT_SETTINGS,
  vintageThresholdDays: 61,
  cn: { zone: 'America/Chicago', from: 9, until: 20, maxUnanswered: 2 },
  us: { from: 9, until: 20, maxCalls7Days: 3 },
};

interface Warehouse {
  name: string;
  tables: () => CanonicalTables;
  asOf: string;
  filters: (t: CanonicalTables) => Record<string, string | undefined>[];
  /** Metrics the records adapter cannot answer from this warehouse (engines are still compared). */
  noRecords?: readonly string[];
}

/** The seeded portfolio of the server tests, with fewer accounts (sql-equals-records.test.ts sweeps all of SMALL on DuckDB). */
const PORTFOLIO = { ...SMALL, accounts: 400 };

const WAREHOUSES: Warehouse[] = [
  {
    name: 'seeded',
    tables: () => simulateTables(PORTFOLIO),
    asOf: simulateTables(PORTFOLIO).asOf,
    filters: (t) => [...queries(t as ReturnType<typeof simulateTables>), ...segmentQueries(t)],
  },
  {
    name: 'public',
    tables: publicTables,
    asOf: PUBLIC_AS_OF,
    filters: () => [
      {},
      { interval: 'quarter' },
      { from: '2005-09', to: '2005-09' },
      { product: 'credit-card' },
      { region: 'ca', to: '2016-06' },
      { product: 'personal-loan', interval: 'year' },
      { from: '2019-02', to: '2019-10', interval: 'quarter' },
    ],
    // CFPB complaints come without the complainants' accounts, so no exposure: the adapter refuses them.
    noRecords: ['complaints'],
  },
];

for (const w of WAREHOUSES) {
  describe(`every engine answers alike: ${w.name} warehouse`, () => {
    let set: EngineSet | undefined;
    let tables: CanonicalTables;
    beforeAll(async () => {
      tables = w.tables();
      // Without PostgreSQL each test below reports it (requirePostgres: a failure in CI).
      if (inject('pgMissing')) return;
      set = await loadEverywhere(`matrix_${w.name}`, tables, w.asOf);
    }, HOOK_DEADLINE);
    afterAll(() => set?.dispose());

    for (const metric of SERVER_METRICS) {
      it(`${metric}: DuckDB = chdb = PostgreSQL = records, every filter`, async (ctx) => {
        requirePostgres(ctx);
        const engines = set!.engines;
        const records = toRecordSet(tables);
        let nonEmpty = 0;
        // A filter on a dimension the metric lacks binds the same SQL as no filter: asked once.
        const asked = new Set<string>();
        for (const raw of w.filters(tables)) {
          // Metrics without customer segments refuse the segment filter (segment.test.ts).
          if (raw.segment && !SEGMENT_METRICS.includes(metric)) continue;
          const q = parseQuery(raw);
          const filters = boundFilters(metric, q, {});
          const bound = JSON.stringify(metricParams(metric, q, filters));
          if (asked.has(bound)) continue;
          asked.add(bound);
          const label = `${w.name} ${metric} ${JSON.stringify(raw)}`;
          const [duck, ch, pg] = await Promise.all(
            ENGINE_NAMES.map((e) => runMetric(engines[e], metric, q, filters, 30_000)),
          );
          expect(ch, `${label} chdb`).toEqual(duck);
          expect(pg, `${label} postgres`).toEqual(duck);
          if (duck!.rows.length) nonEmpty++;
          if (w.noRecords?.includes(metric)) continue;
          const { interval: _i, ...rest } = raw;
          const subset = restrict(records, w.asOf, metric, q);
          const js = expected(metric, q, recordsResponse(subset, metric, rest as Query), subset);
          expect(normalise(duck!.rows), `${label} records`).toEqual(normalise(js.rows));
          if (duck!.exposure)
            expect(normalise(duck!.exposure), `${label} records exposure`).toEqual(normalise(js.exposure ?? []));
        }
        // The public samples have no attempts, agents, QA checks, strategy tests or scores: those metrics answer empty there.
        const attemptsOnly = PUBLIC_EMPTY.includes(metric);
        expect(nonEmpty, `${w.name} ${metric}: answers with rows`).toBeGreaterThan(
          w.name === 'public' ? (attemptsOnly ? -1 : 1) : 3,
        );
      });
    }

    if (w.name === 'seeded')
      it('segments: each metric filtered by every segment adds up to the unfiltered answer, and outcomes equal overdue, roll-rates and complaints per segment, on every engine', async (ctx) => {
        requirePostgres(ctx);
        for (const e of ENGINE_NAMES) {
          const run = async (metric: string, raw: Record<string, string>) => {
            const q = parseQuery(raw);
            return runMetric(set!.engines[e], metric, q, boundFilters(metric, q, {}), 30_000);
          };
          await segmentsAddUp(run, tables, `${w.name} ${e}`);
          await segmentsReconcile(run, tables, `${w.name} ${e}`);
        }
      });

    it('other rule settings (compliance from the attempts, vintage at M3+): the same on every engine', async (ctx) => {
      requirePostgres(ctx);
      const engines = set!.engines;
      expect(sqlName('compliance', {}, OTHER_RULES)).toBe('compliance');
      for (const metric of ['compliance', 'vintage'] as const) {
        for (const raw of [{}, { interval: 'quarter' }, { region: 'north', interval: 'year' }]) {
          const q = parseQuery(raw);
          const filters = boundFilters(metric, q, {});
          const [duck, ch, pg] = await Promise.all(
            ENGINE_NAMES.map((e) => runMetric(engines[e], metric, q, filters, 30_000, OTHER_RULES)),
          );
          expect(ch, `${metric} ${JSON.stringify(raw)} chdb`).toEqual(duck);
          expect(pg, `${metric} ${JSON.stringify(raw)} postgres`).toEqual(duck);
        }
      }
    });
  });
}
