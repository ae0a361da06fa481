-- recovery: per charge-off cohort × month since charge-off (0 = the charge-off month, every month up to the
-- cohort's last payment), the cohort's charged-off balance and what was recovered and spent in that month.
-- Cohorts in [$from, $to]; payments up to the end of $to.
WITH co AS (
  SELECT account_id, charge_off_month, amount
  FROM charge_offs
  WHERE ($from::DATE IS NULL OR charge_off_month >= $from::DATE)
    AND ($to::DATE IS NULL OR charge_off_month <= $to::DATE)
    AND ($products::VARCHAR IS NULL OR list_contains(string_split($products::VARCHAR, ','), product))
    AND ($regions::VARCHAR IS NULL OR list_contains(string_split($regions::VARCHAR, ','), region))
),
cohorts AS (
  SELECT charge_off_month, sum(amount) AS charged_off FROM co GROUP BY ALL
),
paid AS (
  SELECT co.charge_off_month, datediff('month', co.charge_off_month, p.paid_on) AS month,
         sum(p.amount) AS recovered, sum(p.cost) AS fees
  FROM co
  JOIN recovery_payments p USING (account_id)
  WHERE ($to::DATE IS NULL OR p.paid_on < CAST($to::DATE + INTERVAL 1 MONTH AS DATE))
  GROUP BY ALL
),
grid AS (
  SELECT c.charge_off_month, c.charged_off,
         unnest(generate_series(0, greatest(0, coalesce((SELECT max(month) FROM paid WHERE paid.charge_off_month = c.charge_off_month), 0)))) AS month
  FROM cohorts c
)
SELECT strftime(g.charge_off_month, '%Y-%m') AS "cohort",
       g.month::INTEGER AS "month",
       g.charged_off::DOUBLE AS "chargedOff",
       coalesce(p.recovered, 0)::DOUBLE AS "recovered",
       coalesce(p.fees, 0)::DOUBLE AS "fees"
FROM grid g
LEFT JOIN paid p ON p.charge_off_month = g.charge_off_month AND p.month = g.month
ORDER BY g.charge_off_month, g.month
