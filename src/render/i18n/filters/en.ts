import { addLanguageMessages } from '../catalogues.js';

/** English messages of `<ck-filter-bar>`; added to the catalogue when this module loads. */
export const filtersEn = {
  filterBar: 'Filters',
  filterFrom: 'From',
  filterTo: 'To',
  filterInterval: 'Interval',
  filterProduct: 'Product',
  filterRegion: 'Region',
  filterTeam: 'Team',
  filterSegment: 'Customer segment',
  filterAll: 'All',
  interval_day: 'Day',
  interval_week: 'Week',
  interval_month: 'Month',
  interval_quarter: 'Quarter',
  interval_year: 'Year',
};

addLanguageMessages('en', filtersEn);
