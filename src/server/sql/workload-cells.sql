-- workload from workload_cells (src/server/seed/derived.ts): the same rows as workload.sql, which metrics.ts runs
-- instead when the database does not store the cells or the buckets are not the default ones. Cells hold counts per
-- UTC month × team × collector's region; a case handed to collectors of several regions has one row per region with
-- its account_id: the first step keeps one of them (max: they are equal), so it counts once whatever regions are
-- asked, as workload.sql's case list does. [$from, $to] are whole months.
WITH kept AS (
  SELECT period, team,
         max(inventory) AS inventory, max(dialled) AS dialled, max(inflow) AS inflow, max(cured) AS cured,
         max(rolled) AS rolled, max(charged) AS charged, sum(attempts) AS attempts, sum(hours_cents) AS hours_cents
  FROM workload_cells
  WHERE {{> in-months(period)}}
    AND {{inList($teams, team)}}
    AND {{inList($regions, region)}}
  GROUP BY period, team, account_id, CASE WHEN account_id IS NULL THEN region END
)
{{> workload-select(period)}}
FROM kept
GROUP BY 1, 2
ORDER BY 1, 2
