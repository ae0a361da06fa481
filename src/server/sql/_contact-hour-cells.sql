-- Fragment (sql-files.ts): the derived table contact_hour_cells (seed/derived.ts): collectors' attempts (agent_id
-- of a listed collector) per UTC month × collector's team × product × region × the consumer's local ISO weekday
-- and hour × channel, counted as contact-hours.sql counts them (and promises.sql's first steps).
SELECT CAST(month AS DATE) AS period, team, product, region,
       CAST({{isoWeekday(local_ts)}} AS INTEGER) AS local_weekday, CAST({{hour(local_ts)}} AS INTEGER) AS local_hour,
       channel, {{> attempt-counts}}
FROM (
  SELECT {{> attempt-local}}, g.team AS team, a.product AS product, a.region AS region
  FROM contact_attempts a
  JOIN agents g ON g.agent_id = a.agent_id
) AS att
GROUP BY 1, 2, 3, 4, 5, 6, 7
