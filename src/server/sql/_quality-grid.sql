-- Fragment (sql-files.ts): quality's grid from per_agent (period, agent_id, calls), per_method (period, agent_id,
-- method, checked, violating, score_sum) and per_rule (period, agent_id, method, rule, violations): every collector-
-- period with calls × both methods with its 'any' row (k 0: at least one red-line rule), zeros included, and a row for each
-- rule the method found violated (violations > 0; a rule without a row has 0 violations out of the 'any' row's checked).
methods AS (SELECT 'ai' AS method UNION ALL SELECT 'manual'),
rules AS (
  SELECT 0 AS k, 'any' AS rule UNION ALL SELECT 1, 'abusive-language' UNION ALL SELECT 2, 'threats'
  UNION ALL SELECT 3, 'impersonation' UNION ALL SELECT 4, 'third-party-disclosure'
  UNION ALL SELECT 5, 'false-statements' UNION ALL SELECT 6, 'outside-hours'
),
grid AS (
  SELECT p.period AS period, p.agent_id AS agent_id, m.method AS method, r.k AS k, r.rule AS rule, p.calls AS calls,
         coalesce(pm.checked, 0) AS checked,
         CASE WHEN r.k = 0 THEN coalesce(pm.violating, 0) ELSE coalesce(pr.violations, 0) END AS violations,
         CASE WHEN r.k = 0 THEN coalesce(pm.score_sum, 0) ELSE 0 END AS score_sum
  FROM per_agent p
  CROSS JOIN methods m
  CROSS JOIN rules r
  LEFT JOIN per_method pm ON pm.period = p.period AND pm.agent_id = p.agent_id AND pm.method = m.method
  LEFT JOIN per_rule pr ON pr.period = p.period AND pr.agent_id = p.agent_id AND pr.method = m.method AND pr.rule = r.rule
  WHERE r.k = 0 OR pr.violations > 0
)
