-- quality by month from quality_cells (metrics.ts runs it for interval=month when the database stores the cells):
-- the cells are the answer's rows, one per collector × UTC month × QA method × rule (k 0: 'any'), calls and checked
-- on every row, so nothing is summed. It sends numbers only, which quality-rows.ts turns into the answer's rows
-- (no string to read back per row): the month's first day as days since 1970-01-01, the collector as its place
-- `ix` among quality-agents.sql's collectors (_quality-collectors.sql; `collectors`: how many they are), manual 1
-- for 'manual' (0: 'ai'), the rule's k (_quality-grid.sql: 0 'any', 1–6 the red-line rules in QA_RULES order).
-- $teams/$regions: comma lists or NULL (the collector's team and region).
SELECT {{epochDay(c.period)}}::DOUBLE AS "day", a.ix AS "agent", a.n AS "collectors",
       (CASE WHEN c.method = 'manual' THEN 1 ELSE 0 END)::DOUBLE AS "manual", c.k::DOUBLE AS "k",
       c.calls::DOUBLE AS "calls",
       c.checked::DOUBLE AS "checked",
       c.violations::DOUBLE AS "violations",
       c.score_sum::DOUBLE AS "scoreSum"
FROM quality_cells c
JOIN ({{> quality-collectors}}) a ON a.agent_id = c.agent_id
WHERE {{> in-months(c.period)}}
ORDER BY c.period, c.agent_id, c.method, c.k
