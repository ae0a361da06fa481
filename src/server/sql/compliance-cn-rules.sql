-- compliance, the contact rules of cn-gbt-2025 and the third-party rule of cn-cba-2026: per month (UTC month of the
-- attempt) × rule, the attempts a rule examined and its breaches; metrics.ts adds these rows to those of compliance.sql
-- (or compliance-cells.sql). Rules are checked within each month's attempts, per debt in order of time then attempt_id.
-- cn-gbt-2025: contact outside [$gbt_from, $gbt_until) local time (consent does not lift it); more than
-- $gbt_conversations conversations by voice (phone, ai-voice) with one debtor (debtor_id, else account_id) on one local
-- day (one breach per debtor-day); a contact of anyone but the debtor while the debtor is reachable (no earlier invalid
-- number and fewer than $gbt_failed unanswered voice calls to the debtor since the last answered one); the debt
-- disclosed to anyone but the debtor. cn-cba-2026/third-party-after-failures: the same with $cn_failed failed calls.
-- Local time is timezone(time_zone, attempted_at), attempts without a zone in $gbt_zone. Quarters and years ($interval)
-- sum their months' rows.
WITH a0 AS (
  SELECT attempt_id, account_id AS debt, coalesce(debtor_id, account_id) AS debtor, answered, conversation, party,
         invalid_number, disclosed, attempted_at,
         channel IN ('phone', 'ai-voice') AS voice,
         coalesce(time_zone, $gbt_zone::VARCHAR) AS zone,
         {{epochUs(attempted_at)}} AS us
  FROM contact_attempts
  WHERE ($from::DATE IS NULL OR attempted_at >= {{utc($from::DATE)}})
    AND ($to::DATE IS NULL OR attempted_at < {{utc({{nextMonth($to::DATE)}})}})
    AND {{inList($products, product)}}
    AND {{inList($regions, region)}}
),
-- UTC offset of each zone at the start and the end of each UTC hour with attempts (as in compliance.sql).
offsets AS (
  SELECT zone, hb,
         {{zoneOffsetUs(zone, hb * 3600000000)}} AS off0,
         {{zoneOffsetUs(zone, (hb + 1) * 3600000000)}} AS off1
  FROM (SELECT DISTINCT zone, {{idiv(us, 3600000000)}} AS hb FROM a0) AS zone_hours
),
a AS (
  SELECT a0.attempt_id, a0.debt, a0.debtor, a0.answered, a0.conversation, a0.party, a0.invalid_number, a0.disclosed,
         a0.attempted_at, a0.voice,
         {{trunc('month', {{utcTs(a0.us)}})}} AS period,
         {{utcTs(a0.us + CASE WHEN o.off0 = o.off1 THEN o.off0 ELSE {{zoneOffsetUs(a0.zone, a0.us)}} END)}} AS local_ts
  FROM a0
  JOIN offsets o ON o.zone = a0.zone AND o.hb = {{idiv(a0.us, 3600000000)}}
),
-- Per attempt, over the debt's earlier attempts of the month: failed voice calls to the debtor, and any invalid number.
earlier AS (
  SELECT *,
         coalesce(sum(CASE WHEN party = 'debtor' AND voice AND NOT answered THEN 1 ELSE 0 END) OVER w, 0) AS failed_before,
         coalesce(max(CASE WHEN party = 'debtor' AND invalid_number THEN 1 ELSE 0 END) OVER w, 0) AS invalid_before
  FROM a
  WINDOW w AS (PARTITION BY period, debt ORDER BY attempted_at, attempt_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
),
-- The run of failed calls since the debtor last answered: failures before it minus failures before that answer.
runs AS (
  SELECT *,
         failed_before - coalesce(max(CASE WHEN party = 'debtor' AND voice AND answered THEN failed_before END) OVER w, 0) AS run
  FROM earlier
  WINDOW w AS (PARTITION BY period, debt ORDER BY attempted_at, attempt_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
),
per_attempt AS (
  SELECT period, count(*) AS attempts,
         sum(CASE WHEN {{hour(local_ts)}} < $gbt_from OR {{hour(local_ts)}} >= $gbt_until THEN 1 ELSE 0 END) AS quiet,
         sum(CASE WHEN party <> 'debtor' THEN 1 ELSE 0 END) AS others,
         sum(CASE WHEN party <> 'debtor' AND disclosed THEN 1 ELSE 0 END) AS told,
         sum(CASE WHEN party <> 'debtor' AND invalid_before = 0 AND run < $gbt_failed THEN 1 ELSE 0 END) AS reachable,
         sum(CASE WHEN party <> 'debtor' AND invalid_before = 0 AND run < $cn_failed THEN 1 ELSE 0 END) AS early
  FROM runs
  GROUP BY period
),
talk_days AS (
  SELECT period, debtor, CAST(local_ts AS DATE) AS local_date, count(*) AS talks
  FROM a
  WHERE voice AND conversation
  GROUP BY period, debtor, CAST(local_ts AS DATE)
),
per_talk AS (
  SELECT period, sum(talks) AS talks, sum(CASE WHEN talks > $gbt_conversations THEN 1 ELSE 0 END) AS many
  FROM talk_days
  GROUP BY period
),
m AS (
  SELECT {{trunc($interval::VARCHAR, p.period)}} AS period,
         sum(p.attempts) AS attempts, sum(p.quiet) AS quiet, sum(p.others) AS others, sum(p.told) AS told,
         sum(p.reachable) AS reachable, sum(p.early) AS early,
         sum(coalesce(t.talks, 0)) AS talks, sum(coalesce(t.many, 0)) AS many
  FROM per_attempt p
  LEFT JOIN per_talk t ON t.period = p.period
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
