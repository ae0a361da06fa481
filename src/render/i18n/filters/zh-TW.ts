import { addLanguageMessages } from '../catalogues.js';
import type { filtersEn } from './en.js';

/** Traditional Chinese messages of `<ck-filter-bar>`; added to the catalogue when this module loads. */
export const filtersZhTW: Record<keyof typeof filtersEn, string> = {
  filterBar: '篩選',
  filterFrom: '起始月',
  filterTo: '截止月',
  filterInterval: '週期',
  filterProduct: '產品',
  filterRegion: '地區',
  filterTeam: '團隊',
  filterSegment: '客戶群體',
  filterAll: '全部',
  interval_day: '日',
  interval_week: '週',
  interval_month: '月',
  interval_quarter: '季度',
  interval_year: '年',
};

addLanguageMessages('zh-TW', filtersZhTW);
