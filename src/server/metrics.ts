/**
 * The contract's metrics in SQL: one file per metric under `sql/` (plus the complaints exposure), read once,
 * run with bind parameters only. Bucket edges and contact-rule settings are parameters too.
 */
import { DEFAULT_BUCKETS, type BucketConfig } from '../model/buckets.js';
import { METRICS } from '../model/metrics.js';
import { renderSql, type Dialect } from './engine/dialect.js';
import { duckDbDialect } from './engine/dialects/duckdb.js';
import type { Engine, BindValues } from './engine/engine.js';
import { RequestError } from './errors.js';
import type { ServerQuery } from './query.js';
import { qualityRows } from './quality-rows.js';
import { queryColumns } from './engine/columns.js';
import type { BoundFilters } from './scope.js';
import { DERIVED_DEFAULT_ZONE, WORKLOAD_CELL_EDGES } from './seed/derived.js';
import { sqlTemplate } from './sql-files.js';

/** Metrics this server answers (every metric of docs/openapi.json). */
export const SERVER_METRICS: typeof METRICS = METRICS;

/** Settings bound into the SQL: buckets (8, the last open-ended), vintage threshold, contact rules. */
export interface MetricSettings {
  buckets: BucketConfig;
  /** Vintage: delinquent at or past this many days past due (default 31, M2+). */
  vintageThresholdDays: number;
  cn: { zone: string; from: number; until: number; maxUnanswered: number };
  us: { from: number; until: number; maxCalls7Days: number };
  /** cn-gbt-2025: zone of attempts without one, allowed hours, conversations per debtor-day, failed calls before a third party. */
  gbt?: { zone: string; from: number; until: number; maxConversations: number; failedBefore: number };
  /** cn-cba-2026: failed calls to the debtor before a third party (3). */
  cnFailedBefore?: number;
}

/** The cn-gbt-2025 preset: Beijing time, calls 08–22, three conversations a debtor-day, one failed call before a third party. */
const DEFAULT_GBT = Object.freeze({ zone: 'Asia/Shanghai', from: 8, until: 22, maxConversations: 3, failedBefore: 1 });

/** The defaults of `src/kpi` (DEFAULT_BUCKETS, M2+, the cn-cba-2026 and us-reg-f presets). */
export const DEFAULT_SETTINGS: MetricSettings = Object.freeze({
  buckets: DEFAULT_BUCKETS,
  vintageThresholdDays: 31,
  cn: { zone: 'Asia/Shanghai', from: 8, until: 22, maxUnanswered: 6 },
  us: { from: 8, until: 21, maxCalls7Days: 7 },
  gbt: DEFAULT_GBT,
  cnFailedBefore: 3,
});

/** The cn-gbt-2025 settings and the cn-cba-2026 third-party setting of `settings`, defaults where absent. */
function cnRuleParams(settings: MetricSettings): BindValues {
  const gbt = settings.gbt ?? DEFAULT_GBT;
  return {
    gbt_zone: gbt.zone,
    gbt_from: gbt.from,
    gbt_until: gbt.until,
    gbt_conversations: gbt.maxConversations,
    gbt_failed: gbt.failedBefore,
    cn_failed: settings.cnFailedBefore ?? 3,
  };
}

const cache = new Map<string, string>();

/** Template of `sql/<name>.sql` (read once, fragments included: sql-files.ts): SQL with the template functions of engine/dialect.ts. */
export function metricTemplate(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = sqlTemplate(name);
    cache.set(name, text);
  }
  return text;
}

/** SQL of `sql/<name>.sql` in `dialect` (default DuckDB's). */
export function metricSql(name: string, dialect: Dialect = duckDbDialect): string {
  return renderSql(metricTemplate(name), dialect);
}

const firstDay = (month: string | undefined) => (month ? `${month}-01` : null);
const list = (values: readonly string[] | null) => (values ? values.join(',') : null);

function bucketParams(buckets: BucketConfig): BindValues {
  if (buckets.length !== 8 || buckets.slice(0, 7).some((b) => b.maxDays === null))
    throw new Error('The SQL metrics take 8 buckets, the last one open-ended.');
  const out: BindValues = {};
  buckets.forEach((b, i) => {
    out[`b${i}`] = b.code;
    if (i < 7 && b.maxDays !== null) out[`e${i}`] = b.maxDays; // (checked above: the first 7 have one)
  });
  return out;
}

