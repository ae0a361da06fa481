-- Fragment (sql-files.ts): the derived table cn_rule_cells (seed/derived.ts), the state compliance-cn-rules.sql
-- evaluates per attempt, counted per UTC month × product × region × local hour × party (others: not the debtor)
-- × disclosed × run (the failed voice calls to the debtor before a third-party attempt, -1 where no run applies:
-- the debtor was called, or the debtor's number proved invalid earlier that month). Local time in each attempt's
-- zone, else in {{@1}}. The rules' limits are compared with hour and run when a request reads the cells.
WITH a AS ({{> cn-attempts({{@1}})}}),
{{> local-time}},
{{> cn-runs}}
SELECT period, product, region, CAST(h AS INTEGER) AS local_hour,
       CASE WHEN party <> 'debtor' THEN 1 ELSE 0 END AS others,
       CASE WHEN party <> 'debtor' AND disclosed THEN 1 ELSE 0 END AS told,
       CAST(CASE WHEN party <> 'debtor' AND invalid_before = 0 THEN run ELSE -1 END AS INTEGER) AS run,
       count(*) AS attempts
FROM runs
GROUP BY 1, 2, 3, 4, 5, 6, 7
