-- promises: the promise-to-pay funnel per month (UTC) — quarters and years ($interval) sum their months.
-- Steps: collectors' attempts (agent_id set) by attempt month: attempts, answered, right party, promise made.
-- Outcomes: a promise matures on due_on + $grace days when that day is on or before $as_of; it counts in that
-- day's month: kept when paid >= amount with paid_on on or before it, partly kept when 0 < paid < amount by
-- then, broken otherwise; amount paid counts only by then, at most the amount. Broken promises are binned by
-- hours from the break (midnight UTC after the maturity day) to the account's next answered attempt.
-- Promises not mature at $as_of are pending in their attempt month.
-- $products/$regions: the account's (comma lists or NULL); $teams: the collector's.
WITH ag AS (
  SELECT agent_id
  FROM agents
  WHERE {{inList($teams, team)}}
),
att AS (
  SELECT a.*, {{utcTs({{epochUs(a.attempted_at)}})}} AS utc
  FROM contact_attempts a
  JOIN ag ON ag.agent_id = a.agent_id
  WHERE {{inList($products, a.product)}}
    AND {{inList($regions, a.region)}}
),
steps AS (
  SELECT {{trunc('month', utc)}} AS month,
         count(*) AS attempts,
         count(*) FILTER (WHERE answered) AS contacts,
         count(*) FILTER (WHERE right_party) AS rpc,
         count(*) FILTER (WHERE promise_amount IS NOT NULL) AS promises
  FROM att
  GROUP BY 1
),
pr AS (
  SELECT p.attempt_id AS attempt_id, p.account_id AS account_id, p.amount AS amount, p.paid AS paid,
         p.paid_on AS paid_on, att.utc AS utc,
         {{addDays(p.due_on, $grace::INTEGER)}} AS matures
  FROM promises p
  JOIN att ON att.attempt_id = p.attempt_id
),
matured AS (
  SELECT pr.*,
         CASE WHEN paid_on IS NOT NULL AND paid_on <= matures THEN least(paid, amount) ELSE 0 END AS in_time,
         {{utc({{addDays(matures, 1)}})}} AS broke
  FROM pr
  WHERE matures <= $as_of::DATE
),
-- Per matured promise: the account's first answered attempt at or after the break.
next_contacts AS (
  SELECT m.attempt_id AS attempt_id, min(CASE WHEN c.attempted_at >= m.broke THEN c.attempted_at END) AS next_contact
  FROM matured m
  JOIN (SELECT account_id, attempted_at FROM contact_attempts WHERE answered) AS c ON c.account_id = m.account_id
  GROUP BY m.attempt_id
),
outcome AS (
  SELECT m.*,
         CASE WHEN in_time >= amount AND amount > 0 THEN 'kept' WHEN in_time > 0 THEN 'partly' ELSE 'broken' END AS kind,
         CASE WHEN m.in_time > 0 THEN NULL ELSE n.next_contact END AS next_contact
  FROM matured m
  LEFT JOIN next_contacts n ON n.attempt_id = m.attempt_id
),
outcomes AS (
  SELECT {{trunc('month', CAST(matures AS TIMESTAMP))}} AS month,
         count(*) AS matured,
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
  GROUP BY 1
),
pending AS (
  SELECT {{trunc('month', utc)}} AS month, count(*) AS pending
  FROM pr
  WHERE matures > $as_of::DATE
  GROUP BY 1
),
months AS (
  SELECT month FROM steps UNION DISTINCT SELECT month FROM outcomes UNION DISTINCT SELECT month FROM pending
),
monthly AS (
  SELECT months.month AS month,
         coalesce(s.attempts, 0) AS attempts, coalesce(s.contacts, 0) AS contacts, coalesce(s.rpc, 0) AS rpc, coalesce(s.promises, 0) AS promises,
         coalesce(p.pending, 0) AS pending,
         coalesce(o.matured, 0) AS matured, coalesce(o.kept, 0) AS kept, coalesce(o.partly, 0) AS partly, coalesce(o.broken, 0) AS broken,
         coalesce(o.promised, 0) AS promised, coalesce(o.paid, 0) AS paid,
         coalesce(o.fu24, 0) AS fu24, coalesce(o.fu48, 0) AS fu48, coalesce(o.fu72, 0) AS fu72, coalesce(o.fu_over, 0) AS fu_over, coalesce(o.fu_none, 0) AS fu_none
  FROM months
  LEFT JOIN steps s ON s.month = months.month
  LEFT JOIN outcomes o ON o.month = months.month
  LEFT JOIN pending p ON p.month = months.month
  WHERE ($from::DATE IS NULL OR months.month >= $from::DATE)
    AND ($to::DATE IS NULL OR months.month <= $to::DATE)
)
SELECT {{label(month)}} AS "period",
       sum(attempts)::DOUBLE AS "attempts", sum(contacts)::DOUBLE AS "contacts", sum(rpc)::DOUBLE AS "rightPartyContacts",
       sum(promises)::DOUBLE AS "promises", sum(pending)::DOUBLE AS "pending", sum(matured)::DOUBLE AS "matured",
       sum(kept)::DOUBLE AS "kept", sum(partly)::DOUBLE AS "partlyKept", sum(broken)::DOUBLE AS "broken",
       sum(promised)::DOUBLE AS "amountPromised", sum(paid)::DOUBLE AS "amountPaid",
       sum(fu24)::DOUBLE AS "followUpUnder24h", sum(fu48)::DOUBLE AS "followUp24To48h", sum(fu72)::DOUBLE AS "followUp48To72h",
       sum(fu_over)::DOUBLE AS "followUpOver72h", sum(fu_none)::DOUBLE AS "followUpNone"
FROM monthly
GROUP BY 1
ORDER BY 1
