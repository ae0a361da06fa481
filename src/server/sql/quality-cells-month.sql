-- quality by month from quality_cells (metrics.ts runs it for interval=month when the database stores the cells):
-- the cells are the answer's rows, one per collector × UTC month × QA method × rule (k 0: 'any'), calls and checked
-- on every row, so nothing is summed or joined. It sends codes that quality-rows.ts turns into the answer's rows
-- (fewer strings to read back): the month's first day as days since 1970-01-01, manual 1 for 'manual' (0: 'ai'),
-- the rule's k (_quality-grid.sql: 0 'any', 1–6 the red-line rules in QA_RULES order); the collectors' team and
-- name come once per collector from quality-agents.sql. $teams/$regions: comma lists or NULL (the collector's
-- team and region).
SELECT {{epochDay(c.period)}}::DOUBLE AS "day", c.agent_id AS "agentId",
       (CASE WHEN c.method = 'manual' THEN 1 ELSE 0 END)::DOUBLE AS "manual", c.k::DOUBLE AS "k",
       c.calls::DOUBLE AS "calls",
       c.checked::DOUBLE AS "checked",
       c.violations::DOUBLE AS "violations",
       c.score_sum::DOUBLE AS "scoreSum"
FROM quality_cells c
WHERE c.agent_id IN (
    SELECT agent_id
    FROM agents
    WHERE {{inList($teams, team)}}
      AND {{inList($regions, region)}}
  )
  AND {{> in-months(c.period)}}
ORDER BY c.period, c.agent_id, c.method, c.k
