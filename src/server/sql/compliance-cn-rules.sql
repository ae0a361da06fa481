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
WITH a AS (
  {{> cn-attempts($gbt_zone::VARCHAR)}}
  WHERE {{> attempt-months(attempted_at)}}
    AND {{> in-dims(product, region)}}
),
{{> local-time}},
{{> cn-runs}},
p AS (
  SELECT period, count(*) AS attempts,
         sum(CASE WHEN h < $gbt_from OR h >= $gbt_until THEN 1 ELSE 0 END) AS quiet,
         sum(CASE WHEN party <> 'debtor' THEN 1 ELSE 0 END) AS others,
         sum(CASE WHEN party <> 'debtor' AND disclosed THEN 1 ELSE 0 END) AS told,
         sum(CASE WHEN party <> 'debtor' AND invalid_before = 0 AND run < $gbt_failed THEN 1 ELSE 0 END) AS reachable,
         sum(CASE WHEN party <> 'debtor' AND invalid_before = 0 AND run < $cn_failed THEN 1 ELSE 0 END) AS early
  FROM runs
  GROUP BY period
),
talk_days AS (
  SELECT period, debtor, local_date, count(*) AS talks
  FROM lt
  WHERE voice AND conversation
  GROUP BY period, debtor, local_date
),
t AS (
  SELECT period, sum(talks) AS talks, sum(CASE WHEN talks > $gbt_conversations THEN 1 ELSE 0 END) AS many
  FROM talk_days
  GROUP BY period
),
{{> cn-rules}}
