-- vintage: per origination cohort × months on book, the cohort's originated accounts and amount (accounts
-- seen in the snapshots) and the accounts and balance at or past $threshold days past due.
-- Cohorts (origination months) in [$from, $to]; snapshots up to $to. Reads the derived tables of
-- src/server/seed/derived.ts: vintage_cells (active rows per cohort × month × product × region × dpd) and
-- vintage_origins (each account once, at its earliest first row: the active row with prev_dpd NULL, so an
-- account that left and came back is counted once; it counts when that row is up to $to).
WITH origin AS (
  SELECT origination_month, sum(accounts) AS accounts, sum(amount) AS amount
  FROM vintage_origins
  WHERE {{> in-months(origination_month)}}
    AND ($to::DATE IS NULL OR first_period <= $to::DATE)
    AND {{> in-dims(product, region)}}
  GROUP BY origination_month
),
cells AS (
  SELECT origination_month, period,
         coalesce(sum(accounts) FILTER (WHERE dpd >= $threshold), 0) AS delinquent_accounts,
         coalesce(sum(balance) FILTER (WHERE dpd >= $threshold), 0) AS delinquent_balance
  FROM vintage_cells
  WHERE {{> in-months(origination_month)}}
    AND ($to::DATE IS NULL OR period <= $to::DATE)
    AND {{> in-dims(product, region)}}
  GROUP BY origination_month, period
)
SELECT {{month(c.origination_month)}} AS "cohort",
       {{monthsBetween(c.origination_month, c.period)}}::INTEGER AS "mob",
       o.accounts::DOUBLE AS "originatedAccounts",
       o.amount::DOUBLE AS "originatedAmount",
       c.delinquent_accounts::DOUBLE AS "delinquentAccounts",
       c.delinquent_balance::DOUBLE AS "delinquentBalance"
FROM cells c
JOIN origin o USING (origination_month)
ORDER BY c.origination_month, "mob"
