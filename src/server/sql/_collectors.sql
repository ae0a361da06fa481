-- Fragment (sql-files.ts): the collectors `ag` (agent_id, name, team) of $teams and $regions (comma lists or NULL:
-- the collector's team and region): agents.sql and agents-cells.sql.
ag AS (
  SELECT agent_id, name, team
  FROM agents
  WHERE {{inList($teams, team)}}
    AND {{inList($regions, region)}}
)
