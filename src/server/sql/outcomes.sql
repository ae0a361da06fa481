-- outcomes: one row per month × customer segment (特殊群体) of customer_outcomes: account-months, past due,
-- in M1 the previous month end (entered) and current again (cured), complaints received, arrangements made and
-- those re-defaulted within 3 and 6 months; columns in the order of the records adapter's rows. Quarters and
-- years ($interval) sum their months. $segments: one segment or NULL. The flags and counts are those of
-- account_period and complaints (docs/warehouse-schema.md), so a segment's counts equal the overdue,
-- roll-rates and complaints metrics filtered by it.
SELECT {{label(p)}} AS "period", segment AS "segment",
       accounts::DOUBLE AS "accounts", overdue_n::DOUBLE AS "overdue", entered_n::DOUBLE AS "entered",
       cured_n::DOUBLE AS "cured", complained_n::DOUBLE AS "complained", arrangements::DOUBLE AS "arrangements",
       redefault3::DOUBLE AS "redefault3", redefault6::DOUBLE AS "redefault6"
FROM (
  SELECT {{trunc($interval::VARCHAR, period)}} AS p,
         segment,
         count(*) AS accounts,
         count(*) FILTER (WHERE overdue) AS overdue_n,
         count(*) FILTER (WHERE entered) AS entered_n,
         count(*) FILTER (WHERE entered AND cured) AS cured_n,
         sum(complained) AS complained_n,
         count(*) FILTER (WHERE arrangement) AS arrangements,
         count(*) FILTER (WHERE arrangement AND redefault_3m) AS redefault3,
         count(*) FILTER (WHERE arrangement AND redefault_6m) AS redefault6
  FROM customer_outcomes
  WHERE {{> in-days(period)}}
    AND {{> in-dims(product, region)}}
    AND {{inList($segments, segment)}}
  GROUP BY 1, 2
) AS g
ORDER BY p, segment
