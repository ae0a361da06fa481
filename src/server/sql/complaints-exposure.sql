-- complaints exposure: active accounts per month (the denominator of complaints per 10,000 accounts), with
-- the same month range and product/region filters as complaints.sql; a quarter or year holds its last month.
-- Reads overdue_cells (src/server/seed/derived.ts).
WITH months AS (
  SELECT period, sum(accounts) AS accounts
  FROM overdue_cells
  WHERE ($from::DATE IS NULL OR period >= $from::DATE)
    AND ($to::DATE IS NULL OR period <= $to::DATE)
    AND ($products::VARCHAR IS NULL OR list_contains(string_split($products::VARCHAR, ','), product))
    AND ($regions::VARCHAR IS NULL OR list_contains(string_split($regions::VARCHAR, ','), region))
  GROUP BY period
),
ends AS (SELECT date_trunc($interval::VARCHAR, period) AS g, max(period) AS period FROM months GROUP BY ALL)
SELECT CASE $interval::VARCHAR WHEN 'quarter' THEN strftime(ends.g, '%Y') || '-Q' || quarter(ends.g) WHEN 'year' THEN strftime(ends.g, '%Y') ELSE strftime(ends.g, '%Y-%m') END AS "period", months.accounts::DOUBLE AS "accounts"
FROM ends JOIN months USING (period)
ORDER BY ends.g
