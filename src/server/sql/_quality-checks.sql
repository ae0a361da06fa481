-- Fragment (sql-files.ts): QA checks of the calls `c` (attempt_id, agent_id, period) per period × collector ×
-- method (checked, violating: with at least one violation, score_sum) and per rule (violations): quality.sql and
-- the derived table quality_cells.
found AS (
  SELECT check_id, count(*) AS rules
  FROM qa_violations
  GROUP BY check_id
),
checks AS (
  SELECT c.period AS period, c.agent_id AS agent_id, q.check_id AS check_id,
         q.method AS method, q.score AS score,
         CASE WHEN coalesce(f.rules, 0) > 0 THEN 1 ELSE 0 END AS violating
  FROM calls c
  JOIN qa_checks q ON q.attempt_id = c.attempt_id
  LEFT JOIN found f ON f.check_id = q.check_id
),
per_method AS (
  SELECT period, agent_id, method, count(*) AS checked, sum(violating) AS violating, sum(score) AS score_sum
  FROM checks
  GROUP BY period, agent_id, method
),
per_rule AS (
  SELECT k.period AS period, k.agent_id AS agent_id, k.method AS method, v.rule AS rule, count(*) AS violations
  FROM checks k
  JOIN qa_violations v ON v.check_id = k.check_id
  GROUP BY k.period, k.agent_id, k.method, v.rule
)
