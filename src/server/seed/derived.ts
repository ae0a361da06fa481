/**
 * Derived tables: per-period aggregates of `account_period` that the metrics read instead of the 10-million-row
 * snapshot table (a bank builds them as materialised views in its monthly load). Each is defined here once, by
 * SQL over the canonical tables: `collectkit seed` (and the benchmark) store them as tables; when a database or
 * folder lacks one, the engine defines it as a view of the same SQL, so answers never depend on their presence
 * (only speed does). docs/warehouse-schema.md describes them.
 */
import { renderSql, type Dialect } from '../engine/dialect.js';
import { duckDbDialect } from '../engine/dialects/duckdb.js';
import { expandIncludes } from '../sql-files.js';

/** Time zone of attempts without one in compliance_cells (the cn-cba-2026 default, DEFAULT_SETTINGS.cn.zone). */
export const DERIVED_DEFAULT_ZONE = 'Asia/Shanghai';

/** Upper dpd edges of the first seven buckets workload_cells count with (DEFAULT_SETTINGS.buckets of metrics.ts). */
export const WORKLOAD_CELL_EDGES: readonly number[] = Object.freeze([0, 30, 60, 90, 120, 150, 180]);

/** Derived table → the SELECT that defines it, as a SQL template (fragments of sql/ included: sql-files.ts). */
const DEFINITIONS: Readonly<Record<string, string>> = Object.freeze({
  // overdue and the complaint exposure: active rows per month × product × region × customer segment × days past due.
  overdue_cells: `SELECT period, product, region, segment, dpd, count(*) AS accounts, sum(balance) AS balance
    FROM account_period WHERE status = 'active'
    GROUP BY period, product, region, segment, dpd`,
  // roll-rates: active rows with an active previous month, per month × product × region × segment × (prev_dpd, dpd).
  roll_cells: `SELECT period, product, region, segment, prev_dpd, dpd, count(*) AS accounts, sum(prev_balance) AS prev_balance
    FROM account_period WHERE status = 'active' AND prev_dpd IS NOT NULL
    GROUP BY period, product, region, segment, prev_dpd, dpd`,
  // vintage: active rows per cohort × month × product × region × days past due.
  vintage_cells: `SELECT origination_month, period, product, region, dpd, count(*) AS accounts, sum(balance) AS balance
    FROM account_period WHERE status = 'active'
    GROUP BY origination_month, period, product, region, dpd`,
  // vintage originations: each account once, at the month of its earliest first row (active, prev_dpd NULL).
  vintage_origins: `SELECT origination_month, first_period, product, region, count(*) AS accounts, sum(amount) AS amount
    FROM (SELECT account_id, origination_month, product, region, min(period) AS first_period, min(original_amount) AS amount
          FROM account_period WHERE status = 'active' AND prev_dpd IS NULL
          GROUP BY account_id, origination_month, product, region) AS first_rows
    GROUP BY origination_month, first_period, product, region`,
  // channels: attempts per UTC month, quarter and year (grain) × channel × product × region, with the distinct
  // accounts of each cell (an account's attempts carry its one product and region, so cells add up).
  channel_cells: `SELECT g.grain, {{trunc(g.grain, {{utcTs({{epochUs(a.attempted_at)}})}})}} AS period, a.channel, a.product, a.region,
           count(*) AS attempts, count(*) FILTER (WHERE a.answered) AS contacts, count(DISTINCT a.account_id) AS accounts,
           sum(a.cost) AS cost, sum(a.collected) AS collected
    FROM contact_attempts a CROSS JOIN (SELECT 'month' AS grain UNION ALL SELECT 'quarter' UNION ALL SELECT 'year') AS g
    GROUP BY 1, 2, 3, 4, 5`,
  // compliance: the rule counts of sql/compliance.sql per UTC month × product × region, with what the rule
  // settings choose from kept as distributions (measure, value → n): local hour of attempts without consent
  // ('quiet_hour'), unanswered calls per contact and local day ('unanswered'), per call the calls about its
  // debt within 7 local days up to it ('calls_in_7'); plus plain counts (value 0). Local time uses each
  // attempt's zone, or DERIVED_DEFAULT_ZONE when it has none (metrics.ts reads these cells only with that zone).
  compliance_cells: `WITH a AS (
      SELECT attempt_id, account_id AS debt, contact_id, channel, answered, conversation, party, consent, collectors, product, region,
             coalesce(time_zone, '${DERIVED_DEFAULT_ZONE}') AS zone, {{epochUs(attempted_at)}} AS us
      FROM contact_attempts
    ),
    {{> local-time}},
    calls AS (
      SELECT period, product, region, contact_id, answered, local_date, day,
             row_number() OVER (PARTITION BY period, debt, product, region ORDER BY ms, attempt_id) AS rn,
             count(*) OVER (PARTITION BY period, debt, product, region ORDER BY day RANGE BETWEEN UNBOUNDED PRECEDING AND 7 PRECEDING) AS older,
             max(CASE WHEN conversation THEN day END) OVER (PARTITION BY period, debt, product, region ORDER BY ms, attempt_id
                                                             ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS last_talk
      FROM lt WHERE channel = 'phone'
    )
    SELECT period, product, region, measure, value, sum(n) AS n FROM (
      SELECT period, product, region, 'unanswered' AS measure, size AS value, count(*) AS n
      FROM (SELECT period, product, region, contact_id, local_date, count(*)::INTEGER AS size FROM calls WHERE NOT answered
            GROUP BY period, product, region, contact_id, local_date) AS sizes
      GROUP BY 1, 2, 3, 4, 5
      UNION ALL SELECT period, product, region, 'calls_in_7', (rn::BIGINT - older::BIGINT)::INTEGER, count(*) FROM calls GROUP BY 1, 2, 3, 4, 5
      UNION ALL SELECT period, product, region, 'after_talk', 0, count(*) FROM calls WHERE last_talk IS NOT NULL AND day - last_talk <= 6 GROUP BY 1, 2, 3, 4, 5
      UNION ALL SELECT period, product, region, 'quiet_hour', h::INTEGER, count(*) FROM lt WHERE NOT consent GROUP BY 1, 2, 3, 4, 5
      UNION ALL SELECT period, product, region, 'attempts', 0, count(*) FROM lt GROUP BY 1, 2, 3, 4, 5
      UNION ALL SELECT period, product, region, 'third', 0, count(*) FROM lt WHERE party = 'third-party' GROUP BY 1, 2, 3, 4, 5
      UNION ALL SELECT period, product, region, 'visits', 0, count(*) FROM lt WHERE channel = 'visit' AND collectors IS NOT NULL GROUP BY 1, 2, 3, 4, 5
      UNION ALL SELECT period, product, region, 'alone', 0, count(*) FROM lt WHERE channel = 'visit' AND collectors IS NOT NULL AND collectors < 2 GROUP BY 1, 2, 3, 4, 5
    ) AS measures
    GROUP BY period, product, region, measure, value`,
  // agents: per collector × UTC month, the activity agents.sql sums over [from, to] (attempts by UTC month,
  // promises by due month, hours by work month, assignments by month assigned, complaints by month received);
  // every measure DECIMAL(38, 2) (counts too), so the sources stack in one UNION ALL on every engine.
  agent_cells: `SELECT agent_id, period, sum(dials) AS dials, sum(connects) AS connects, sum(rpc) AS rpc,
           sum(promises) AS promises, sum(collected) AS collected, sum(due) AS due, sum(kept) AS kept,
           sum(hours) AS hours, sum(assigned) AS assigned, sum(complaints) AS complaints
    FROM (
      SELECT agent_id, CAST({{trunc('month', {{utcTs({{epochUs(attempted_at)}})}})}} AS DATE) AS period,
             CAST(count(*) AS DECIMAL(38, 2)) AS dials,
             CAST(count(*) FILTER (WHERE answered) AS DECIMAL(38, 2)) AS connects,
             CAST(count(*) FILTER (WHERE right_party) AS DECIMAL(38, 2)) AS rpc,
             CAST(count(*) FILTER (WHERE promise_amount IS NOT NULL) AS DECIMAL(38, 2)) AS promises,
             CAST(coalesce(sum(collected), 0) AS DECIMAL(38, 2)) AS collected,
             CAST(0 AS DECIMAL(38, 2)) AS due, CAST(0 AS DECIMAL(38, 2)) AS kept, CAST(0 AS DECIMAL(38, 2)) AS hours,
             CAST(0 AS DECIMAL(38, 2)) AS assigned, CAST(0 AS DECIMAL(38, 2)) AS complaints
      FROM contact_attempts WHERE agent_id IS NOT NULL GROUP BY 1, 2
      UNION ALL
      SELECT agent_id, CAST({{trunc('month', due_on)}} AS DATE), CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)),
             CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)),
             CAST(count(*) AS DECIMAL(38, 2)), CAST(count(*) FILTER (WHERE kept) AS DECIMAL(38, 2)),
             CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2))
      FROM promises WHERE agent_id IS NOT NULL GROUP BY 1, 2
      UNION ALL
      SELECT agent_id, CAST({{trunc('month', work_date)}} AS DATE), CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)),
             CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)),
             CAST(0 AS DECIMAL(38, 2)), CAST(coalesce(sum(hours), 0) AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)),
             CAST(0 AS DECIMAL(38, 2))
      FROM agent_hours WHERE agent_id IS NOT NULL GROUP BY 1, 2
      UNION ALL
      SELECT agent_id, CAST({{trunc('month', assigned_on)}} AS DATE), CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)),
             CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)),
             CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)), CAST(coalesce(sum(balance), 0) AS DECIMAL(38, 2)),
             CAST(0 AS DECIMAL(38, 2))
      FROM assignments WHERE agent_id IS NOT NULL GROUP BY 1, 2
      UNION ALL
      SELECT agent_id, CAST({{trunc('month', received_on)}} AS DATE), CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)),
             CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)),
             CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)),
             CAST(count(*) AS DECIMAL(38, 2))
      FROM complaints WHERE agent_id IS NOT NULL GROUP BY 1, 2
    ) AS sources
    GROUP BY agent_id, period`,
  // compliance's cn-gbt-2025 rules and cn-cba-2026/third-party-after-failures (sql/_cn-rule-cells.sql): attempts per
  // UTC month × product × region × local hour × party × disclosed × the run of failed calls before a third party.
  cn_rule_cells: `{{> cn-rule-cells('${DERIVED_DEFAULT_ZONE}')}}`,
  // the same rules' voice conversations per debtor-day (sql/_cn-talk-cells.sql).
  cn_talk_cells: `{{> cn-talk-cells('${DERIVED_DEFAULT_ZONE}')}}`,
  // contact-hours and promises' first steps: collectors' attempts per UTC month × team × product × region × local
  // weekday × hour × channel (sql/_contact-hour-cells.sql).
  contact_hour_cells: `{{> contact-hour-cells}}`,
  // promises: promises per attempt month × team × product × region × maturity day, no grace days (sql/_promise-cells.sql).
  promise_cells: `{{> promise-cells(0)}}`,
  // quality: its monthly grid of calls, QA checks and violations per collector × method × rule (sql/_quality-cells.sql).
  quality_cells: `{{> quality-cells}}`,
  // workload: cases, outcomes, attempts and hours per UTC month × collector's team × region (sql/_workload-cells.sql),
  // with the default buckets.
  workload_cells: `{{> workload-cells(${WORKLOAD_CELL_EDGES.join(', ')})}}`,
  // outcomes: customer_outcomes' account-months per month × segment × product × region with the counts outcomes.sql
  // takes (the *_n names differ from the flags they count: ClickHouse would read an alias inside its own aggregate).
  outcome_cells: `{{> outcome-cells}}`,
});

