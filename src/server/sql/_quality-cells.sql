-- Fragment (sql-files.ts): the derived table quality_cells (seed/derived.ts): quality.sql's monthly grid by collector
-- (agent_id) × UTC month of the call × QA method × rule (k): the collector's calls (phone attempts), the checks of the
-- method, the checked calls violating the rule (k 0: any red-line rule) and on k 0 their scores' sum. k 0 rows are
-- there for every collector-month with calls (zeros included), rule rows only where the rule was violated.
-- violations and score_sum stored as BIGINT and DECIMAL(18, 2) (DuckDB's sums would be HUGEINT and DECIMAL(38, 2),
-- 128-bit columns that took 18 of the 26 ms of CPU of reading the 29,135 cells at 10 million rows).
WITH calls AS (
  SELECT a.attempt_id AS attempt_id, a.agent_id AS agent_id,
         CAST({{trunc('month', {{utcTs({{epochUs(a.attempted_at)}})}})}} AS DATE) AS period
  FROM contact_attempts a
  WHERE a.channel = 'phone' AND a.agent_id IS NOT NULL
),
{{> quality-checks}},
per_agent AS (
  SELECT period, agent_id, count(*) AS calls
  FROM calls
  GROUP BY period, agent_id
),
{{> quality-grid}}
SELECT agent_id, period, method, k, rule, calls, checked, CAST(violations AS BIGINT) AS violations,
       CAST(score_sum AS DECIMAL(18, 2)) AS score_sum
FROM grid
