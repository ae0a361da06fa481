-- quality (催收质检): per month (UTC month of the call) × team × collector × QA method × rule, the collector's calls
-- (phone attempts with an agent), the calls the method checked, the checked calls violating the rule (rule 'any': at
-- least one red-line rule) and, on the 'any' rows, the sum of the checks' scores. Every collector-month with calls gets
-- both methods ('ai', 'manual') and every rule, zeros included. $teams/$regions: comma lists or NULL (the collector's
-- team and region). Quarters and years ($interval) sum their months' rows.
WITH calls AS (
  SELECT a.attempt_id AS attempt_id, a.agent_id AS agent_id, g.team AS team, g.name AS name,
         {{trunc('month', {{utcTs({{epochUs(a.attempted_at)}})}})}} AS period
  FROM contact_attempts a
  JOIN agents g ON g.agent_id = a.agent_id
  WHERE a.channel = 'phone'
    AND ($from::DATE IS NULL OR a.attempted_at >= {{utc($from::DATE)}})
    AND ($to::DATE IS NULL OR a.attempted_at < {{utc({{nextMonth($to::DATE)}})}})
    AND {{inList($teams, g.team)}}
    AND {{inList($regions, g.region)}}
),
per_agent AS (
  SELECT {{trunc($interval::VARCHAR, c.period)}} AS period, c.agent_id AS agent_id, c.team AS team, c.name AS name, count(*) AS calls
  FROM calls c
  GROUP BY 1, 2, 3, 4
),
found AS (
  SELECT check_id, count(*) AS rules
  FROM qa_violations
  GROUP BY check_id
),
checks AS (
  SELECT {{trunc($interval::VARCHAR, c.period)}} AS period, c.agent_id AS agent_id, q.check_id AS check_id,
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
),
methods AS (SELECT 'ai' AS method UNION ALL SELECT 'manual'),
rules AS (
  SELECT 0 AS k, 'any' AS rule UNION ALL SELECT 1, 'abusive-language' UNION ALL SELECT 2, 'threats'
  UNION ALL SELECT 3, 'impersonation' UNION ALL SELECT 4, 'third-party-disclosure'
  UNION ALL SELECT 5, 'false-statements' UNION ALL SELECT 6, 'outside-hours'
)
SELECT {{label(p.period)}} AS "period",
       p.team AS "team", p.agent_id AS "agentId", p.name AS "name", m.method AS "method", r.rule AS "rule",
       p.calls::DOUBLE AS "calls",
       coalesce(pm.checked, 0)::DOUBLE AS "checked",
       (CASE WHEN r.k = 0 THEN coalesce(pm.violating, 0) ELSE coalesce(pr.violations, 0) END)::DOUBLE AS "violations",
       (CASE WHEN r.k = 0 THEN coalesce(pm.score_sum, 0) ELSE 0 END)::DOUBLE AS "scoreSum"
FROM per_agent p
CROSS JOIN methods m
CROSS JOIN rules r
LEFT JOIN per_method pm ON pm.period = p.period AND pm.agent_id = p.agent_id AND pm.method = m.method
LEFT JOIN per_rule pr ON pr.period = p.period AND pr.agent_id = p.agent_id AND pr.method = m.method AND pr.rule = r.rule
ORDER BY p.period, p.agent_id, m.method, r.k
