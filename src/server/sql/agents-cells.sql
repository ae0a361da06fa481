-- agents from agent_cells (src/server/seed/derived.ts): the same rows as agents.sql, which metrics.ts runs
-- instead when the database does not store the cells. The cells hold each collector × UTC month's attempts,
-- promises due, hours, assignments and complaints; [$from, $to] are whole months, so summing the months in
-- range gives what agents.sql counts from the rows. A collector is listed when it has a cell in range (a
-- cell exists only where some source has a row, as agents.sql's outer joins require).
-- $teams/$regions: comma lists or NULL (the collector's team and region).
WITH {{> collectors}},
c AS (
  SELECT agent_id, sum(dials) AS dials, sum(connects) AS connects, sum(rpc) AS rpc, sum(promises) AS promises,
         sum(collected) AS collected, sum(due) AS due, sum(kept) AS kept, sum(hours) AS hours,
         sum(assigned) AS assigned, sum(complaints) AS complaints
  FROM agent_cells
  WHERE {{> in-months(period)}}
  GROUP BY agent_id
)
SELECT ag.agent_id AS "agentId",
       ag.name AS "name",
       ag.team AS "team",
       c.dials::DOUBLE AS "dials",
       c.connects::DOUBLE AS "connects",
       c.rpc::DOUBLE AS "rightPartyContacts",
       c.promises::DOUBLE AS "promises",
       c.due::DOUBLE AS "promisesDue",
       c.kept::DOUBLE AS "promisesKept",
       c.assigned::DOUBLE AS "assigned",
       c.collected::DOUBLE AS "collected",
       c.hours::DOUBLE AS "hours",
       c.complaints::DOUBLE AS "complaints"
FROM ag
JOIN c USING (agent_id)
ORDER BY ag.agent_id
