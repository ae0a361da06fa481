-- compliance's cn-gbt-2025 rules and cn-cba-2026/third-party-after-failures from cn_rule_cells and cn_talk_cells
-- (src/server/seed/derived.ts): the same rows as compliance-cn-rules.sql, which metrics.ts runs instead when the
-- cells are not stored or the gbt zone setting is not the zone they were built with. The cells keep what the
-- settings choose from (local hour, the run of failed calls before a third party, conversations per debtor-day)
-- per UTC month × product × region, so any limits apply to them.
WITH p AS (
  SELECT period, sum(attempts) AS attempts,
         sum(CASE WHEN local_hour < $gbt_from OR local_hour >= $gbt_until THEN attempts ELSE 0 END) AS quiet,
         sum(others * attempts) AS others,
         sum(told * attempts) AS told,
         sum(CASE WHEN run >= 0 AND run < $gbt_failed THEN attempts ELSE 0 END) AS reachable,
         sum(CASE WHEN run >= 0 AND run < $cn_failed THEN attempts ELSE 0 END) AS early
  FROM cn_rule_cells
  WHERE {{> in-months(period)}}
    AND {{> in-dims(product, region)}}
  GROUP BY period
),
talk_days AS (
  SELECT period, talks, days
  FROM cn_talk_cells
  WHERE debtor IS NULL
    AND {{> in-months(period)}}
    AND {{> in-dims(product, region)}}
  UNION ALL
  SELECT period, sum(talks), 1
  FROM cn_talk_cells
  WHERE debtor IS NOT NULL
    AND {{> in-months(period)}}
    AND {{> in-dims(product, region)}}
  GROUP BY period, debtor, local_date
),
t AS (
  SELECT period, sum(talks * days) AS talks, sum(CASE WHEN talks > $gbt_conversations THEN days ELSE 0 END) AS many
  FROM talk_days
  GROUP BY period
),
{{> cn-rules}}
