-- channels: one row per month (UTC) × channel: attempts, answered attempts, distinct accounts, cost, collected.
SELECT strftime(timezone('UTC', attempted_at), '%Y-%m') AS "period",
       channel AS "channel",
       count(*)::DOUBLE AS "attempts",
       count(*) FILTER (WHERE answered)::DOUBLE AS "contacts",
       count(DISTINCT account_id)::DOUBLE AS "accounts",
       sum(cost)::DOUBLE AS "cost",
       sum(collected)::DOUBLE AS "collected"
FROM contact_attempts
WHERE ($from::DATE IS NULL OR attempted_at >= timezone('UTC', $from::DATE::TIMESTAMP))
  AND ($to::DATE IS NULL OR attempted_at < timezone('UTC', ($to::DATE + INTERVAL 1 MONTH)::TIMESTAMP))
  AND ($products::VARCHAR IS NULL OR list_contains(string_split($products::VARCHAR, ','), product))
  AND ($regions::VARCHAR IS NULL OR list_contains(string_split($regions::VARCHAR, ','), region))
GROUP BY ALL
ORDER BY 1, 2
