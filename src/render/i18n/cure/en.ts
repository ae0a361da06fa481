import { addLanguageMessages } from '../catalogues.js';

/** English messages of the cure view of `<ck-roll-rates>`; added to the catalogue when this module loads. */
export const cureEn = {
  rollViewCure: 'Cure',
  cureTitle: 'Cure rate by bucket ({basis})',
  cureSummary: 'Cure rates {series}, {from} to {to}.',
  cureDaysTitle: 'Days to cure, {from} – {to}',
  cureDaysBin: 'Days past due',
  cureAccounts: 'Accounts',
  cureShare: 'Share',
  cureNot: 'Not cured',
  cureDaysNote: 'Denominator: {delinquent} accounts in M1+ at a previous month-end.',
  cureDaysMissing: 'No days to cure in the data.',
};

addLanguageMessages('en', cureEn);
