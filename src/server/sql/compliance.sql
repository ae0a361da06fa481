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
  WHERE ($from::DATE IS NULL OR attempted_at >= {{utc($from::DATE)}})
    AND ($to::DATE IS NULL OR attempted_at < {{utc({{nextMonth($to::DATE)}})}})
    AND {{inList($products, product)}}
    AND {{inList($regions, region)}}
),
-- UTC offset of each zone at the start and the end of each UTC hour that has attempts: where they agree the
-- offset holds for the whole hour (local = UTC + offset); an hour with a transition looks up each attempt.
offsets AS (
  SELECT zone, hb,
         {{zoneOffsetUs(zone, hb * 3600000000)}} AS off0,
         {{zoneOffsetUs(zone, (hb + 1) * 3600000000)}} AS off1
  FROM (SELECT DISTINCT zone, {{idiv(us, 3600000000)}} AS hb FROM a) AS zone_hours
),
l AS (
  SELECT a.*,
         {{trunc('month', {{utcTs(a.us)}})}} AS period,
         {{idiv(a.us, 1000)}} AS ms,
         {{utcTs(a.us + CASE WHEN o.off0 = o.off1 THEN o.off0 ELSE {{zoneOffsetUs(a.zone, a.us)}} END)}} AS local_ts
  FROM a
  JOIN offsets o ON o.zone = a.zone AND o.hb = {{idiv(a.us, 3600000000)}}
),
lt AS (
  SELECT *, {{hour(local_ts)}} AS h, CAST(local_ts AS DATE) AS local_date,
         {{epochDay(CAST(local_ts AS DATE))}} AS day
  FROM l
),
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
