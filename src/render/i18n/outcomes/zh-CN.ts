import { addLanguageMessages } from '../catalogues.js';
import type { outcomesEn } from './en.js';

/** Simplified Chinese messages of `<ck-outcome-gap>`; added to the catalogue when this module loads. */
export const outcomesZhCN: Record<keyof typeof outcomesEn, string> = {
  outcomeGapTitle: '特殊群体结果对比',
  outcomeGapSegment: '客群',
  outcomeGapMeasure: '指标',
  outcomeGapAccounts: '账户·月',
  outcomeGapRate: '比率（95% 区间）',
  outcomeGapGap: '与{reference}之差（95% 区间）',
  outcomeGapReading: '结论',
  outcomeGapReference: '参照组',
  outcomeGapOverdue: '逾期率',
  outcomeGapCure: '回正率',
  outcomeGapComplaint: '投诉率',
  outcomeGapArrangement: '还款安排率',
  outcomeGapRedefault3: '3 个月内再违约',
  outcomeGapRedefault6: '6 个月内再违约',
  outcomeGapWorse: '⚠ 更差',
  outcomeGapBetter: '✓ 更好',
  outcomeGapNoGap: '= 未显示差距',
  outcomeGapNoData: '… 无数据',
  outcomeGapRowText: '{gap} [{low}, {high}] {reading}',
  outcomeGapRange:
    '{from} 至 {to}；各客群与{reference}对比。仅当差距经 Holm–Bonferroni 多重比较校正（共 {comparisons} 项）后仍显著（5%）且位于更差一侧时标记；图中为未校正的 95% 区间。',
  outcomeGapFlag: '⚠ {segment}：{measure}与{reference}相差 {gap}（95% 区间 {low} 至 {high}）。',
  outcomeGapNoFlags: '未显示任何客群比{reference}更差。',
  outcomeGapSummary: '各客群各指标与{reference}之差的区间图，附 95% Newcombe 区间；竖线为无差距。{flags}',
  outcomeGapPoint:
    '{segment}，{measure}：{rate}（{denominator} 中 {numerator}），差距 {gap}（95% 区间 {low} 至 {high}）。{reading}',
  outcomeSegmentVulnerable: '弱势客户',
  outcomeSegmentHardship: '经济困难客户',
  outcomeSegmentOther: '其他客户',
};

addLanguageMessages('zh-CN', outcomesZhCN);
