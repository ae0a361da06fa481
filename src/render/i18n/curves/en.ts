import { addLanguageMessages } from '../catalogues.js';

/** English messages of `<ck-vintage-curves>` and `<ck-recovery-curves>`; added to the catalogue when this module loads. */
export const curvesEn = {
  vintageTitle: 'Vintage delinquency by months on book ({basis})',
  vintageSummary: 'Line chart of the delinquency rate by months on book for {n} cohorts, {from} to {to}. {latest}',
  vintageLatest: 'Cohort {cohort} at {mob} months on book: {value}.',
  vintageCohort: 'Cohort',
  vintageMob: 'MOB {mob}',
  vintagePoint: '{cohort}, MOB {mob}: {value} ({numerator} of {denominator})',
  recoveryTitle: 'Cumulative recovery by charge-off cohort ({basis})',
  recoverySummary:
    'Line chart of the cumulative recovery rate by months since charge-off for {n} cohorts, {from} to {to}; dashed segments are projections. {latest}',
  recoveryLatest: 'Cohort {cohort} after {month} months: {value}.',
  recoveryCohort: 'Charge-off cohort',
  recoveryMonth: 'Month {month}',
  recoveryPoint: '{cohort}, month {month}: {value} ({numerator} of {denominator}){projected}',
  recoveryProjected: ', projected',
  recoveryChargedOff: 'Charged off',
  recoveryRecovered: 'Recovered',
};

addLanguageMessages('en', curvesEn);
