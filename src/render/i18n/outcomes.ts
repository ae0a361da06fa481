/**
 * Messages of `<ck-outcome-gap>` (issue #16, `outcomeGap…`): fair outcomes of customer segments (特殊群体).
 * Loaded with the widget's view module, not in the shared catalogues.
 */

/** English. */
export const outcomesEn = {
  outcomeGapTitle: 'Outcomes by customer segment',
  outcomeGapSegment: 'Segment',
  outcomeGapMeasure: 'Measure',
  outcomeGapAccounts: 'Account-months',
  outcomeGapRate: 'Rate (95% interval)',
  outcomeGapGap: 'Gap vs {reference} (95% interval)',
  outcomeGapReading: 'Reading',
  outcomeGapReference: 'reference',
  outcomeGapOverdue: 'Overdue rate',
  outcomeGapCure: 'Cure rate',
  outcomeGapComplaint: 'Complaint rate',
  outcomeGapArrangement: 'Arrangement rate',
  outcomeGapRedefault3: 'Re-default in 3 months',
  outcomeGapRedefault6: 'Re-default in 6 months',
  outcomeGapWorse: '⚠ worse',
  outcomeGapBetter: '✓ better',
  outcomeGapNoGap: '= no gap shown',
  outcomeGapNoData: '… no data',
  outcomeGapRowText: '{gap} [{low}, {high}] {reading}',
  outcomeGapRange:
    '{from} to {to}; each segment against {reference}. Flagged only when the gap stays significant (5%) after the Holm–Bonferroni adjustment for the {comparisons} gaps compared; intervals shown are 95% unadjusted.',
  outcomeGapFlag: '⚠ {segment}: {measure} {gap} against {reference} (95% interval {low} to {high}).',
  outcomeGapNoFlags: 'No segment is shown to do worse than {reference}.',
  outcomeGapSummary:
    'Interval chart of each segment’s gap against {reference} per measure, with 95% Newcombe intervals; the line marks no gap. {flags}',
  outcomeGapPoint:
    '{segment}, {measure}: {rate} ({numerator} of {denominator}), gap {gap} (95% interval {low} to {high}). {reading}',
  outcomeSegmentVulnerable: 'vulnerable',
  outcomeSegmentHardship: 'hardship',
  outcomeSegmentOther: 'other',
};

/** Simplified Chinese. */
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

/** Traditional Chinese. */
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

/** The three languages as one pack for `addMessages`. */
export const OUTCOMES_MESSAGES = { en: outcomesEn, 'zh-CN': outcomesZhCN, 'zh-TW': outcomesZhTW };
