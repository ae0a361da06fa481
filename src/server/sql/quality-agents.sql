-- The collectors quality-cells-month.sql answers for, once each: their place `ix` (the cells' collector code),
-- id, team and name (quality-rows.ts puts id, team and name on their rows). $teams/$regions: comma lists or NULL
-- (the collector's team and region).
SELECT a.ix AS "ix", a.agent_id AS "agentId", a.team AS "team", a.name AS "name"
FROM ({{> quality-collectors}}) a
ORDER BY a.ix
