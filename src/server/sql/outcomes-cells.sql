-- outcomes from outcome_cells (src/server/seed/derived.ts): the same rows as outcomes.sql, which metrics.ts runs
-- instead when the database lacks the cells. The cells keep month × segment × product × region, every dimension
-- outcomes filters by, so any range, interval, product, region and segment sums whole cells.
{{> outcomes-of-cells(outcome_cells)}}
