-- scores: one row per month scored × score band: accounts scored, the sum of their predicted repayment
-- probabilities and the repayments observed. Quarters and years ($interval) sum their months.
SELECT {{label(p)}} AS "period",
       band AS "band", accounts::DOUBLE AS "accounts", predicted::DOUBLE AS "predicted", repaid::DOUBLE AS "repaid"
FROM (
  SELECT {{trunc($interval::VARCHAR, scored_on)}} AS p,
         band,
         count(*) AS accounts,
         sum(predicted) AS predicted,
         count(*) FILTER (WHERE repaid) AS repaid
  FROM scores
  WHERE {{> in-days(scored_on)}}
    AND {{> in-dims(product, region)}}
  GROUP BY 1, 2
) AS g
ORDER BY p, band
