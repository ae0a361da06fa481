/**
 * collectkit/server (Node only): the reference backend. Serves the REST contract (docs/openapi.json) from
 * SQL on the canonical warehouse tables (docs/warehouse-schema.md), on an embedded DuckDB by default.
 *
 * @example
 * import { createApp, openDuckDb, tokenScope } from 'collectkit/server';
 * const app = await createApp({ engine: await openDuckDb('portfolio.duckdb'), scope: tokenScope({ t0k3n: 'region=north' }) });
 * await app.listen({ port: 8787 });
 */
export { createApp, type AppOptions } from './http/app.js';
export { openDuckDb, type DuckDbOptions } from './engine/duckdb.js';
export { StatementTimeoutError, type BindValues, type Engine } from './engine/engine.js';
export { RequestError } from './errors.js';
export { UsageError } from './usage-error.js';
export {
  DEFAULT_SETTINGS,
  metricParams,
  metricSql,
  runMetric,
  SERVER_METRICS,
  sqlName,
  wholePeriods,
  type MetricSettings,
  type MetricRowsResult,
} from './metrics.js';
export { parseQuery, QUERY_LIMITS, QUERY_PARAMETERS, QUERY_SCHEMA, type ServerQuery } from './query.js';
export {
  boundFilters,
  headerScope,
  METRIC_DIMENSIONS,
  parseScope,
  SCOPE_DIMENSIONS,
  tokenScope,
  type BoundFilters,
  type Scope,
  type ScopeDimension,
  type ScopeHook,
  type ScopeRequest,
} from './scope.js';
export { pseudonymizer, redactAgents } from './redact.js';
export { ResultCache, etagMatches, resultEtag, type CachedResult } from './cache.js';
export { seedDuckDb, type SeedOptions } from './seed/seed.js';
export { simulateTables, type SimulateOptions, type SimulatedPortfolio } from './seed/simulate.js';
export { writeTables, type WriteOptions } from './seed/write-duckdb.js';
export { toRecordSet, type DimensionedRecords, type Dimensions } from './seed/record-set.js';
export { CANONICAL_SCHEMA, PRIMARY_KEYS, createTableSql } from './seed/schema.js';
export { TABLE_NAMES, type CanonicalTables } from './seed/tables.js';
export { createDerivedTableSql, DERIVED_TABLE_NAMES, DERIVED_TABLES } from './seed/derived.js';
export type * from './seed/tables.js';
export { main } from './cli.js';
export { openChdb, openClickHouse, type ChdbOptions } from './engine/clickhouse.js';
export { openPostgres, type PostgresOptions } from './engine/postgres.js';
export { openEngine, DB_FORMS } from './engine/open.js';
export { renderSql, type Dialect, type DialectFunctions } from './engine/dialect.js';
export { duckDbDialect } from './engine/dialects/duckdb.js';
export { clickHouseDialect, CLICKHOUSE_SETTINGS } from './engine/dialects/clickhouse.js';
export { postgresDialect } from './engine/dialects/postgres.js';
export { mergeResponses, type MergeOptions, type MetricResponse } from './merge.js';
export { metricTemplate } from './metrics.js';
export { DERIVED_KEYS, DERIVED_TEMPLATES } from './seed/derived.js';
export {
  buildDerived,
  chdbWriter,
  clickHouseWriter,
  loadWarehouse,
  POSTGRES_INDEXES,
  postgresWriter,
  writerFor,
  zonesIn,
  type WarehouseWriter,
} from './seed/load.js';
export { seedDatabase, type SeedDatabaseOptions } from './seed/seed-database.js';
