-- Fragment (sql-files.ts): workload's rows from a relation of per-case or per-team counts (inventory, hours_cents,
-- dialled, attempts, inflow, cured, rolled, charged) by month column {{@1}} and team: workload.sql and
-- workload-cells.sql.
SELECT {{label({{@1}})}} AS "period",
       team AS "team",
       sum(inventory)::DOUBLE AS "inventory",
       sum(hours_cents)::DOUBLE / 16800 AS "fte",
       sum(dialled)::DOUBLE AS "casesDialled",
       sum(attempts)::DOUBLE AS "attempts",
       sum(inflow)::DOUBLE AS "inflow",
       sum(cured)::DOUBLE AS "cured",
       sum(rolled)::DOUBLE AS "rolledOn",
       sum(charged)::DOUBLE AS "chargedOff"
