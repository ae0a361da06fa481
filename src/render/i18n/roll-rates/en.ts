import { addLanguageMessages } from '../catalogues.js';

/** English messages of the matrix, trend and forecast views of `<ck-roll-rates>`; added to the catalogue when this module loads. */
export const rollRatesEn = {
  rollMatrixTitle: 'Transition matrix {period} ({basis})',
  rollTrendTitle: 'Roll-forward rates over time ({basis})',
  rollForecastTitle: 'Balance by bucket, {months}-month projection',
  rollViewMatrix: 'Matrix',
  rollViewTrend: 'Trend',
  rollViewForecast: 'Forecast',
  rollFrom: 'From (previous month)',
  rollTo: 'To (this month)',
  rollCell: '{from} → {to}: {value} ({numerator} of {denominator})',
  rollMatrixSummary:
    'Heatmap of transition rates for {period}: each row is a state at the previous month-end and sums to 100% across the states at this month-end. {cure}',
  rollCure: 'Cure rate of {state}: {value}.',
  rollTrendSummary:
    'Line chart of roll-forward rates {series} (share of one bucket at the previous month-end found in the next bucket at this month-end), {from} to {to}.',
  rollForecastSummary:
    'Balances by bucket from {from}, projected for {months} months from {period} with the average transition matrix of the last {window} months (dashed). Projected charge-off: {chargedOff}.',
  rollChargedOff: 'Charged off',
};

addLanguageMessages('en', rollRatesEn);
