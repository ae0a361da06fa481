-- Fragment (sql-files.ts): the attempts the cn-gbt-2025 rules read, local time in their zone or else in {{@1}}
-- (the `a` of the local-time fragment): compliance-cn-rules.sql (filtered) and the cn cells of seed/derived.ts.
SELECT attempt_id, account_id AS debt, coalesce(debtor_id, account_id) AS debtor, answered, conversation, party,
       invalid_number, disclosed, attempted_at, product, region,
       channel IN ('phone', 'ai-voice') AS voice,
       coalesce(time_zone, {{@1}}) AS zone,
       {{epochUs(attempted_at)}} AS us
FROM contact_attempts
