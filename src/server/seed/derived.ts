/**
 * Derived tables: per-period aggregates of `account_period` that the metrics read instead of the 10-million-row
 * snapshot table (a bank builds them as materialised views in its monthly load). Each is defined here once, by
 * SQL over the canonical tables: `collectkit seed` (and the benchmark) store them as tables; when a database or
 * folder lacks one, the engine defines it as a view of the same SQL, so answers never depend on their presence
 * (only speed does). docs/warehouse-schema.md describes them.
 */

/** Derived table → the SELECT that defines it. */
export const DERIVED_TABLES: Readonly<Record<string, string>> = Object.freeze({
  // overdue and the complaint exposure: active rows per month × product × region × days past due.
  overdue_cells: `SELECT period, product, region, dpd, count(*) AS accounts, sum(balance) AS balance
    FROM account_period WHERE status = 'active'
    GROUP BY period, product, region, dpd`,
  // roll-rates: active rows with an active previous month, per month × product × region × (prev_dpd, dpd).
  roll_cells: `SELECT period, product, region, prev_dpd, dpd, count(*) AS accounts, sum(prev_balance) AS prev_balance
    FROM account_period WHERE status = 'active' AND prev_dpd IS NOT NULL
    GROUP BY period, product, region, prev_dpd, dpd`,
  // vintage: active rows per cohort × month × product × region × days past due.
  vintage_cells: `SELECT origination_month, period, product, region, dpd, count(*) AS accounts, sum(balance) AS balance
    FROM account_period WHERE status = 'active'
    GROUP BY origination_month, period, product, region, dpd`,
  // vintage originations: each account once, at the month of its earliest first row (active, prev_dpd NULL).
  vintage_origins: `SELECT origination_month, first_period, product, region, count(*) AS accounts, sum(amount) AS amount
    FROM (SELECT account_id, origination_month, product, region, min(period) AS first_period, any_value(original_amount) AS amount
          FROM account_period WHERE status = 'active' AND prev_dpd IS NULL
          GROUP BY account_id, origination_month, product, region)
    GROUP BY origination_month, first_period, product, region`,
  // channels: attempts per UTC month, quarter and year (grain) × channel × product × region, with the distinct
  // accounts of each cell (an account's attempts carry its one product and region, so cells add up).
  channel_cells: `SELECT g.grain, date_trunc(g.grain, make_timestamp(epoch_us(a.attempted_at))) AS period, a.channel, a.product, a.region,
           count(*) AS attempts, count(*) FILTER (WHERE a.answered) AS contacts, count(DISTINCT a.account_id) AS accounts,
           sum(a.cost) AS cost, sum(a.collected) AS collected
    FROM contact_attempts a CROSS JOIN (VALUES ('month'), ('quarter'), ('year')) g(grain)
    GROUP BY grain, period, channel, product, region`,
});

/** Names of the derived tables. */
export const DERIVED_TABLE_NAMES = Object.keys(DERIVED_TABLES);

/** `CREATE TABLE name AS …` of a derived table, rows in key order (compact zone maps). */
export function createDerivedTableSql(name: string): string {
  const sql = DERIVED_TABLES[name];
  if (!sql) throw new Error(`No derived table ${name}.`);
  const key = sql.slice(sql.lastIndexOf('GROUP BY') + 'GROUP BY'.length).trim();
  return `CREATE TABLE "${name}" AS SELECT * FROM (${sql}) ORDER BY ${key}`;
}
