import { addLanguageMessages } from '../catalogues.js';
import type { overdueTrendEn } from './en.js';

/** Traditional Chinese messages of `<ck-overdue-trend>`; added to the catalogue when this module loads. */
export const overdueTrendZhTW: Record<keyof typeof overdueTrendEn, string> = {
  overdueTrendTitle: '分階段逾期率（按{basis}）',
  overdueTrendSummary: '{series}按{basis}計算的逾期率折線圖，{from} 至 {to}。{latest}',
  latestValue: '最新{series}：{period} 為 {value}（較 {previous} {trend}）。',
  trendUp: '上升',
  trendDown: '下降',
  trendFlat: '持平',
};

addLanguageMessages('zh-TW', overdueTrendZhTW);
