-- complaints exposure: active accounts per month (the denominator of complaints per 10,000 accounts), with
-- the same month range and product/region filters as complaints.sql.
SELECT strftime(period, '%Y-%m') AS "period", accounts::DOUBLE AS "accounts"
FROM (
  SELECT period, count(*) AS accounts
  FROM account_period
  WHERE status = 'active'
    AND ($from::DATE IS NULL OR period >= $from::DATE)
    AND ($to::DATE IS NULL OR period <= $to::DATE)
    AND ($products::VARCHAR IS NULL OR list_contains(string_split($products::VARCHAR, ','), product))
    AND ($regions::VARCHAR IS NULL OR list_contains(string_split($regions::VARCHAR, ','), region))
  GROUP BY period
)
ORDER BY period
