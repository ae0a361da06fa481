-- overdue: one row per period × bucket (every bucket, also empty ones), active accounts and their balance;
-- periods are months, or quarters / years ($interval) holding the stock of their last month with data.
-- $from/$to: first days of months or NULL; $products/$regions: comma lists or NULL; $segments: one customer segment or NULL; $e0…$e6 upper dpd edges of
-- buckets 0…6 and $b0…$b7 their codes (bucket 7 is open-ended). Reads overdue_cells (active rows per
-- month × product × region × days past due, src/server/seed/derived.ts), then buckets the small result.
WITH by_dpd AS (
  SELECT period, dpd, sum(accounts) AS accounts, sum(balance) AS balance
  FROM overdue_cells
  WHERE {{> in-months(period)}}
    AND {{> in-dims(product, region)}}
    AND {{inList($segments, segment)}}
  GROUP BY period, dpd
),
cells AS (
  SELECT period,
         CASE WHEN dpd <= $e0 THEN 0 WHEN dpd <= $e1 THEN 1 WHEN dpd <= $e2 THEN 2 WHEN dpd <= $e3 THEN 3
              WHEN dpd <= $e4 THEN 4 WHEN dpd <= $e5 THEN 5 WHEN dpd <= $e6 THEN 6 ELSE 7 END AS b,
         sum(accounts) AS accounts,
         sum(balance) AS balance
  FROM by_dpd
  GROUP BY 1, 2
),
buckets AS (
  SELECT 0 AS b, $b0::VARCHAR AS code UNION ALL SELECT 1, $b1::VARCHAR UNION ALL SELECT 2, $b2::VARCHAR UNION ALL SELECT 3, $b3::VARCHAR
  UNION ALL SELECT 4, $b4::VARCHAR UNION ALL SELECT 5, $b5::VARCHAR UNION ALL SELECT 6, $b6::VARCHAR UNION ALL SELECT 7, $b7::VARCHAR
),
periods AS (
  SELECT {{trunc($interval::VARCHAR, period)}} AS g, max(period) AS period FROM cells GROUP BY 1
)
SELECT {{label(p.g)}} AS "period",
       k.code AS "bucket",
       coalesce(c.accounts, 0)::DOUBLE AS "accounts",
       coalesce(c.balance, 0)::DOUBLE AS "balance"
FROM periods p
CROSS JOIN buckets k
LEFT JOIN cells c ON c.period = p.period AND c.b = k.b
ORDER BY p.period, k.b
