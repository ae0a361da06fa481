-- roll-rates: accounts active at the ends of months t−1 and t, by bucket at t−1 → bucket at t, with their
-- t−1 balance; one row per month t × from × to with accounts (pairs without accounts are left out).
-- Parameters as in overdue.sql; $from/$to bound month t.
WITH snap AS (
  SELECT account_id, period, balance,
         CASE WHEN dpd <= $e0 THEN 0 WHEN dpd <= $e1 THEN 1 WHEN dpd <= $e2 THEN 2 WHEN dpd <= $e3 THEN 3
              WHEN dpd <= $e4 THEN 4 WHEN dpd <= $e5 THEN 5 WHEN dpd <= $e6 THEN 6 ELSE 7 END AS b
  FROM account_period
  WHERE status = 'active'
    AND ($from::DATE IS NULL OR period >= CAST($from::DATE - INTERVAL 1 MONTH AS DATE))
    AND ($to::DATE IS NULL OR period <= $to::DATE)
    AND ($products::VARCHAR IS NULL OR list_contains(string_split($products::VARCHAR, ','), product))
    AND ($regions::VARCHAR IS NULL OR list_contains(string_split($regions::VARCHAR, ','), region))
),
flows AS (
  SELECT n.period, p.b AS f, n.b AS t, count(*) AS accounts, sum(p.balance) AS balance
  FROM snap p
  JOIN snap n ON n.account_id = p.account_id AND n.period = CAST(p.period + INTERVAL 1 MONTH AS DATE)
  WHERE ($from::DATE IS NULL OR n.period >= $from::DATE)
  GROUP BY ALL
),
buckets(b, code) AS (
  VALUES (0, $b0::VARCHAR), (1, $b1::VARCHAR), (2, $b2::VARCHAR), (3, $b3::VARCHAR),
         (4, $b4::VARCHAR), (5, $b5::VARCHAR), (6, $b6::VARCHAR), (7, $b7::VARCHAR)
)
SELECT strftime(flows.period, '%Y-%m') AS "period",
       fb.code AS "from",
       tb.code AS "to",
       flows.accounts::DOUBLE AS "accounts",
       flows.balance::DOUBLE AS "balance"
FROM flows
JOIN buckets fb ON fb.b = flows.f
JOIN buckets tb ON tb.b = flows.t
ORDER BY flows.period, flows.f, flows.t
