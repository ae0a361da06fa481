-- Fragment (sql-files.ts): per attempt of `lt` (local-time fragment over cn-attempts), over its debt's earlier
-- attempts of the month (time, then attempt_id): any invalid number of the debtor (`invalid_before`) and the run
-- of failed voice calls to the debtor since the debtor last answered (`run`: failures before it minus those
-- before that answer). Rules are checked within each month's attempts of a debt.
earlier AS (
  SELECT *,
         coalesce(sum(CASE WHEN party = 'debtor' AND voice AND NOT answered THEN 1 ELSE 0 END) OVER w, 0) AS failed_before,
         coalesce(max(CASE WHEN party = 'debtor' AND invalid_number THEN 1 ELSE 0 END) OVER w, 0) AS invalid_before
  FROM lt
  WINDOW w AS (PARTITION BY period, debt ORDER BY attempted_at, attempt_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
),
runs AS (
  SELECT *,
         failed_before - coalesce(max(CASE WHEN party = 'debtor' AND voice AND answered THEN failed_before END) OVER w, 0) AS run
  FROM earlier
  WINDOW w AS (PARTITION BY period, debt ORDER BY attempted_at, attempt_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
)
