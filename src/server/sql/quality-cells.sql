-- quality from quality_cells (src/server/seed/derived.ts): the same rows as quality.sql, which metrics.ts runs
-- instead when the database does not store the cells. The cells hold its monthly grid per collector × method: the
-- 'any' row (k 0, zeros included) and a row per violated rule; [$from, $to] are whole months, quarters and years
-- ($interval) sum their months, and a rule row takes its calls and checked from the summed 'any' row (a rule
-- violated in one month of a quarter only has no row in the others).
-- $teams/$regions: comma lists or NULL (the collector's team and region).
WITH g AS (
  SELECT agent_id
  FROM agents
  WHERE {{inList($teams, team)}}
    AND {{inList($regions, region)}}
),
summed AS (
  SELECT {{trunc($interval::VARCHAR, c.period)}} AS period, c.agent_id AS agent_id, c.method AS method, c.k AS k,
         c.rule AS rule, sum(c.calls) AS calls, sum(c.checked) AS checked, sum(c.violations) AS violations,
         sum(c.score_sum) AS score_sum
  FROM quality_cells c
  JOIN g ON g.agent_id = c.agent_id
  WHERE {{> in-months(c.period)}}
  GROUP BY 1, 2, 3, 4, 5
),
grid AS (
  SELECT s.period AS period, s.agent_id AS agent_id, s.method AS method, s.k AS k, s.rule AS rule, a.calls AS calls,
         a.checked AS checked, s.violations AS violations, s.score_sum AS score_sum
  FROM summed s
  JOIN summed a ON a.period = s.period AND a.agent_id = s.agent_id AND a.method = s.method AND a.k = 0
)
{{> quality-select}}
