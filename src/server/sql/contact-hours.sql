-- contact-hours: collectors' attempts (agent_id set) per UTC month of the attempt × the consumer's local ISO
-- weekday and hour (timezone(time_zone, attempted_at)) × channel: attempts, answered, right party, promise made.
-- The same attempts as promises.sql's steps, so a month's cells add up to its funnel row. Quarters and years
-- ($interval) sum their months. $products/$regions: the account's (comma lists or NULL); $teams: the collector's.
WITH ag AS (
  SELECT agent_id
  FROM agents
  WHERE {{inList($teams, team)}}
),
att AS (
  SELECT {{> attempt-local}}
  FROM contact_attempts a
  JOIN ag ON ag.agent_id = a.agent_id
  WHERE {{inList($products, a.product)}}
    AND {{inList($regions, a.region)}}
    AND {{> attempt-months(a.attempted_at)}}
)
SELECT {{label(month)}} AS "period",
       CAST({{isoWeekday(local_ts)}} AS INTEGER) AS "weekday",
       CAST({{hour(local_ts)}} AS INTEGER) AS "hour",
       channel AS "channel",
       count(*)::DOUBLE AS "attempts",
       count(*) FILTER (WHERE answered)::DOUBLE AS "contacts",
       count(*) FILTER (WHERE right_party)::DOUBLE AS "rightPartyContacts",
       count(*) FILTER (WHERE promise_amount IS NOT NULL)::DOUBLE AS "promises"
FROM att
GROUP BY 1, 2, 3, 4
ORDER BY 1, 2, 3, 4
