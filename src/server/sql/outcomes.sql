-- outcomes: one row per month × customer segment (特殊群体) of customer_outcomes: account-months, past due,
-- in M1 the previous month end (entered) and current again (cured), complaints received, arrangements made and
-- those re-defaulted within 3 and 6 months; columns in the order of the records adapter's rows. Quarters and
-- years ($interval) sum their months. $segments: one segment or NULL. The flags and counts are those of
-- account_period and complaints (docs/warehouse-schema.md), so a segment's counts equal the overdue,
-- roll-rates and complaints metrics filtered by it.
-- The rows are summed from the cells of _outcome-cells.sql, as outcomes-cells.sql sums the stored ones.
WITH cells AS (
{{> outcome-cells}}
)
{{> outcomes-of-cells(cells)}}
