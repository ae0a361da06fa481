-- Fragment: the outcomes rows (month, quarter or year × segment, columns in the order of the records adapter's rows)
-- summed from outcome cells ({{@1}}: a table or CTE with the columns of _outcome-cells.sql), so any range,
-- interval, product, region and segment sums whole cells.
SELECT {{label(p)}} AS "period", segment AS "segment",
       accounts::DOUBLE AS "accounts", overdue_n::DOUBLE AS "overdue", entered_n::DOUBLE AS "entered",
       cured_n::DOUBLE AS "cured", complained_n::DOUBLE AS "complained", arrangements::DOUBLE AS "arrangements",
       redefault3::DOUBLE AS "redefault3", redefault6::DOUBLE AS "redefault6"
FROM (
  SELECT {{trunc($interval::VARCHAR, period)}} AS p,
         segment,
         sum(accounts) AS accounts,
         sum(overdue_n) AS overdue_n,
         sum(entered_n) AS entered_n,
         sum(cured_n) AS cured_n,
         sum(complained_n) AS complained_n,
         sum(arrangements) AS arrangements,
         sum(redefault3) AS redefault3,
         sum(redefault6) AS redefault6
  FROM {{@1}}
  WHERE {{> in-days(period)}}
    AND {{> in-dims(product, region)}}
    AND {{inList($segments, segment)}}
  GROUP BY 1, 2
) AS g
ORDER BY p, segment