/** Bind values of `metric` (or of the SQL `compliance-cn-rules`) for a query and its scoped filters. */
export function metricParams(
  metric: string,
  query: ServerQuery,
  filters: BoundFilters,
  settings: MetricSettings = DEFAULT_SETTINGS,
): BindValues {
  const base: BindValues = { from: firstDay(query.from), to: firstDay(query.to) };
  const dims: BindValues = { products: list(filters.product), regions: list(filters.region) };
  const interval: BindValues = { interval: query.interval ?? 'month' };
  switch (metric) {
    case 'overdue':
    case 'roll-rates':
      return { ...base, ...dims, ...interval, ...bucketParams(settings.buckets), segments: query.segment ?? null };
    case 'vintage':
      return { ...base, ...dims, threshold: settings.vintageThresholdDays };
    case 'agents':
      return { ...base, teams: list(filters.team), regions: list(filters.region) };
    case 'quality':
      return { ...base, ...interval, teams: list(filters.team), regions: list(filters.region) };
    case 'compliance':
      return {
        ...base,
        ...dims,
        ...interval,
        cn_zone: settings.cn.zone,
        cn_from: settings.cn.from,
        cn_until: settings.cn.until,
        cn_unanswered: settings.cn.maxUnanswered,
        us_from: settings.us.from,
        us_until: settings.us.until,
        us_calls: settings.us.maxCalls7Days,
      };
    case 'compliance-cn-rules':
      return { ...base, ...dims, ...interval, ...cnRuleParams(settings) };
    case 'complaints':
    case 'outcomes':
      return { ...base, ...dims, ...interval, segments: query.segment ?? null };
    case 'channels':
    case 'experiments':
    case 'scores':
      return { ...base, ...dims, ...interval };
    case 'recovery':
    case 'legal':
      return { ...base, ...dims };
    case 'contact-hours':
      return { ...base, ...dims, ...interval, teams: list(filters.team) };
    case 'workload':
      return {
        ...base,
        ...interval,
        teams: list(filters.team),
        regions: list(filters.region),
        ...bucketParams(settings.buckets),
      };
    case 'promises':
      return {
        ...base,
        ...dims,
        ...interval,
        teams: list(filters.team),
        grace: query.grace === undefined ? 0 : Number(query.grace),
      };
    case 'agencies':
      return { ...base, ...dims, ...interval, agency: query.agency ?? null };
    default:
      throw new RequestError(404, `Unknown metric "${metric.slice(0, 40)}".`);
  }
}

/**
 * True when [from, to] covers whole periods of the query's interval (always for months): then the channel
 * cells' distinct accounts per period are those of the range, and channels reads channel_cells.
 */
export function wholePeriods(query: ServerQuery): boolean {
  const months = query.interval === 'quarter' ? 3 : query.interval === 'year' ? 12 : 1;
  const m = (s: string) => Number(s.slice(5, 7)) - 1;
  return (!query.from || m(query.from) % months === 0) && (!query.to || m(query.to) % months === months - 1);
}

/** True when `settings`' buckets have the edges workload_cells were built with. */
function defaultEdges(settings: MetricSettings): boolean {
  return WORKLOAD_CELL_EDGES.every((e, i) => settings.buckets[i]?.maxDays === e);
}

/**
 * The SQL file of `metric` (or of `compliance-cn-rules`): channels, compliance, agents, contact-hours, quality
 * and promises read their derived cells (seed/derived.ts) when the database stores them (`stored`; absent: all)
 * and they hold the answer (whole periods; the cells' default zone; no grace days), else the canonical tables.
 * Same rows either way.
 */
