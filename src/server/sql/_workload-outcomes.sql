-- Fragment (sql-files.ts): what workload counts per case, whatever the filters: held (a team's accounts per month
-- assigned), held_before (the same, the month after: the team held the case the month before), worked (accounts
-- with a collector's attempt per UTC month), active (active month rows with their bucket b and previous month's
-- prev_b, the buckets' upper dpd edges {{@1}} … {{@7}}), exits (charge-offs per month). workload.sql uses it with
-- $e0 … $e6, the derived table workload_cells (seed/derived.ts) with the default buckets' edges.
held AS (
  SELECT s.account_id AS account_id, g.team AS team, CAST({{trunc('month', s.assigned_on)}} AS DATE) AS month
  FROM assignments s
  JOIN agents g ON g.agent_id = s.agent_id
  GROUP BY 1, 2, 3
),
held_before AS (
  SELECT account_id, team, CAST({{nextMonth(month)}} AS DATE) AS month, 1 AS held
  FROM held
),
worked AS (
  SELECT account_id, CAST({{trunc('month', {{utcTs({{epochUs(attempted_at)}})}})}} AS DATE) AS month
  FROM contact_attempts
  WHERE agent_id IS NOT NULL
  GROUP BY 1, 2
),
active AS (
  SELECT account_id, period, dpd, prev_dpd,
         CASE WHEN dpd <= {{@1}} THEN 0 WHEN dpd <= {{@2}} THEN 1 WHEN dpd <= {{@3}} THEN 2 WHEN dpd <= {{@4}} THEN 3
              WHEN dpd <= {{@5}} THEN 4 WHEN dpd <= {{@6}} THEN 5 WHEN dpd <= {{@7}} THEN 6 ELSE 7 END AS b,
         CASE WHEN prev_dpd IS NULL THEN NULL WHEN prev_dpd <= {{@1}} THEN 0 WHEN prev_dpd <= {{@2}} THEN 1
              WHEN prev_dpd <= {{@3}} THEN 2 WHEN prev_dpd <= {{@4}} THEN 3 WHEN prev_dpd <= {{@5}} THEN 4
              WHEN prev_dpd <= {{@6}} THEN 5 WHEN prev_dpd <= {{@7}} THEN 6 ELSE 7 END AS prev_b
  FROM account_period
  WHERE status = 'active'
),
exits AS (
  SELECT account_id, charge_off_month AS month, 1 AS charged
  FROM charge_offs
  GROUP BY 1, 2
)
