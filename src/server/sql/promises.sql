-- promises: the promise-to-pay funnel per month (UTC) — quarters and years ($interval) sum their months.
-- Steps: collectors' attempts (agent_id set) by attempt month: attempts, answered, right party, promise made.
-- Outcomes: a promise matures on due_on + $grace days when that day is on or before $as_of; it counts in that
-- day's month: kept when paid >= amount with paid_on on or before it, partly kept when 0 < paid < amount by
-- then, broken otherwise; amount paid counts only by then, at most the amount. Broken promises are binned by
-- hours from the break (midnight UTC after the maturity day) to the account's next answered attempt.
-- Promises not mature at $as_of are pending in their attempt month.
-- $products/$regions: the account's (comma lists or NULL); $teams: the collector's. The attempt counts and the
-- promises are those of the derived tables contact_hour_cells and promise_cells (promises-cells.sql reads them when
-- stored and $grace is 0), computed here from the canonical tables.
WITH contact_hour_cells AS (
  SELECT CAST({{trunc('month', {{utcTs({{epochUs(a.attempted_at)}})}})}} AS DATE) AS period, g.team AS team,
         a.product AS product, a.region AS region, {{> attempt-counts}}
  FROM contact_attempts a
  JOIN agents g ON g.agent_id = a.agent_id
  GROUP BY 1, 2, 3, 4
),
promise_cells AS ({{> promise-cells($grace::INTEGER)}}),
{{> promises-report}}
{{> promises-monthly}}
