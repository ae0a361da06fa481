-- channels: one row per month (UTC) × channel: attempts, answered attempts, distinct accounts, cost, collected;
-- quarters and years ($interval) sum their months, and count accounts once per period.
-- The UTC month comes from the instant's microseconds (utcTs), without a time-zone lookup per row.
SELECT {{label(month)}} AS "period", channel AS "channel", attempts::DOUBLE AS "attempts", contacts::DOUBLE AS "contacts",
       accounts::DOUBLE AS "accounts", cost::DOUBLE AS "cost", collected::DOUBLE AS "collected"
FROM (
  SELECT {{trunc($interval::VARCHAR, {{utcTs({{epochUs(attempted_at)}})}})}} AS month,
         channel,
         count(*) AS attempts,
         count(*) FILTER (WHERE answered) AS contacts,
         count(DISTINCT account_id) AS accounts,
         sum(cost) AS cost,
         sum(collected) AS collected
  FROM contact_attempts
  WHERE {{> attempt-months(attempted_at)}}
    AND {{> in-dims(product, region)}}
  GROUP BY 1, 2
) AS attempts_by_month
ORDER BY month, channel
