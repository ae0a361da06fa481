import { addLanguageMessages } from '../catalogues.js';

/** English messages of `<ck-overdue-trend>`; added to the catalogue when this module loads. */
export const overdueTrendEn = {
  overdueTrendTitle: 'Overdue rate by bucket ({basis})',
  overdueTrendSummary: 'Line chart of the overdue rate by {basis} for {series}, {from} to {to}. {latest}',
  latestValue: 'Latest {series}: {value} in {period} ({trend} from {previous}).',
  trendUp: 'up',
  trendDown: 'down',
  trendFlat: 'unchanged',
};

addLanguageMessages('en', overdueTrendEn);
