-- Fragment (sql-files.ts): the promise funnel's rows from contact_hour_cells (steps) and promise_cells (outcomes):
-- promises-cells.sql reads the stored tables, promises.sql defines both from the canonical tables first.
-- $products/$regions: the account's (comma lists or NULL); $teams: the collector's; $as_of: the data's as-of day.
steps AS (
  SELECT period AS month, sum(attempts) AS attempts, sum(contacts) AS contacts, sum(rpc) AS rpc, sum(promises) AS promises
  FROM contact_hour_cells
  WHERE {{> in-dims(product, region)}}
    AND {{inList($teams, team)}}
  GROUP BY period
),
outcomes AS (
  SELECT CAST({{trunc('month', matures)}} AS DATE) AS month,
         sum(pledged) AS matured, sum(kept) AS kept, sum(partly) AS partly, sum(broken) AS broken,
         sum(promised) AS promised, sum(paid) AS paid,
         sum(fu24) AS fu24, sum(fu48) AS fu48, sum(fu72) AS fu72, sum(fu_over) AS fu_over, sum(fu_none) AS fu_none
  FROM promise_cells
  WHERE matures <= $as_of::DATE
    AND {{> in-dims(product, region)}}
    AND {{inList($teams, team)}}
  GROUP BY 1
),
-- Promises not mature at $as_of are pending in their attempt month.
pending AS (
  SELECT period AS month, sum(pledged) AS pending
  FROM promise_cells
  WHERE matures > $as_of::DATE
    AND {{> in-dims(product, region)}}
    AND {{inList($teams, team)}}
  GROUP BY period
),
