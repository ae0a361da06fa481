-- roll-rates: accounts active at the ends of months t−1 and t (prev_dpd/prev_balance hold the t−1 row), by
-- bucket at t−1 → bucket at t, with their t−1 balance; one row per month t × from × to with accounts.
-- Parameters as in overdue.sql; $from/$to bound month t; quarters and years ($interval) sum their months'
-- flows. Reads roll_cells (active rows with prev_dpd, per month × product × region × (prev_dpd, dpd),
-- src/server/seed/derived.ts), then buckets. Days to cure: of the accounts moving from a delinquent bucket to the
-- first one, how many were 1–30, 31–60, 61–90 and over 90 days past due at t−1 (src/kpi/cure.ts; 0 on other rows).
WITH pairs AS (
  SELECT period, prev_dpd, dpd, sum(accounts) AS accounts, sum(prev_balance) AS balance
  FROM roll_cells
  WHERE {{> in-months(period)}}
    AND {{> in-dims(product, region)}}
    AND {{inList($segments, segment)}}
  GROUP BY period, prev_dpd, dpd
),
flows AS (
  SELECT {{trunc($interval::VARCHAR, period)}} AS period,
         CASE WHEN prev_dpd <= $e0 THEN 0 WHEN prev_dpd <= $e1 THEN 1 WHEN prev_dpd <= $e2 THEN 2 WHEN prev_dpd <= $e3 THEN 3
              WHEN prev_dpd <= $e4 THEN 4 WHEN prev_dpd <= $e5 THEN 5 WHEN prev_dpd <= $e6 THEN 6 ELSE 7 END AS f,
         CASE WHEN dpd <= $e0 THEN 0 WHEN dpd <= $e1 THEN 1 WHEN dpd <= $e2 THEN 2 WHEN dpd <= $e3 THEN 3
              WHEN dpd <= $e4 THEN 4 WHEN dpd <= $e5 THEN 5 WHEN dpd <= $e6 THEN 6 ELSE 7 END AS t,
         sum(accounts) AS accounts,
         sum(balance) AS balance,
         sum(CASE WHEN dpd <= $e0 AND prev_dpd > $e0 AND prev_dpd <= 30 THEN accounts ELSE 0 END) AS c30,
         sum(CASE WHEN dpd <= $e0 AND prev_dpd > $e0 AND prev_dpd > 30 AND prev_dpd <= 60 THEN accounts ELSE 0 END) AS c60,
         sum(CASE WHEN dpd <= $e0 AND prev_dpd > $e0 AND prev_dpd > 60 AND prev_dpd <= 90 THEN accounts ELSE 0 END) AS c90,
         sum(CASE WHEN dpd <= $e0 AND prev_dpd > $e0 AND prev_dpd > 90 THEN accounts ELSE 0 END) AS c_over
  FROM pairs
  GROUP BY 1, 2, 3
),
buckets AS (
  SELECT 0 AS b, $b0::VARCHAR AS code UNION ALL SELECT 1, $b1::VARCHAR UNION ALL SELECT 2, $b2::VARCHAR UNION ALL SELECT 3, $b3::VARCHAR
  UNION ALL SELECT 4, $b4::VARCHAR UNION ALL SELECT 5, $b5::VARCHAR UNION ALL SELECT 6, $b6::VARCHAR UNION ALL SELECT 7, $b7::VARCHAR
)
SELECT {{label(flows.period)}} AS "period",
       fb.code AS "from",
       tb.code AS "to",
       flows.accounts::DOUBLE AS "accounts",
       flows.balance::DOUBLE AS "balance",
       flows.c30::DOUBLE AS "cured1To30",
       flows.c60::DOUBLE AS "cured31To60",
       flows.c90::DOUBLE AS "cured61To90",
       flows.c_over::DOUBLE AS "curedOver90"
FROM flows
JOIN buckets fb ON fb.b = flows.f
JOIN buckets tb ON tb.b = flows.t
ORDER BY flows.period, flows.f, flows.t
