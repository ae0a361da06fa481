-- Fragment (sql-files.ts): the derived table workload_cells (seed/derived.ts): workload.sql's counts per UTC month ×
-- collector's team × collector's region, the buckets' upper dpd edges {{@1}} … {{@7}}. A case (account, team, month)
-- handed to the team's collectors of one region is summed into its (month, team, region) row (account_id NULL); a
-- case handed to collectors of several regions keeps one row per region with its account_id, so a request counts it
-- once whatever regions it asks (workload-cells.sql). The collectors' attempts (UTC month) and hours in cents (work
-- month) are summed into the rows of their team and region. Every measure DECIMAL(38, 2), so the sources stack.
WITH {{> workload-outcomes({{@1}}, {{@2}}, {{@3}}, {{@4}}, {{@5}}, {{@6}}, {{@7}})}},
cases AS (
  SELECT s.account_id AS account_id, g.team AS team, g.region AS region,
         CAST({{trunc('month', s.assigned_on)}} AS DATE) AS month
  FROM assignments s
  JOIN agents g ON g.agent_id = s.agent_id
  GROUP BY 1, 2, 3, 4
),
spread AS (
  SELECT account_id, team, month, count(*) AS regions
  FROM cases
  GROUP BY account_id, team, month
),
outcome AS (
  SELECT c.month AS month, c.team AS team, c.region AS region,
         CASE WHEN sp.regions > 1 THEN c.account_id END AS account_id,
         CASE WHEN b.held IS NULL THEN 1 ELSE 0 END AS inflow,
         CASE WHEN w.account_id IS NULL THEN 0 ELSE 1 END AS dialled,
         CASE WHEN x.charged IS NOT NULL THEN 0 WHEN p.account_id IS NULL OR p.dpd <= {{@1}} THEN 1 ELSE 0 END AS cured,
         CASE WHEN x.charged IS NULL AND p.prev_b IS NOT NULL AND p.b > p.prev_b THEN 1 ELSE 0 END AS rolled,
         CASE WHEN x.charged IS NOT NULL THEN 1 ELSE 0 END AS charged
  FROM cases c
  JOIN spread sp ON sp.account_id = c.account_id AND sp.team = c.team AND sp.month = c.month
  LEFT JOIN held_before b ON b.account_id = c.account_id AND b.team = c.team AND b.month = c.month
  LEFT JOIN worked w ON w.account_id = c.account_id AND w.month = c.month
  LEFT JOIN active p ON p.account_id = c.account_id AND p.period = c.month
  LEFT JOIN exits x ON x.account_id = c.account_id AND x.month = c.month
)
SELECT period, team, region, account_id, sum(inventory) AS inventory, sum(dialled) AS dialled, sum(inflow) AS inflow,
       sum(cured) AS cured, sum(rolled) AS rolled, sum(charged) AS charged, sum(attempts) AS attempts,
       sum(hours_cents) AS hours_cents
FROM (
  SELECT month AS period, team, region, account_id,
         CAST(count(*) AS DECIMAL(38, 2)) AS inventory, CAST(sum(dialled) AS DECIMAL(38, 2)) AS dialled,
         CAST(sum(inflow) AS DECIMAL(38, 2)) AS inflow, CAST(sum(cured) AS DECIMAL(38, 2)) AS cured,
         CAST(sum(rolled) AS DECIMAL(38, 2)) AS rolled, CAST(sum(charged) AS DECIMAL(38, 2)) AS charged,
         CAST(0 AS DECIMAL(38, 2)) AS attempts, CAST(0 AS DECIMAL(38, 2)) AS hours_cents
  FROM outcome
  GROUP BY 1, 2, 3, 4
  UNION ALL
  SELECT CAST({{trunc('month', {{utcTs({{epochUs(a.attempted_at)}})}})}} AS DATE), g.team, g.region, NULL,
         CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)),
         CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)), CAST(count(*) AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2))
  FROM contact_attempts a
  JOIN agents g ON g.agent_id = a.agent_id
  GROUP BY 1, 2, 3
  UNION ALL
  SELECT CAST({{trunc('month', h.work_date)}} AS DATE), g.team, g.region, NULL,
         CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)),
         CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)), CAST(0 AS DECIMAL(38, 2)),
         CAST(sum(h.hours) * 100 AS DECIMAL(38, 2))
  FROM agent_hours h
  JOIN agents g ON g.agent_id = h.agent_id
  GROUP BY 1, 2, 3
) AS sources
GROUP BY period, team, region, account_id
