-- compliance from compliance_cells (src/server/seed/derived.ts): the same rows as compliance.sql, which
-- metrics.ts runs instead when the cn zone setting is not the zone the cells were built with. The cells hold, per UTC
-- month × product × region, plain counts and the distributions the rule settings choose from: local hour of
-- attempts without consent, unanswered calls per contact-day, per call the calls within 7 local days.
WITH p AS (
  SELECT period,
         coalesce(sum(n) FILTER (WHERE measure = 'attempts'), 0) AS attempts,
         coalesce(sum(n) FILTER (WHERE measure = 'quiet_hour' AND (value < $cn_from OR value >= $cn_until)), 0) AS cn_quiet,
         coalesce(sum(n) FILTER (WHERE measure = 'third'), 0) AS third,
         coalesce(sum(n) FILTER (WHERE measure = 'visits'), 0) AS visits,
         coalesce(sum(n) FILTER (WHERE measure = 'alone'), 0) AS alone,
         coalesce(sum(n) FILTER (WHERE measure = 'quiet_hour' AND (value < $us_from OR value >= $us_until)), 0) AS us_time,
         coalesce(sum(n) FILTER (WHERE measure = 'calls_in_7'), 0) AS calls,
         coalesce(sum(n) FILTER (WHERE measure = 'calls_in_7' AND value > $us_calls), 0) AS seven,
         coalesce(sum(n) FILTER (WHERE measure = 'after_talk'), 0) AS after_talk,
         coalesce(sum(n) FILTER (WHERE measure = 'unanswered' AND value > $cn_unanswered), 0) AS unanswered
  FROM compliance_cells
  WHERE ($from::DATE IS NULL OR period >= $from::DATE)
    AND ($to::DATE IS NULL OR period <= $to::DATE)
    AND {{inList($products, product)}}
    AND {{inList($regions, region)}}
  GROUP BY period
),
m AS (
  SELECT {{trunc($interval::VARCHAR, period)}} AS period,
         sum(attempts) AS attempts, sum(cn_quiet) AS cn_quiet, sum(third) AS third, sum(visits) AS visits,
         sum(alone) AS alone, sum(us_time) AS us_time, sum(calls) AS calls, sum(seven) AS seven,
         sum(after_talk) AS after_talk, sum(unanswered) AS unanswered
  FROM p
  GROUP BY 1
),
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
