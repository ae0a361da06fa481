-- contact-hours from contact_hour_cells (src/server/seed/derived.ts): the same rows as contact-hours.sql, which
-- metrics.ts runs instead when the database does not store the cells. The cells hold collectors' attempts per UTC
-- month × team × product × region × local weekday × hour × channel; [$from, $to] are whole months.
SELECT {{label(period)}} AS "period",
       local_weekday AS "weekday",
       local_hour AS "hour",
       channel AS "channel",
       sum(attempts)::DOUBLE AS "attempts",
       sum(contacts)::DOUBLE AS "contacts",
       sum(rpc)::DOUBLE AS "rightPartyContacts",
       sum(promises)::DOUBLE AS "promises"
FROM contact_hour_cells
WHERE {{> in-months(period)}}
  AND {{> in-dims(product, region)}}
  AND {{inList($teams, team)}}
GROUP BY 1, 2, 3, 4
ORDER BY 1, 2, 3, 4
