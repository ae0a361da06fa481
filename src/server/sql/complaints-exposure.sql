-- complaints exposure: active accounts per month (the denominator of complaints per 10,000 accounts), with
-- the same month range and product/region filters as complaints.sql; a quarter or year holds its last month.
-- Reads overdue_cells (src/server/seed/derived.ts).
WITH months AS (
  SELECT period, sum(accounts) AS accounts
  FROM overdue_cells
  WHERE {{> in-months(period)}}
    AND {{> in-dims(product, region)}}
  GROUP BY period
),
ends AS (SELECT {{trunc($interval::VARCHAR, period)}} AS g, max(period) AS period FROM months GROUP BY 1)
SELECT {{label(ends.g)}} AS "period", months.accounts::DOUBLE AS "accounts"
FROM ends JOIN months USING (period)
ORDER BY ends.g
