-- Fragment (sql-files.ts): compliance's rows from its monthly (or quarterly, yearly) counts `m`, one per period
-- × rule of cn-cba-2026 and us-reg-f: compliance.sql and compliance-cells.sql end with it.
rules AS (
  SELECT 1 AS k, 'cn-cba-2026/quiet-hours' AS rule UNION ALL SELECT 2, 'cn-cba-2026/unanswered-calls'
  UNION ALL SELECT 3, 'cn-cba-2026/third-party' UNION ALL SELECT 4, 'cn-cba-2026/two-collectors'
  UNION ALL SELECT 5, 'us-reg-f/7-in-7' UNION ALL SELECT 6, 'us-reg-f/after-conversation' UNION ALL SELECT 7, 'us-reg-f/time-of-day'
)
SELECT {{label(m.period)}} AS "period",
       r.rule AS "rule",
       (CASE r.k WHEN 1 THEN m.attempts WHEN 2 THEN m.calls WHEN 3 THEN m.attempts WHEN 4 THEN m.visits
                 WHEN 5 THEN m.calls WHEN 6 THEN m.calls ELSE m.attempts END)::DOUBLE AS "checked",
       (CASE r.k WHEN 1 THEN m.cn_quiet WHEN 2 THEN m.unanswered WHEN 3 THEN m.third WHEN 4 THEN m.alone
                 WHEN 5 THEN m.seven WHEN 6 THEN m.after_talk ELSE m.us_time END)::DOUBLE AS "breaches"
FROM m
CROSS JOIN rules r
ORDER BY m.period, r.k
