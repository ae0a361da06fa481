import { addLanguageMessages } from '../catalogues.js';
import type { overdueTrendEn } from './en.js';

/** Simplified Chinese messages of `<ck-overdue-trend>`; added to the catalogue when this module loads. */
export const overdueTrendZhCN: Record<keyof typeof overdueTrendEn, string> = {
  overdueTrendTitle: '分阶段逾期率（按{basis}）',
  overdueTrendSummary: '{series}按{basis}计算的逾期率折线图，{from} 至 {to}。{latest}',
  latestValue: '最新{series}：{period} 为 {value}（较 {previous} {trend}）。',
  trendUp: '上升',
  trendDown: '下降',
  trendFlat: '持平',
};

addLanguageMessages('zh-CN', overdueTrendZhCN);
