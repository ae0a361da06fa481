-- complaints: one row per month received × category × channel: received, closed, closed by the due date,
-- upheld (of those closed). Months in [$from, $to] (periods: months, or quarters / years by $interval);
-- $products/$regions of the complaint's account.
SELECT {{label(g)}} AS "period", category AS "category", channel AS "channel", received::DOUBLE AS "received",
       closed::DOUBLE AS "closed", closed_on_time::DOUBLE AS "closedOnTime", upheld::DOUBLE AS "upheld"
FROM (
SELECT {{trunc($interval::VARCHAR, received_on)}} AS g,
       category,
       channel,
       count(*) AS received,
       count(*) FILTER (WHERE closed_on IS NOT NULL) AS closed,
       count(*) FILTER (WHERE closed_on IS NOT NULL AND closed_on <= due_on) AS closed_on_time,
       count(*) FILTER (WHERE closed_on IS NOT NULL AND upheld) AS upheld
FROM complaints
WHERE {{> in-days(received_on)}}
  AND {{> in-dims(product, region)}}
  AND {{inList($segments, segment)}}
GROUP BY 1, 2, 3
) AS by_month
ORDER BY g, category, channel