/** Derived table → the SELECT that defines it, as a SQL template of every engine (engine/dialect.ts). */
export const DERIVED_TEMPLATES: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(Object.entries(DEFINITIONS).map(([name, sql]) => [name, expandIncludes(sql)])),
);

/** Derived table → the SELECT that defines it, in DuckDB's SQL. */
export const DERIVED_TABLES: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(Object.entries(DERIVED_TEMPLATES).map(([name, sql]) => [name, renderSql(sql, duckDbDialect)])),
);

/** Names of the derived tables. */
export const DERIVED_TABLE_NAMES = Object.keys(DERIVED_TEMPLATES);

/**
 * Derived tables a ClickHouse or PostgreSQL database may lack (seeded before they existed): the metric then
 * reads its canonical tables (agents.sql instead of agents-cells.sql), same rows, slower.
 */
export const OPTIONAL_DERIVED: readonly string[] = [
  'agent_cells',
  'cn_rule_cells',
  'cn_talk_cells',
  'contact_hour_cells',
  'promise_cells',
  'quality_cells',
  'workload_cells',
  'outcome_cells',
];

/** Derived tables `present` (table names of a database) lets the metrics read: all but the optional ones it lacks. */
export function storedDerivedIn(present: ReadonlySet<string>): Set<string> {
  return new Set(DERIVED_TABLE_NAMES.filter((t) => !OPTIONAL_DERIVED.includes(t) || present.has(t)));
}

