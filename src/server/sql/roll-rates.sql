-- roll-rates: accounts active at the ends of months t−1 and t (prev_dpd/prev_balance hold the t−1 row), by
-- bucket at t−1 → bucket at t, with their t−1 balance; one row per month t × from × to with accounts.
-- Parameters as in overdue.sql; $from/$to bound month t; quarters and years ($interval) sum their months'
-- flows. Reads roll_cells (active rows with prev_dpd, per month × product × region × (prev_dpd, dpd),
-- src/server/seed/derived.ts), then buckets.
WITH pairs AS (
  SELECT period, prev_dpd, dpd, sum(accounts) AS accounts, sum(prev_balance) AS balance
  FROM roll_cells
  WHERE ($from::DATE IS NULL OR period >= $from::DATE)
    AND ($to::DATE IS NULL OR period <= $to::DATE)
    AND ($products::VARCHAR IS NULL OR list_contains(string_split($products::VARCHAR, ','), product))
    AND ($regions::VARCHAR IS NULL OR list_contains(string_split($regions::VARCHAR, ','), region))
  GROUP BY ALL
),
flows AS (
  SELECT date_trunc($interval::VARCHAR, period) AS period,
         CASE WHEN prev_dpd <= $e0 THEN 0 WHEN prev_dpd <= $e1 THEN 1 WHEN prev_dpd <= $e2 THEN 2 WHEN prev_dpd <= $e3 THEN 3
              WHEN prev_dpd <= $e4 THEN 4 WHEN prev_dpd <= $e5 THEN 5 WHEN prev_dpd <= $e6 THEN 6 ELSE 7 END AS f,
         CASE WHEN dpd <= $e0 THEN 0 WHEN dpd <= $e1 THEN 1 WHEN dpd <= $e2 THEN 2 WHEN dpd <= $e3 THEN 3
              WHEN dpd <= $e4 THEN 4 WHEN dpd <= $e5 THEN 5 WHEN dpd <= $e6 THEN 6 ELSE 7 END AS t,
         sum(accounts) AS accounts,
         sum(balance) AS balance
  FROM pairs
  GROUP BY ALL
),
buckets(b, code) AS (
  VALUES (0, $b0::VARCHAR), (1, $b1::VARCHAR), (2, $b2::VARCHAR), (3, $b3::VARCHAR),
         (4, $b4::VARCHAR), (5, $b5::VARCHAR), (6, $b6::VARCHAR), (7, $b7::VARCHAR)
)
SELECT CASE $interval::VARCHAR WHEN 'quarter' THEN strftime(flows.period, '%Y') || '-Q' || quarter(flows.period) WHEN 'year' THEN strftime(flows.period, '%Y') ELSE strftime(flows.period, '%Y-%m') END AS "period",
       fb.code AS "from",
       tb.code AS "to",
       flows.accounts::DOUBLE AS "accounts",
       flows.balance::DOUBLE AS "balance"
FROM flows
JOIN buckets fb ON fb.b = flows.f
JOIN buckets tb ON tb.b = flows.t
ORDER BY flows.period, flows.f, flows.t
