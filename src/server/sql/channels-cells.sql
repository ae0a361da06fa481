-- channels from channel_cells (src/server/seed/derived.ts): the same rows as channels.sql when [$from, $to]
-- covers whole periods of $interval (always for months), which is when metrics.ts runs this file; the cells
-- hold each UTC month / quarter / year × channel × product × region with its distinct accounts.
SELECT {{label(period)}} AS "period", channel AS "channel", attempts::DOUBLE AS "attempts", contacts::DOUBLE AS "contacts",
       accounts::DOUBLE AS "accounts", cost::DOUBLE AS "cost", collected::DOUBLE AS "collected"
FROM (
  SELECT period, channel, sum(attempts) AS attempts, sum(contacts) AS contacts, sum(accounts) AS accounts,
         sum(cost) AS cost, sum(collected) AS collected
  FROM channel_cells
  WHERE grain = $interval::VARCHAR
    AND {{> in-months(period)}}
    AND {{> in-dims(product, region)}}
  GROUP BY period, channel
) AS cells
ORDER BY period, channel
