-- The collectors quality-cells-month.sql answers for, once each: id, team and name (quality-rows.ts puts team and
-- name on their rows). $teams/$regions: comma lists or NULL (the collector's team and region).
SELECT agent_id AS "agentId", team AS "team", name AS "name"
FROM agents
WHERE {{inList($teams, team)}}
  AND {{inList($regions, region)}}
