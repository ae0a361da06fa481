-- Fragment (sql-files.ts): the derived table quality_cells (seed/derived.ts): per collector (agent_id) × UTC month
-- of the call, the collector's calls (phone attempts; method and rule ''), per QA method the checks, those with a
-- violation and the sum of their scores (rule ''), and per method × rule the violations, as quality.sql counts them.
WITH calls AS (
  SELECT a.attempt_id AS attempt_id, a.agent_id AS agent_id,
         CAST({{trunc('month', {{utcTs({{epochUs(a.attempted_at)}})}})}} AS DATE) AS period
  FROM contact_attempts a
  WHERE a.channel = 'phone' AND a.agent_id IS NOT NULL
),
{{> quality-checks}}
SELECT agent_id, period, method, rule,
       sum(calls) AS calls, sum(checked) AS checked, sum(violations) AS violations, sum(score_sum) AS score_sum
FROM (
  SELECT agent_id, period, '' AS method, '' AS rule, count(*) AS calls, 0 AS checked, 0 AS violations,
         CAST(0 AS DECIMAL(38, 2)) AS score_sum
  FROM calls
  GROUP BY agent_id, period
  UNION ALL
  SELECT agent_id, period, method, '', 0, checked, violating, CAST(score_sum AS DECIMAL(38, 2)) FROM per_method
  UNION ALL
  SELECT agent_id, period, method, rule, 0, 0, violations, CAST(0 AS DECIMAL(38, 2)) FROM per_rule
) AS parts
GROUP BY agent_id, period, method, rule
