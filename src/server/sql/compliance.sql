-- compliance: per month (UTC month of the attempt) × rule, the attempts a rule examined and its breaches, in
-- the consumer's local time (attempted_at in its time_zone). Rules are checked within each month's attempts.
-- cn-cba-2026: quiet hours outside [$cn_from, $cn_until) without consent; more than $cn_unanswered unanswered
-- calls to one contact on one local day (one breach per contact-day); third parties; field visits by fewer
-- than 2 collectors (visits with a collectors count). us-reg-f: a call that is number $us_calls + 1 or later
-- about one debt within 7 local days; a call within 7 days after a conversation; contact outside
-- [$us_from, $us_until) without consent. Calls are phone attempts, ordered by time then attempt_id.
-- Quarters and years ($interval) sum their months' rows.
WITH a AS (
  SELECT attempt_id, account_id AS debt, contact_id, channel, answered, conversation, party, consent, collectors,
         coalesce(time_zone, $cn_zone::VARCHAR) AS zone,
         {{epochUs(attempted_at)}} AS us
  FROM contact_attempts
  WHERE {{> attempt-months(attempted_at)}}
    AND {{> in-dims(product, region)}}
),
{{> local-time}},
calls AS (
  SELECT period, contact_id, answered, local_date, day,
         row_number() OVER (PARTITION BY period, debt ORDER BY ms, attempt_id) AS rn,
         count(*) OVER (PARTITION BY period, debt ORDER BY day RANGE BETWEEN UNBOUNDED PRECEDING AND 7 PRECEDING) AS older,
         max(CASE WHEN conversation THEN day END) OVER (PARTITION BY period, debt ORDER BY ms, attempt_id
                                                         ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS last_talk
  FROM lt
  WHERE channel = 'phone'
),
unanswered AS (
  SELECT period, count(*) AS groups
  FROM (SELECT period, contact_id, local_date FROM calls WHERE NOT answered GROUP BY period, contact_id, local_date HAVING count(*) > $cn_unanswered) AS groups_over
  GROUP BY period
),
per_call AS (
  SELECT period, count(*) AS calls,
         count(*) FILTER (WHERE rn::BIGINT - older::BIGINT > $us_calls) AS seven,
         count(*) FILTER (WHERE last_talk IS NOT NULL AND day - last_talk <= 6) AS after_talk
  FROM calls
  GROUP BY period
),
per_attempt AS (
  SELECT period, count(*) AS attempts,
         count(*) FILTER (WHERE NOT consent AND (h < $cn_from OR h >= $cn_until)) AS cn_quiet,
         count(*) FILTER (WHERE party = 'third-party') AS third,
         count(*) FILTER (WHERE channel = 'visit' AND collectors IS NOT NULL) AS visits,
         count(*) FILTER (WHERE channel = 'visit' AND collectors IS NOT NULL AND collectors < 2) AS alone,
         count(*) FILTER (WHERE NOT consent AND (h < $us_from OR h >= $us_until)) AS us_time
  FROM lt
  GROUP BY period
),
m AS (
  SELECT {{trunc($interval::VARCHAR, p.period)}} AS period,
         sum(p.attempts) AS attempts, sum(p.cn_quiet) AS cn_quiet, sum(p.third) AS third, sum(p.visits) AS visits,
         sum(p.alone) AS alone, sum(p.us_time) AS us_time,
         sum(coalesce(c.calls, 0)) AS calls, sum(coalesce(c.seven, 0)) AS seven, sum(coalesce(c.after_talk, 0)) AS after_talk,
         sum(coalesce(u.groups, 0)) AS unanswered
  FROM per_attempt p
  LEFT JOIN per_call c USING (period)
  LEFT JOIN unanswered u USING (period)
  GROUP BY 1
),
{{> compliance-rules}}
