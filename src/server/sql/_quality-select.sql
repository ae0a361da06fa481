-- Fragment (sql-files.ts): quality's rows from its `grid` (period, agent_id, method, k, rule, calls, checked,
-- violations, score_sum; the scores' sum on the 'any' rows), with the collector's team and name: quality.sql and
-- quality-cells.sql.
SELECT {{label(grid.period)}} AS "period",
       ag.team AS "team", grid.agent_id AS "agentId", ag.name AS "name", grid.method AS "method", grid.rule AS "rule",
       grid.calls::DOUBLE AS "calls",
       grid.checked::DOUBLE AS "checked",
       grid.violations::DOUBLE AS "violations",
       grid.score_sum::DOUBLE AS "scoreSum"
FROM grid
JOIN agents ag ON ag.agent_id = grid.agent_id
ORDER BY grid.period, grid.agent_id, grid.method, grid.k
