-- experiments: one row per experiment × arm × month of assignment × horizon: accounts assigned, cured and rolled
-- forward within the horizon, the sum and the sum of squares of collected and of cost (so means and variances
-- add across rows), attempts and complaints; columns in the order of the records adapter's rows. Quarters and years ($interval) sum their months.
SELECT experiment AS "experiment", arm AS "arm",
       {{label(p)}} AS "period",
       horizon_days::DOUBLE AS "horizonDays",
       accounts::DOUBLE AS "accounts", cured::DOUBLE AS "cured", rolled_forward::DOUBLE AS "rolledForward",
       collected::DOUBLE AS "collected", collected_sq::DOUBLE AS "collectedSq", cost::DOUBLE AS "cost", cost_sq::DOUBLE AS "costSq",
       attempts::DOUBLE AS "attempts", complaints::DOUBLE AS "complaints"
FROM (
  SELECT {{trunc($interval::VARCHAR, assigned_on)}} AS p,
         experiment,
         arm,
         horizon_days,
         count(*) AS accounts,
         count(*) FILTER (WHERE cured) AS cured,
         count(*) FILTER (WHERE rolled_forward) AS rolled_forward,
         sum(collected) AS collected,
         sum(collected * collected) AS collected_sq,
         sum(cost) AS cost,
         sum(cost * cost) AS cost_sq,
         sum(attempts) AS attempts,
         sum(complaints) AS complaints
  FROM experiment_assignments
  WHERE {{> in-days(assigned_on)}}
    AND {{> in-dims(product, region)}}
  GROUP BY 1, 2, 3, 4
) AS g
ORDER BY experiment, arm, p
