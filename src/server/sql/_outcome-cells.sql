-- Fragment (sql-files.ts): outcome_cells (seed/derived.ts), customer_outcomes per month × segment × product × region
-- with the counts outcomes.sql takes of them: account-months, past due, entered M1 (and cured), complaints,
-- arrangements and those re-defaulted within 3 and 6 months.
SELECT period, segment, product, region,
       count(*) AS accounts,
       count(*) FILTER (WHERE overdue) AS overdue_n,
       count(*) FILTER (WHERE entered) AS entered_n,
       count(*) FILTER (WHERE entered AND cured) AS cured_n,
       sum(complained) AS complained_n,
       count(*) FILTER (WHERE arrangement) AS arrangements,
       count(*) FILTER (WHERE arrangement AND redefault_3m) AS redefault3,
       count(*) FILTER (WHERE arrangement AND redefault_6m) AS redefault6
FROM customer_outcomes
GROUP BY period, segment, product, region
