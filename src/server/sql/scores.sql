-- scores: one row per month scored × score band: accounts scored, the sum of their predicted repayment
-- probabilities and the repayments observed. Quarters and years ($interval) sum their months.
SELECT CASE $interval::VARCHAR WHEN 'quarter' THEN strftime(p, '%Y') || '-Q' || quarter(p) WHEN 'year' THEN strftime(p, '%Y') ELSE strftime(p, '%Y-%m') END AS "period",
       band AS "band", accounts::DOUBLE AS "accounts", predicted::DOUBLE AS "predicted", repaid::DOUBLE AS "repaid"
FROM (
  SELECT date_trunc($interval::VARCHAR, scored_on) AS p,
         band,
         count(*) AS accounts,
         sum(predicted) AS predicted,
         count(*) FILTER (WHERE repaid) AS repaid
  FROM scores
  WHERE ($from::DATE IS NULL OR scored_on >= $from::DATE)
    AND ($to::DATE IS NULL OR scored_on < $to::DATE + INTERVAL 1 MONTH)
    AND ($products::VARCHAR IS NULL OR list_contains(string_split($products::VARCHAR, ','), product))
    AND ($regions::VARCHAR IS NULL OR list_contains(string_split($regions::VARCHAR, ','), region))
  GROUP BY ALL
)
ORDER BY p, band
