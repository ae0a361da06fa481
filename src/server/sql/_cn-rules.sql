-- Fragment (sql-files.ts): the rows of the cn-gbt-2025 rules and cn-cba-2026/third-party-after-failures from the
-- monthly counts `p` (period, attempts, quiet, others, told, reachable, early) and `t` (period, talks, many):
-- compliance-cn-rules.sql and compliance-cn-rules-cells.sql end with it. Quarters and years ($interval) sum months.
m AS (
  SELECT {{trunc($interval::VARCHAR, p.period)}} AS period,
         sum(p.attempts) AS attempts, sum(p.quiet) AS quiet, sum(p.others) AS others, sum(p.told) AS told,
         sum(p.reachable) AS reachable, sum(p.early) AS early,
         sum(coalesce(t.talks, 0)) AS talks, sum(coalesce(t.many, 0)) AS many
  FROM p
  LEFT JOIN t ON t.period = p.period
  GROUP BY 1
),
rules AS (
  SELECT 1 AS k, 'cn-cba-2026/third-party-after-failures' AS rule UNION ALL SELECT 2, 'cn-gbt-2025/quiet-hours'
  UNION ALL SELECT 3, 'cn-gbt-2025/conversations-per-day' UNION ALL SELECT 4, 'cn-gbt-2025/third-party-unreachable'
  UNION ALL SELECT 5, 'cn-gbt-2025/no-disclosure'
)
SELECT {{label(m.period)}} AS "period",
       r.rule AS "rule",
       (CASE r.k WHEN 1 THEN m.others WHEN 2 THEN m.attempts WHEN 3 THEN m.talks ELSE m.others END)::DOUBLE AS "checked",
       (CASE r.k WHEN 1 THEN m.early WHEN 2 THEN m.quiet WHEN 3 THEN m.many WHEN 4 THEN m.reachable ELSE m.told END)::DOUBLE AS "breaches"
FROM m
CROSS JOIN rules r
ORDER BY m.period, r.k
