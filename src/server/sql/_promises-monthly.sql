-- Fragment (sql-files.ts): the promise funnel's months from its CTEs steps, outcomes and pending (promises-report).
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
