-- Fragment (sql-files.ts): local times of the attempts of a CTE `a` (columns `zone`, an IANA zone, and `us`,
-- microseconds since the epoch): `lt` holds a's rows with their UTC month `period`, `ms`, `local_ts`, local hour
-- `h`, `local_date` and its epoch `day`. The UTC offset of each zone at the start and the end of each UTC hour
-- with attempts: where they agree the offset holds for the whole hour (local = UTC + offset); an hour with a
-- transition looks up each attempt. Included by compliance*.sql and derived tables of seed/derived.ts.
offsets AS (
  SELECT zone, hb,
         {{zoneOffsetUs(zone, hb * 3600000000)}} AS off0,
         {{zoneOffsetUs(zone, (hb + 1) * 3600000000)}} AS off1
  FROM (SELECT DISTINCT zone, {{idiv(us, 3600000000)}} AS hb FROM a) AS zone_hours
),
l AS (
  SELECT a.*,
         {{trunc('month', {{utcTs(a.us)}})}} AS period,
         {{idiv(a.us, 1000)}} AS ms,
         {{utcTs(a.us + CASE WHEN o.off0 = o.off1 THEN o.off0 ELSE {{zoneOffsetUs(a.zone, a.us)}} END)}} AS local_ts
  FROM a
  JOIN offsets o ON o.zone = a.zone AND o.hb = {{idiv(a.us, 3600000000)}}
),
lt AS (
  SELECT *, {{hour(local_ts)}} AS h, CAST(local_ts AS DATE) AS local_date,
         {{epochDay(CAST(local_ts AS DATE))}} AS day
  FROM l
)
