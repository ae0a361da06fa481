-- vintage: per origination cohort × months on book, the cohort's originated accounts and amount (accounts
-- seen in the snapshots) and the accounts and balance at or past $threshold days past due.
-- Cohorts (origination months) in [$from, $to]; snapshots up to $to. An account's first row in the table
-- has no previous month (prev_dpd NULL), so originations are counted on those rows (distinct, in case an
-- account left and came back) instead of grouping every snapshot by account.
WITH snap AS (
  SELECT account_id, period, origination_month, original_amount, dpd, balance, prev_dpd
  FROM account_period
  WHERE status = 'active'
    AND ($from::DATE IS NULL OR origination_month >= $from::DATE)
    AND ($to::DATE IS NULL OR origination_month <= $to::DATE)
    AND ($to::DATE IS NULL OR period <= $to::DATE)
    AND ($products::VARCHAR IS NULL OR list_contains(string_split($products::VARCHAR, ','), product))
    AND ($regions::VARCHAR IS NULL OR list_contains(string_split($regions::VARCHAR, ','), region))
),
accounts AS (
  SELECT origination_month, account_id, any_value(original_amount) AS amount FROM snap WHERE prev_dpd IS NULL GROUP BY ALL
),
origin AS (
  SELECT origination_month, count(*) AS accounts, sum(amount) AS amount FROM accounts GROUP BY ALL
),
cells AS (
  SELECT origination_month, period,
         count(*) FILTER (WHERE dpd >= $threshold) AS delinquent_accounts,
         coalesce(sum(balance) FILTER (WHERE dpd >= $threshold), 0) AS delinquent_balance
  FROM snap
  GROUP BY ALL
)
SELECT strftime(c.origination_month, '%Y-%m') AS "cohort",
       datediff('month', c.origination_month, c.period)::INTEGER AS "mob",
       o.accounts::DOUBLE AS "originatedAccounts",
       o.amount::DOUBLE AS "originatedAmount",
       c.delinquent_accounts::DOUBLE AS "delinquentAccounts",
       c.delinquent_balance::DOUBLE AS "delinquentBalance"
FROM cells c
JOIN origin o USING (origination_month)
ORDER BY c.origination_month, "mob"
