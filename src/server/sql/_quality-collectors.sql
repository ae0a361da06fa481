-- Fragment (sql-files.ts): the collectors quality answers for ($teams/$regions: comma lists or NULL, the
-- collector's team and region), each with `ix`, its place (0, 1, …) in agent_id order, and `n`, how many they are:
-- quality-cells-month.sql sends a cell's collector as `ix`, quality-agents.sql each collector's id, team and name
-- once (quality-rows.ts puts them on the rows; `n` tells it both statements saw the same collectors).
SELECT agent_id, team, name,
       (row_number() OVER (ORDER BY agent_id) - 1)::DOUBLE AS ix,
       (count(*) OVER ())::DOUBLE AS n
FROM agents
WHERE {{inList($teams, team)}}
  AND {{inList($regions, region)}}
