-- Fragment (sql-files.ts): each promise made in a collector's attempt, matured on due_on + {{@1}} days, counted per
-- UTC month of the attempt × collector's team × product × region × maturity day: promises, and (whatever the as-of
-- day; a request keeps those matured by then) kept, partly kept, broken, amounts, and the broken ones binned by
-- hours from the break (midnight UTC after the maturity day) to the account's next answered attempt. The derived
-- table promise_cells (seed/derived.ts) is this with no grace days; promises.sql uses it with $grace.
WITH att AS (
  SELECT a.attempt_id AS attempt_id, g.team AS team, a.product AS product, a.region AS region,
         {{utcTs({{epochUs(a.attempted_at)}})}} AS utc
  FROM contact_attempts a
  JOIN agents g ON g.agent_id = a.agent_id
),
pr AS (
  SELECT p.attempt_id AS attempt_id, p.account_id AS account_id, p.amount AS amount, p.paid AS paid,
         p.paid_on AS paid_on, att.utc AS utc, att.team AS team, att.product AS product, att.region AS region,
         {{addDays(p.due_on, {{@1}})}} AS matures
  FROM promises p
  JOIN att ON att.attempt_id = p.attempt_id
),
matured AS (
  SELECT pr.*,
         CASE WHEN paid_on IS NOT NULL AND paid_on <= matures THEN least(paid, amount) ELSE 0 END AS in_time,
         {{utc({{addDays(matures, 1)}})}} AS broke
  FROM pr
),
-- Per promise paid nothing in time: the account's first answered attempt at or after the break.
next_contacts AS (
  SELECT m.attempt_id AS attempt_id, min(CASE WHEN c.attempted_at >= m.broke THEN c.attempted_at END) AS next_contact
  FROM matured m
  JOIN (SELECT account_id, attempted_at FROM contact_attempts
        WHERE answered AND account_id IN (SELECT account_id FROM promises)) AS c ON c.account_id = m.account_id
  WHERE m.in_time <= 0
  GROUP BY m.attempt_id
),
outcome AS (
  SELECT m.*,
         CASE WHEN in_time >= amount AND amount > 0 THEN 'kept' WHEN in_time > 0 THEN 'partly' ELSE 'broken' END AS kind,
         CASE WHEN m.in_time > 0 THEN NULL ELSE n.next_contact END AS next_contact
  FROM matured m
  LEFT JOIN next_contacts n ON n.attempt_id = m.attempt_id
)
SELECT CAST({{trunc('month', utc)}} AS DATE) AS period, team, product, region, matures,
       count(*) AS pledged,
       count(*) FILTER (WHERE kind = 'kept') AS kept,
       count(*) FILTER (WHERE kind = 'partly') AS partly,
       count(*) FILTER (WHERE kind = 'broken') AS broken,
       sum(amount) AS promised,
       sum(in_time) AS paid,
       count(*) FILTER (WHERE kind = 'broken' AND next_contact IS NOT NULL AND {{epochUs(next_contact)}} - {{epochUs(broke)}} < 24 * 3600000000) AS fu24,
       count(*) FILTER (WHERE kind = 'broken' AND {{epochUs(next_contact)}} - {{epochUs(broke)}} >= 24 * 3600000000 AND {{epochUs(next_contact)}} - {{epochUs(broke)}} < 48 * 3600000000) AS fu48,
       count(*) FILTER (WHERE kind = 'broken' AND {{epochUs(next_contact)}} - {{epochUs(broke)}} >= 48 * 3600000000 AND {{epochUs(next_contact)}} - {{epochUs(broke)}} < 72 * 3600000000) AS fu72,
       count(*) FILTER (WHERE kind = 'broken' AND {{epochUs(next_contact)}} - {{epochUs(broke)}} >= 72 * 3600000000) AS fu_over,
       count(*) FILTER (WHERE kind = 'broken' AND next_contact IS NULL) AS fu_none
FROM outcome
GROUP BY 1, 2, 3, 4, 5
