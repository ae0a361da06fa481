-- legal: the legal pipeline (诉讼与债权转让) per referral month (always months: cohorts do not roll up) of
-- legal_cases referred in [$from, $to]: cases and balance referred, and of them those filed, with a judgment,
-- enforced and recovered by the end of month $to (every stage when $to is NULL); amount recovered; legal cost
-- (filing cost once filed, enforcement cost once enforced); debts sold by then with their balance and price;
-- days from each stage to the next in bins [0, 90), [90, 180), [180, ∞). Columns in the order of the records
-- adapter's rows.
WITH c AS (
  SELECT {{trunc('month', referred_on)}} AS p, balance, amount_recovered, filing_cost, enforcement_cost, sale_price,
         referred_on,
         CASE WHEN $to::DATE IS NULL OR filed_on < {{nextMonth($to::DATE)}} THEN filed_on END AS filed,
         CASE WHEN $to::DATE IS NULL OR judgment_on < {{nextMonth($to::DATE)}} THEN judgment_on END AS judged,
         CASE WHEN $to::DATE IS NULL OR enforced_on < {{nextMonth($to::DATE)}} THEN enforced_on END AS enforced,
         CASE WHEN $to::DATE IS NULL OR recovered_on < {{nextMonth($to::DATE)}} THEN recovered_on END AS recovered,
         CASE WHEN $to::DATE IS NULL OR sold_on < {{nextMonth($to::DATE)}} THEN sold_on END AS sold
  FROM legal_cases
  WHERE {{> in-days(referred_on)}}
    AND {{> in-dims(product, region)}}
),
d AS (
  SELECT c.*,
         {{epochDay(filed)}} - {{epochDay(referred_on)}} AS to_file,
         {{epochDay(judged)}} - {{epochDay(filed)}} AS to_judgment,
         {{epochDay(enforced)}} - {{epochDay(judged)}} AS to_enforce,
         {{epochDay(recovered)}} - {{epochDay(enforced)}} AS to_recover
  FROM c
)
SELECT {{month(p)}} AS "cohort",
       count(*)::DOUBLE AS "referred",
       count(filed)::DOUBLE AS "filed",
       count(judged)::DOUBLE AS "judgment",
       count(enforced)::DOUBLE AS "enforced",
       count(recovered)::DOUBLE AS "recovered",
       sum(balance)::DOUBLE AS "balanceReferred",
       coalesce(sum(CASE WHEN filed IS NOT NULL THEN balance END), 0)::DOUBLE AS "balanceFiled",
       coalesce(sum(CASE WHEN judged IS NOT NULL THEN balance END), 0)::DOUBLE AS "balanceJudgment",
       coalesce(sum(CASE WHEN enforced IS NOT NULL THEN balance END), 0)::DOUBLE AS "balanceEnforced",
       coalesce(sum(CASE WHEN recovered IS NOT NULL THEN amount_recovered END), 0)::DOUBLE AS "amountRecovered",
       coalesce(sum(CASE WHEN filed IS NOT NULL THEN filing_cost ELSE 0 END + CASE WHEN enforced IS NOT NULL THEN enforcement_cost ELSE 0 END), 0)::DOUBLE AS "legalCost",
       count(sold)::DOUBLE AS "sold",
       coalesce(sum(CASE WHEN sold IS NOT NULL THEN balance END), 0)::DOUBLE AS "balanceSold",
       coalesce(sum(CASE WHEN sold IS NOT NULL THEN sale_price END), 0)::DOUBLE AS "salePrice",
       count(*) FILTER (WHERE to_file < 90)::DOUBLE AS "toFileUnder90d",
       count(*) FILTER (WHERE to_file >= 90 AND to_file < 180)::DOUBLE AS "toFile90To180d",
       count(*) FILTER (WHERE to_file >= 180)::DOUBLE AS "toFileOver180d",
       count(*) FILTER (WHERE to_judgment < 90)::DOUBLE AS "toJudgmentUnder90d",
       count(*) FILTER (WHERE to_judgment >= 90 AND to_judgment < 180)::DOUBLE AS "toJudgment90To180d",
       count(*) FILTER (WHERE to_judgment >= 180)::DOUBLE AS "toJudgmentOver180d",
       count(*) FILTER (WHERE to_enforce < 90)::DOUBLE AS "toEnforceUnder90d",
       count(*) FILTER (WHERE to_enforce >= 90 AND to_enforce < 180)::DOUBLE AS "toEnforce90To180d",
       count(*) FILTER (WHERE to_enforce >= 180)::DOUBLE AS "toEnforceOver180d",
       count(*) FILTER (WHERE to_recover < 90)::DOUBLE AS "toRecoverUnder90d",
       count(*) FILTER (WHERE to_recover >= 90 AND to_recover < 180)::DOUBLE AS "toRecover90To180d",
       count(*) FILTER (WHERE to_recover >= 180)::DOUBLE AS "toRecoverOver180d"
FROM d
GROUP BY p
ORDER BY p
