import { addLanguageMessages } from '../catalogues.js';
import type { filtersEn } from './en.js';

/** Simplified Chinese messages of `<ck-filter-bar>`; added to the catalogue when this module loads. */
export const filtersZhCN: Record<keyof typeof filtersEn, string> = {
  filterBar: '筛选',
  filterFrom: '起始月',
  filterTo: '截止月',
  filterInterval: '周期',
  filterProduct: '产品',
  filterRegion: '地区',
  filterTeam: '团队',
  filterSegment: '客户群体',
  filterAll: '全部',
  interval_day: '日',
  interval_week: '周',
  interval_month: '月',
  interval_quarter: '季度',
  interval_year: '年',
};

addLanguageMessages('zh-CN', filtersZhCN);
