import { addLanguageMessages } from '../catalogues.js';

/** English messages of `<ck-compliance-monitor>`; added to the catalogue when this module loads. */
export const complianceEn = {
  complianceTitle: 'Contact-rule breaches: {rules}',
  complianceRule: 'Rule',
  complianceBreachRate: 'Breach rate',
  complianceChecked: 'Checked',
  complianceBreaches: 'Breaches',
  complianceLatest: 'Breach rate by rule, {period}',
  complianceSummary: 'Line chart of the breach rate per rule of {rules}, {from} to {to}. {latest}',
  complianceHighest: 'Highest in {period}: {rule} at {rate} ({numerator} of {denominator}).',
};

addLanguageMessages('en', complianceEn);
