-- agents: one row per collector with activity in [$from, $to] (attempt months in UTC; promises by due month;
-- hours by work date; assignments by date assigned; complaints by date received).
-- $teams/$regions: comma lists or NULL (the collector's team and region).
WITH {{> collectors}},
att AS (
  SELECT agent_id,
         count(*) AS dials,
         count(*) FILTER (WHERE answered) AS connects,
         count(*) FILTER (WHERE right_party) AS rpc,
         count(*) FILTER (WHERE promise_amount IS NOT NULL) AS promises,
         sum(collected) AS collected
  FROM contact_attempts
  WHERE agent_id IS NOT NULL
    AND {{> attempt-months(attempted_at)}}
  GROUP BY agent_id
),
pr AS (
  SELECT agent_id, count(*) AS due, count(*) FILTER (WHERE kept) AS kept
  FROM promises
  WHERE {{> in-days(due_on)}}
  GROUP BY agent_id
),
hrs AS (
  SELECT agent_id, sum(hours) AS hours
  FROM agent_hours
  WHERE {{> in-days(work_date)}}
  GROUP BY agent_id
),
asg AS (
  SELECT agent_id, sum(balance) AS assigned
  FROM assignments
  WHERE {{> in-days(assigned_on)}}
  GROUP BY agent_id
),
cmp AS (
  SELECT agent_id, count(*) AS complaints
  FROM complaints
  WHERE agent_id IS NOT NULL
    AND {{> in-days(received_on)}}
  GROUP BY agent_id
)
SELECT ag.agent_id AS "agentId",
       ag.name AS "name",
       ag.team AS "team",
       coalesce(att.dials, 0)::DOUBLE AS "dials",
       coalesce(att.connects, 0)::DOUBLE AS "connects",
       coalesce(att.rpc, 0)::DOUBLE AS "rightPartyContacts",
       coalesce(att.promises, 0)::DOUBLE AS "promises",
       coalesce(pr.due, 0)::DOUBLE AS "promisesDue",
       coalesce(pr.kept, 0)::DOUBLE AS "promisesKept",
       coalesce(asg.assigned, 0)::DOUBLE AS "assigned",
       coalesce(att.collected, 0)::DOUBLE AS "collected",
       coalesce(hrs.hours, 0)::DOUBLE AS "hours",
       coalesce(cmp.complaints, 0)::DOUBLE AS "complaints"
FROM ag
LEFT JOIN att USING (agent_id)
LEFT JOIN pr USING (agent_id)
LEFT JOIN hrs USING (agent_id)
LEFT JOIN asg USING (agent_id)
LEFT JOIN cmp USING (agent_id)
WHERE att.agent_id IS NOT NULL OR pr.agent_id IS NOT NULL OR hrs.agent_id IS NOT NULL
   OR asg.agent_id IS NOT NULL OR cmp.agent_id IS NOT NULL
ORDER BY ag.agent_id
