import { addLanguageMessages } from '../catalogues.js';
import type { outcomesEn } from './en.js';

/** Traditional Chinese messages of `<ck-outcome-gap>`; added to the catalogue when this module loads. */
export const outcomesZhTW: Record<keyof typeof outcomesEn, string> = {
  outcomeGapTitle: '特殊群體結果對比',
  outcomeGapSegment: '客群',
  outcomeGapMeasure: '指標',
  outcomeGapAccounts: '帳戶·月',
  outcomeGapRate: '比率（95% 區間）',
  outcomeGapGap: '與{reference}之差（95% 區間）',
  outcomeGapReading: '結論',
  outcomeGapReference: '參照組',
  outcomeGapOverdue: '逾期率',
  outcomeGapCure: '回正率',
  outcomeGapComplaint: '投訴率',
  outcomeGapArrangement: '還款安排率',
  outcomeGapRedefault3: '3 個月內再違約',
  outcomeGapRedefault6: '6 個月內再違約',
  outcomeGapWorse: '⚠ 更差',
  outcomeGapBetter: '✓ 更好',
  outcomeGapNoGap: '= 未顯示差距',
  outcomeGapNoData: '… 無資料',
  outcomeGapRowText: '{gap} [{low}, {high}] {reading}',
  outcomeGapRange:
    '{from} 至 {to}；各客群與{reference}對比。僅當差距經 Holm–Bonferroni 多重比較校正（共 {comparisons} 項）後仍顯著（5%）且位於更差一側時標記；圖中為未校正的 95% 區間。',
  outcomeGapFlag: '⚠ {segment}：{measure}與{reference}相差 {gap}（95% 區間 {low} 至 {high}）。',
  outcomeGapNoFlags: '未顯示任何客群比{reference}更差。',
  outcomeGapSummary: '各客群各指標與{reference}之差的區間圖，附 95% Newcombe 區間；豎線為無差距。{flags}',
  outcomeGapPoint:
    '{segment}，{measure}：{rate}（{denominator} 中 {numerator}），差距 {gap}（95% 區間 {low} 至 {high}）。{reading}',
  outcomeSegmentVulnerable: '弱勢客戶',
  outcomeSegmentHardship: '經濟困難客戶',
  outcomeSegmentOther: '其他客戶',
};

addLanguageMessages('zh-TW', outcomesZhTW);
