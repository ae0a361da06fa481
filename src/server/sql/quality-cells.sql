-- quality from quality_cells (src/server/seed/derived.ts): the same rows as quality.sql, which metrics.ts runs
-- instead when the database does not store the cells. The cells hold per collector × UTC month the calls, the
-- checks per QA method and the violations per method × rule; [$from, $to] are whole months, quarters and years
-- ($interval) sum their months. $teams/$regions: comma lists or NULL (the collector's team and region).
WITH g AS (
  SELECT agent_id, team, name
  FROM agents
  WHERE {{inList($teams, team)}}
    AND {{inList($regions, region)}}
),
cells AS (
  SELECT {{trunc($interval::VARCHAR, c.period)}} AS period, c.agent_id AS agent_id, g.team AS team, g.name AS name,
         c.method AS method, c.rule AS rule, sum(c.calls) AS calls, sum(c.checked) AS checked,
         sum(c.violations) AS violations, sum(c.score_sum) AS score_sum
  FROM quality_cells c
  JOIN g ON g.agent_id = c.agent_id
  WHERE {{> in-months(c.period)}}
  GROUP BY 1, 2, 3, 4, 5, 6
),
per_agent AS (SELECT period, agent_id, team, name, calls FROM cells WHERE method = ''),
per_method AS (SELECT period, agent_id, method, checked, violations AS violating, score_sum FROM cells WHERE method <> '' AND rule = ''),
per_rule AS (SELECT period, agent_id, method, rule, violations FROM cells WHERE method <> '' AND rule <> ''),
{{> quality-rows}}
