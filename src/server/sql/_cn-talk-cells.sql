-- Fragment (sql-files.ts): the derived table cn_talk_cells (seed/derived.ts): voice conversations per debtor and
-- local day (in each attempt's zone, else {{@1}}), as compliance-cn-rules.sql counts them, per UTC month × product
-- × region. A debtor-day whose conversations all fall in one product × region is counted in `days` by its number
-- of conversations (`talks`; debtor and local_date NULL); one spread over several (a debtor with accounts of two
-- products) keeps its own row per product × region, so a filter adds up exactly the conversations it selects.
WITH a AS ({{> cn-attempts({{@1}})}}),
{{> local-time}},
talk_days AS (
  SELECT period, debtor, local_date, product, region, count(*) AS talks
  FROM lt
  WHERE voice AND conversation
  GROUP BY period, debtor, local_date, product, region
),
spread AS (
  SELECT period, debtor, local_date, count(*) AS cells
  FROM talk_days
  GROUP BY period, debtor, local_date
)
SELECT t.period AS period, t.product AS product, t.region AS region,
       CASE WHEN s.cells = 1 THEN NULL ELSE t.debtor END AS debtor,
       CASE WHEN s.cells = 1 THEN NULL ELSE t.local_date END AS local_date,
       t.talks AS talks, count(*) AS days
FROM talk_days t
JOIN spread s ON s.period = t.period AND s.debtor = t.debtor AND s.local_date = t.local_date
GROUP BY 1, 2, 3, 4, 5, 6
