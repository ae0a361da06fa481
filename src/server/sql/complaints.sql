-- complaints: one row per month received × category × channel: received, closed, closed by the due date,
-- upheld (of those closed). Months in [$from, $to]; $products/$regions of the complaint's account.
SELECT strftime(date_trunc('month', received_on), '%Y-%m') AS "period",
       category AS "category",
       channel AS "channel",
       count(*)::DOUBLE AS "received",
       count(*) FILTER (WHERE closed_on IS NOT NULL)::DOUBLE AS "closed",
       count(*) FILTER (WHERE closed_on IS NOT NULL AND closed_on <= due_on)::DOUBLE AS "closedOnTime",
       count(*) FILTER (WHERE closed_on IS NOT NULL AND upheld)::DOUBLE AS "upheld"
FROM complaints
WHERE ($from::DATE IS NULL OR received_on >= $from::DATE)
  AND ($to::DATE IS NULL OR received_on < CAST($to::DATE + INTERVAL 1 MONTH AS DATE))
  AND ($products::VARCHAR IS NULL OR list_contains(string_split($products::VARCHAR, ','), product))
  AND ($regions::VARCHAR IS NULL OR list_contains(string_split($regions::VARCHAR, ','), region))
GROUP BY ALL
ORDER BY 1, 2, 3
