-- workload (案件负荷): per month × team of the collectors, from the warehouse's own tables (no new table).
-- A team's cases in a month: the accounts assigned to its collectors that month (assignments.assigned_on), once
-- each. inventory = those cases; casesDialled = those with a collector's attempt (agent_id set, any team) in the
-- same UTC month; inflow 入催 = those the team did not hold the month before (entering its stage: for the early
-- teams the cases that entered M1 the month before, handed over on the month's assignment); outflow by the
-- account's month row: chargedOff = a charge_offs row of that month; cured = otherwise no active row (closed) or
-- an active row at $e0 dpd or less (back to current); rolledOn = an active row whose bucket is above that of its
-- previous month (prev_dpd). attempts = the team's collectors' attempts (UTC month); fte = their logged hours
-- (work_date month) ÷ 168, computed as hours in cents ÷ 16 800 so shards add up exactly. Quarters and years
-- ($interval) sum their months. $teams/$regions: comma lists or NULL (the collector's team and region);
-- $e0…$e6 the upper dpd edges of the buckets (as in roll-rates.sql).
WITH ag AS (
  SELECT agent_id, team
  FROM agents
  WHERE {{inList($teams, team)}}
    AND {{inList($regions, region)}}
),
{{> workload-outcomes($e0, $e1, $e2, $e3, $e4, $e5, $e6)}},
cases AS (
  SELECT s.account_id AS account_id, ag.team AS team, CAST({{trunc('month', s.assigned_on)}} AS DATE) AS month
  FROM assignments s
  JOIN ag ON ag.agent_id = s.agent_id
  WHERE ($from::DATE IS NULL OR s.assigned_on >= $from::DATE)
    AND ($to::DATE IS NULL OR s.assigned_on < {{nextMonth($to::DATE)}})
  GROUP BY 1, 2, 3
),
outcome AS (
  SELECT c.month AS month, c.team AS team,
         CASE WHEN b.held IS NULL THEN 1 ELSE 0 END AS inflow,
         CASE WHEN w.account_id IS NULL THEN 0 ELSE 1 END AS dialled,
         CASE WHEN x.charged IS NOT NULL THEN 0 WHEN p.account_id IS NULL OR p.dpd <= $e0 THEN 1 ELSE 0 END AS cured,
         CASE WHEN x.charged IS NULL AND p.prev_b IS NOT NULL AND p.b > p.prev_b THEN 1 ELSE 0 END AS rolled,
         CASE WHEN x.charged IS NOT NULL THEN 1 ELSE 0 END AS charged
  FROM cases c
  LEFT JOIN held_before b ON b.account_id = c.account_id AND b.team = c.team AND b.month = c.month
  LEFT JOIN worked w ON w.account_id = c.account_id AND w.month = c.month
  LEFT JOIN active p ON p.account_id = c.account_id AND p.period = c.month
  LEFT JOIN exits x ON x.account_id = c.account_id AND x.month = c.month
),
case_months AS (
  SELECT month, team, count(*) AS inventory, sum(dialled) AS dialled, sum(inflow) AS inflow,
         sum(cured) AS cured, sum(rolled) AS rolled, sum(charged) AS charged
  FROM outcome
  GROUP BY month, team
),
tries AS (
  SELECT CAST({{trunc('month', {{utcTs({{epochUs(a.attempted_at)}})}})}} AS DATE) AS month, ag.team AS team,
         count(*) AS attempts
  FROM contact_attempts a
  JOIN ag ON ag.agent_id = a.agent_id
  WHERE ($from::DATE IS NULL OR a.attempted_at >= {{utc($from::DATE)}})
    AND ($to::DATE IS NULL OR a.attempted_at < {{utc({{nextMonth($to::DATE)}})}})
  GROUP BY 1, 2
),
hrs AS (
  SELECT CAST({{trunc('month', h.work_date)}} AS DATE) AS month, ag.team AS team, sum(h.hours) * 100 AS hours_cents
  FROM agent_hours h
  JOIN ag ON ag.agent_id = h.agent_id
  WHERE ($from::DATE IS NULL OR h.work_date >= $from::DATE)
    AND ($to::DATE IS NULL OR h.work_date < {{nextMonth($to::DATE)}})
  GROUP BY 1, 2
),
team_months AS (
  SELECT month, team FROM case_months
  UNION DISTINCT SELECT month, team FROM tries
  UNION DISTINCT SELECT month, team FROM hrs
),
monthly AS (
  SELECT k.month AS month, k.team AS team,
         coalesce(c.inventory, 0) AS inventory, coalesce(c.dialled, 0) AS dialled, coalesce(c.inflow, 0) AS inflow,
         coalesce(c.cured, 0) AS cured, coalesce(c.rolled, 0) AS rolled, coalesce(c.charged, 0) AS charged,
         coalesce(t.attempts, 0) AS attempts, coalesce(h.hours_cents, 0) AS hours_cents
  FROM team_months k
  LEFT JOIN case_months c ON c.month = k.month AND c.team = k.team
  LEFT JOIN tries t ON t.month = k.month AND t.team = k.team
  LEFT JOIN hrs h ON h.month = k.month AND h.team = k.team
)
{{> workload-select(month)}}
FROM monthly
GROUP BY 1, 2
ORDER BY 1, 2