export function sqlName(
  metric: string,
  query: ServerQuery,
  settings: MetricSettings = DEFAULT_SETTINGS,
  stored?: ReadonlySet<string>,
): string {
  // Cells that are only a view of their SQL would compute every grain / distribution per request: read the attempts.
  const has = (table: string) => !stored || stored.has(table);
  if (metric === 'channels' && wholePeriods(query) && has('channel_cells')) return 'channels-cells';
  if (metric === 'compliance' && settings.cn.zone === DERIVED_DEFAULT_ZONE && has('compliance_cells'))
    return 'compliance-cells';
  if (metric === 'agents' && has('agent_cells')) return 'agents-cells';
  if (metric === 'contact-hours' && has('contact_hour_cells')) return 'contact-hours-cells';
  // By month the cells are quality's rows (quality-cells-month.sql, coded: quality-rows.ts); quarters and years sum them.
  if (metric === 'quality' && has('quality_cells'))
    return (query.interval ?? 'month') === 'month' ? 'quality-cells-month' : 'quality-cells';
  // workload_cells count outcomes with the default buckets' edges.
  if (metric === 'workload' && has('workload_cells') && defaultEdges(settings)) return 'workload-cells';
  // promise_cells hold the outcomes with no grace days.
  if (metric === 'promises' && Number(query.grace ?? 0) === 0 && has('contact_hour_cells') && has('promise_cells'))
    return 'promises-cells';
  // cn_rule_cells and cn_talk_cells hold local times of attempts without a zone in the cells' default zone.
  if (
    metric === 'compliance-cn-rules' &&
    (settings.gbt?.zone ?? DERIVED_DEFAULT_ZONE) === DERIVED_DEFAULT_ZONE &&
    has('cn_rule_cells') &&
    has('cn_talk_cells')
  )
    return 'compliance-cn-rules-cells';
  // outcome_cells keep every dimension outcomes filters by: any query sums whole cells.
  if (metric === 'outcomes' && has('outcome_cells')) return 'outcomes-cells';
  return metric;
}

/**
 * The bind values `sql` names: a cells file may not name every parameter of its metric (compliance-cells
 * has no $cn_zone), and DuckDB refuses unknown names.
 */
export function namedParams(sql: string, values: BindValues): BindValues {
  const code = sql.replace(/--[^\n]*/g, '');
  return Object.fromEntries(Object.entries(values).filter(([k]) => new RegExp(`\\$${k}\\b`).test(code)));
}

/** Rows (and for complaints the exposure) of one metric. */
export interface MetricRowsResult {
  rows: Record<string, unknown>[];
  exposure?: Record<string, unknown>[];
}

/** Runs `metric`'s SQL (and the exposure for complaints) on `engine`. */
export async function runMetric(
  engine: Engine,
  metric: string,
  query: ServerQuery,
  filters: BoundFilters,
  timeoutMs: number,
  settings: MetricSettings = DEFAULT_SETTINGS,
): Promise<MetricRowsResult> {
  const params = metricParams(metric, query, filters, settings);
  if (metric === 'complaints') {
    const [rows, exposure] = await Promise.all([
      engine.query(metricSql('complaints', engine.dialect), params, timeoutMs),
      engine.query(metricSql('complaints-exposure', engine.dialect), params, timeoutMs),
    ]);
    return { rows, exposure };
  }
  // The funnel tells matured promises from pending ones at the data's as-of day.
  if (metric === 'promises') params.as_of = (await engine.asOf()).slice(0, 10);
  const run = (name: string, values: BindValues) => {
    const sql = metricSql(name, engine.dialect);
    return engine.query(sql, namedParams(sql, values), timeoutMs);
  };
  const file = sqlName(metric, query, settings, engine.storedDerived);
  // quality by month from its cells: coded columns and their collectors, made into the answer's rows here (if
  // the collectors changed between the two statements, quality-cells.sql answers in one).
  if (file === 'quality-cells-month') {
    const sql = metricSql(file, engine.dialect);
    const [coded, agents] = await Promise.all([
      queryColumns(engine, sql, namedParams(sql, params), timeoutMs),
      run('quality-agents', params),
    ]);
    return { rows: qualityRows(coded, agents) ?? (await run('quality-cells', params)) };
  }
  const main = run(file, params);
  // The cn-gbt-2025 rules and cn-cba-2026/third-party-after-failures: a second statement, on their own cells.
  const cnRules = sqlName('compliance-cn-rules', query, settings, engine.storedDerived);
  const rows =
    metric === 'compliance'
      ? (await Promise.all([main, run(cnRules, metricParams('compliance-cn-rules', query, filters, settings))])).flat()
      : await main;
  if (metric === 'agents' && filters.team === null) for (const r of rows) if (r.team === null) delete r.team;
  // An agency never evaluated has no lastEvaluation (the contract's row leaves it out).
  if (metric === 'agencies') for (const r of rows) if (r.lastEvaluation === null) delete r.lastEvaluation;
  return { rows };
}
