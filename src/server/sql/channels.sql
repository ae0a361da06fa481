-- channels: one row per month (UTC) × channel: attempts, answered attempts, distinct accounts, cost, collected;
-- quarters and years ($interval) sum their months, and count accounts once per period.
-- The UTC month comes from the instant's microseconds (make_timestamp), without a time-zone lookup per row.
SELECT CASE $interval::VARCHAR WHEN 'quarter' THEN strftime(month, '%Y') || '-Q' || quarter(month) WHEN 'year' THEN strftime(month, '%Y') ELSE strftime(month, '%Y-%m') END AS "period", channel AS "channel", attempts::DOUBLE AS "attempts", contacts::DOUBLE AS "contacts",
       accounts::DOUBLE AS "accounts", cost::DOUBLE AS "cost", collected::DOUBLE AS "collected"
FROM (
  SELECT date_trunc($interval::VARCHAR, make_timestamp(epoch_us(attempted_at))) AS month,
         channel,
         count(*) AS attempts,
         count(*) FILTER (WHERE answered) AS contacts,
         count(DISTINCT account_id) AS accounts,
         sum(cost) AS cost,
         sum(collected) AS collected
  FROM contact_attempts
  WHERE ($from::DATE IS NULL OR attempted_at >= timezone('UTC', $from::DATE::TIMESTAMP))
    AND ($to::DATE IS NULL OR attempted_at < timezone('UTC', ($to::DATE + INTERVAL 1 MONTH)::TIMESTAMP))
    AND ($products::VARCHAR IS NULL OR list_contains(string_split($products::VARCHAR, ','), product))
    AND ($regions::VARCHAR IS NULL OR list_contains(string_split($regions::VARCHAR, ','), region))
  GROUP BY ALL
)
ORDER BY month, channel
