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
  WHERE {{> in-months(period)}}
    AND {{> in-dims(product, region)}}
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
{{> compliance-rules}}
