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
  WHERE ($teams::VARCHAR IS NULL OR list_contains(string_split($teams::VARCHAR, ','), team))
),
att AS (
  SELECT a.*, make_timestamp(epoch_us(a.attempted_at)) AS utc
  FROM contact_attempts a
  JOIN ag ON ag.agent_id = a.agent_id
  WHERE ($products::VARCHAR IS NULL OR list_contains(string_split($products::VARCHAR, ','), a.product))
    AND ($regions::VARCHAR IS NULL OR list_contains(string_split($regions::VARCHAR, ','), a.region))
),
steps AS (
  SELECT date_trunc('month', utc) AS month,
         count(*) AS attempts,
         count(*) FILTER (WHERE answered) AS contacts,
         count(*) FILTER (WHERE right_party) AS rpc,
         count(*) FILTER (WHERE promise_amount IS NOT NULL) AS promises
  FROM att
  GROUP BY 1
),
pr AS (
  SELECT p.account_id, p.amount, p.paid, p.paid_on, att.utc,
         CAST(p.due_on + CAST($grace AS INTEGER) AS DATE) AS matures
  FROM promises p
  JOIN att ON att.attempt_id = p.attempt_id
),
matured AS (
  SELECT pr.*,
         CASE WHEN paid_on IS NOT NULL AND paid_on <= matures THEN least(paid, amount) ELSE 0 END AS in_time,
         timezone('UTC', CAST(matures + 1 AS TIMESTAMP)) AS broke
  FROM pr
  WHERE matures <= CAST($as_of AS DATE)
),
outcome AS (
  SELECT m.*,
         CASE WHEN in_time >= amount AND amount > 0 THEN 'kept' WHEN in_time > 0 THEN 'partly' ELSE 'broken' END AS kind,
         CASE WHEN in_time > 0 THEN NULL ELSE (
           SELECT min(c.attempted_at) FROM contact_attempts c
           WHERE c.account_id = m.account_id AND c.answered AND c.attempted_at >= m.broke
         ) END AS next_contact
  FROM matured m
),
outcomes AS (
  SELECT date_trunc('month', CAST(matures AS TIMESTAMP)) AS month,
         count(*) AS matured,
         count(*) FILTER (WHERE kind = 'kept') AS kept,
         count(*) FILTER (WHERE kind = 'partly') AS partly,
         count(*) FILTER (WHERE kind = 'broken') AS broken,
         sum(amount) AS promised,
         sum(in_time) AS paid,
         count(*) FILTER (WHERE kind = 'broken' AND next_contact IS NOT NULL AND epoch_us(next_contact) - epoch_us(broke) < 24 * 3600000000) AS fu24,
         count(*) FILTER (WHERE kind = 'broken' AND epoch_us(next_contact) - epoch_us(broke) >= 24 * 3600000000 AND epoch_us(next_contact) - epoch_us(broke) < 48 * 3600000000) AS fu48,
         count(*) FILTER (WHERE kind = 'broken' AND epoch_us(next_contact) - epoch_us(broke) >= 48 * 3600000000 AND epoch_us(next_contact) - epoch_us(broke) < 72 * 3600000000) AS fu72,
         count(*) FILTER (WHERE kind = 'broken' AND epoch_us(next_contact) - epoch_us(broke) >= 72 * 3600000000) AS fu_over,
         count(*) FILTER (WHERE kind = 'broken' AND next_contact IS NULL) AS fu_none
  FROM outcome
  GROUP BY 1
),
pending AS (
  SELECT date_trunc('month', utc) AS month, count(*) AS pending
  FROM pr
  WHERE matures > CAST($as_of AS DATE)
  GROUP BY 1
),
months AS (
  SELECT month FROM steps UNION SELECT month FROM outcomes UNION SELECT month FROM pending
),
monthly AS (
  SELECT months.month,
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
SELECT CASE $interval::VARCHAR WHEN 'quarter' THEN strftime(month, '%Y') || '-Q' || quarter(month) WHEN 'year' THEN strftime(month, '%Y') ELSE strftime(month, '%Y-%m') END AS "period",
       sum(attempts)::DOUBLE AS "attempts", sum(contacts)::DOUBLE AS "contacts", sum(rpc)::DOUBLE AS "rightPartyContacts",
       sum(promises)::DOUBLE AS "promises", sum(pending)::DOUBLE AS "pending", sum(matured)::DOUBLE AS "matured",
       sum(kept)::DOUBLE AS "kept", sum(partly)::DOUBLE AS "partlyKept", sum(broken)::DOUBLE AS "broken",
       sum(promised)::DOUBLE AS "amountPromised", sum(paid)::DOUBLE AS "amountPaid",
       sum(fu24)::DOUBLE AS "followUpUnder24h", sum(fu48)::DOUBLE AS "followUp24To48h", sum(fu72)::DOUBLE AS "followUp48To72h",
       sum(fu_over)::DOUBLE AS "followUpOver72h", sum(fu_none)::DOUBLE AS "followUpNone"
FROM monthly
GROUP BY 1
ORDER BY 1
