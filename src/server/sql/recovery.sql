-- recovery: per charge-off cohort × month since charge-off (0 = the charge-off month, every month up to the
-- cohort's last payment), the cohort's charged-off balance and what was recovered and spent in that month.
-- Cohorts in [$from, $to]; payments up to the end of $to.
WITH co AS (
  SELECT account_id, charge_off_month, amount
  FROM charge_offs
  WHERE {{> in-months(charge_off_month)}}
    AND {{> in-dims(product, region)}}
),
cohorts AS (
  SELECT charge_off_month, sum(amount) AS charged_off FROM co GROUP BY charge_off_month
),
paid AS (
  SELECT co.charge_off_month, {{monthsBetween(co.charge_off_month, p.paid_on)}} AS month,
         sum(p.amount) AS recovered, sum(p.cost) AS fees
  FROM co
  JOIN recovery_payments p USING (account_id)
  WHERE ($to::DATE IS NULL OR p.paid_on < {{nextMonth($to::DATE)}})
  GROUP BY 1, 2
),
last_month AS (
  SELECT charge_off_month, max(month) AS last FROM paid GROUP BY charge_off_month
),
grid AS (
  SELECT c.charge_off_month, c.charged_off, {{series(0, greatest(0, coalesce(l.last, 0)))}} AS month
  FROM cohorts c
  LEFT JOIN last_month l ON l.charge_off_month = c.charge_off_month
)
SELECT {{month(g.charge_off_month)}} AS "cohort",
       g.month::INTEGER AS "month",
       g.charged_off::DOUBLE AS "chargedOff",
       coalesce(p.recovered, 0)::DOUBLE AS "recovered",
       coalesce(p.fees, 0)::DOUBLE AS "fees"
FROM grid g
LEFT JOIN paid p ON p.charge_off_month = g.charge_off_month AND p.month = g.month
ORDER BY g.charge_off_month, g.month
