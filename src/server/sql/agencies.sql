-- agencies (委外机构): per month (UTC day of the event) × outside agency: accounts and balance placed, recovered,
-- commission paid, complaints, calls checked and the checked calls with a red-line violation, and the day of the
-- agency's latest evaluation in or before the period (NULL: never evaluated; evaluations before $from count; the
-- CASE keeps that NULL on ClickHouse, whose cast to a non-Nullable String refuses it).
-- Rows for the periods in which the agency has an event. $products/$regions of the account; $agency: one agency
-- or NULL. Quarters and years ($interval) sum their months.
WITH by_period AS (
  SELECT {{trunc($interval::VARCHAR, occurred_on)}} AS g,
         agency,
         count(*) FILTER (WHERE kind = 'placement') AS accounts_placed,
         coalesce(sum(amount) FILTER (WHERE kind = 'placement'), 0) AS balance_placed,
         coalesce(sum(amount) FILTER (WHERE kind = 'recovery'), 0) AS recovered,
         coalesce(sum(commission) FILTER (WHERE kind = 'recovery'), 0) AS commission,
         count(*) FILTER (WHERE kind = 'complaint') AS complaints,
         count(*) FILTER (WHERE kind = 'check') AS calls_checked,
         count(*) FILTER (WHERE kind = 'check' AND violating) AS violations
  FROM agency_events
  WHERE {{> in-days(occurred_on)}}
    AND {{> in-dims(product, region)}}
    AND ($agency::VARCHAR IS NULL OR agency = $agency::VARCHAR)
  GROUP BY 1, 2
),
evaluated AS (
  SELECT p.g AS g, p.agency AS agency, max(e.evaluated_on) AS last_evaluation
  FROM by_period p
  JOIN agency_evaluations e ON e.agency = p.agency
  WHERE {{trunc($interval::VARCHAR, e.evaluated_on)}} <= p.g
  GROUP BY p.g, p.agency
)
SELECT {{label(p.g)}} AS "period", p.agency AS "agency",
       p.accounts_placed::DOUBLE AS "accountsPlaced", p.balance_placed::DOUBLE AS "balancePlaced",
       p.recovered::DOUBLE AS "recovered", p.commission::DOUBLE AS "commission",
       p.complaints::DOUBLE AS "complaints", p.calls_checked::DOUBLE AS "callsChecked",
       p.violations::DOUBLE AS "violations", CASE WHEN v.last_evaluation IS NOT NULL THEN v.last_evaluation::VARCHAR END AS "lastEvaluation"
FROM by_period p
LEFT JOIN evaluated v ON v.g = p.g AND v.agency = p.agency
ORDER BY p.g, p.agency