/** Key columns of a derived table (what it groups by; the sort and index key). */
export const DERIVED_KEYS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  overdue_cells: ['period', 'product', 'region', 'dpd'],
  roll_cells: ['period', 'product', 'region', 'prev_dpd', 'dpd'],
  vintage_cells: ['origination_month', 'period', 'product', 'region', 'dpd'],
  vintage_origins: ['origination_month', 'first_period', 'product', 'region'],
  channel_cells: ['grain', 'period', 'channel', 'product', 'region'],
  compliance_cells: ['period', 'product', 'region', 'measure', 'value'],
  agent_cells: ['agent_id', 'period'],
  cn_rule_cells: ['period', 'product', 'region', 'local_hour', 'others', 'told', 'run'],
  cn_talk_cells: ['period', 'product', 'region', 'debtor', 'local_date', 'talks'],
  contact_hour_cells: ['period', 'team', 'product', 'region', 'local_weekday', 'local_hour', 'channel'],
  promise_cells: ['period', 'team', 'product', 'region', 'matures'],
  quality_cells: ['period', 'agent_id', 'method', 'k'],
  workload_cells: ['period', 'team', 'region', 'account_id'],
  outcome_cells: ['period', 'segment', 'product', 'region'],
});

/** `CREATE TABLE name AS …` of a derived table in `dialect`'s SQL (default DuckDB), rows in key order (compact zone maps). */
export function createDerivedTableSql(name: string, dialect: Dialect = duckDbDialect): string {
  const template = DERIVED_TEMPLATES[name];
  const key = DERIVED_KEYS[name];
  if (!template || !key) throw new Error(`No derived table ${name}.`);
  const sql = renderSql(template, dialect);
  const keys = key.join(', ');
  if (dialect.name === 'clickhouse')
    return `CREATE TABLE "${name}" ENGINE = MergeTree ORDER BY (${keys}) SETTINGS allow_nullable_key = 1 AS ${sql}`;
  return `CREATE TABLE "${name}" AS SELECT * FROM (${sql}) AS rows ORDER BY ${keys}`;
}
