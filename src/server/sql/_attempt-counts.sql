-- Fragment (sql-files.ts): collectors' attempt counts of the promise funnel's first steps (and contact-hours).
count(*) AS attempts,
       count(*) FILTER (WHERE answered) AS contacts,
       count(*) FILTER (WHERE right_party) AS rpc,
       count(*) FILTER (WHERE promise_amount IS NOT NULL) AS promises
