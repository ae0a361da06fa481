-- promises from contact_hour_cells and promise_cells (src/server/seed/derived.ts): the same rows as promises.sql,
-- which metrics.ts runs instead when the database does not store the cells or the grace days are not 0.
WITH {{> promises-report}}
{{> promises-monthly}}
