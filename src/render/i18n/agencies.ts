/** Messages of `<ck-agency-scorecard>` (委外机构, issue 15): keys `agency…`. */

/** English. */
export const agenciesEn = {
  agencyTitle: 'Outside agencies: {measure}',
  agencyName: 'Agency',
  agencyAccounts: 'Accounts placed',
  agencyBalance: 'Balance placed',
  agencyRecovered: 'Recovered',
  agencyCommission: 'Commission',
  agencyComplaints: 'Complaints',
  agencyChecked: 'Calls checked',
  agencyViolations: 'Violations',
  agencyRecoveryRate: 'Recovered ÷ placed',
  agencyPer10k: 'Complaints per 10,000 placed',
  agencyViolationRate: 'Violation rate',
  agencyCommissionShare: 'Commission % of recovered',
  agencyLastEvaluation: 'Last evaluation',
  agencyNever: 'never',
  agencyOverdue: 'overdue',
  agencyMeasures: 'Measure',
  agencyHeadline:
    '{count} agencies: recovered {recovered} of {placed} placed ({rate}) · commission {commission} of recovered · {per10k} complaints per 10,000 accounts · violation rate {violations}',
  agencyOverdueNote: '⚠ Evaluation overdue (over 12 months before {asOf}): {agencies}.',
  agencyAllEvaluated: 'Every agency evaluated within 12 months of {asOf}.',
  agencySummary: 'Bar chart of {measure} per agency, {from} to {to}. Highest: {agency} at {value}.',
};

/** Simplified Chinese. */
export const agenciesZhCN: Record<keyof typeof agenciesEn, string> = {
  agencyTitle: '委外机构：{measure}',
  agencyName: '机构',
  agencyAccounts: '委案户数',
  agencyBalance: '委案余额',
  agencyRecovered: '回收金额',
  agencyCommission: '佣金',
  agencyComplaints: '投诉',
  agencyChecked: '质检通话',
  agencyViolations: '违规通话',
  agencyRecoveryRate: '回收率（回收 ÷ 委案）',
  agencyPer10k: '每万户投诉',
  agencyViolationRate: '违规率',
  agencyCommissionShare: '佣金占回收比例',
  agencyLastEvaluation: '最近评估',
  agencyNever: '从未评估',
  agencyOverdue: '评估逾期',
  agencyMeasures: '指标',
  agencyHeadline:
    '{count} 家机构：委案 {placed}，回收 {recovered}（{rate}）· 佣金占回收 {commission} · 每万户投诉 {per10k} · 违规率 {violations}',
  agencyOverdueNote: '⚠ 评估逾期（早于 {asOf} 12 个月以上）：{agencies}。',
  agencyAllEvaluated: '所有机构均在 {asOf} 前 12 个月内完成评估。',
  agencySummary: '各机构{measure}条形图，{from}至{to}。最高：{agency}，{value}。',
};

/** Traditional Chinese. */
export const agenciesZhTW: Record<keyof typeof agenciesEn, string> = {
  agencyTitle: '委外機構：{measure}',
  agencyName: '機構',
  agencyAccounts: '委案戶數',
  agencyBalance: '委案餘額',
  agencyRecovered: '回收金額',
  agencyCommission: '佣金',
  agencyComplaints: '投訴',
  agencyChecked: '質檢通話',
  agencyViolations: '違規通話',
  agencyRecoveryRate: '回收率（回收 ÷ 委案）',
  agencyPer10k: '每萬戶投訴',
  agencyViolationRate: '違規率',
  agencyCommissionShare: '佣金占回收比例',
  agencyLastEvaluation: '最近評估',
  agencyNever: '從未評估',
  agencyOverdue: '評估逾期',
  agencyMeasures: '指標',
  agencyHeadline:
    '{count} 家機構：委案 {placed}，回收 {recovered}（{rate}）· 佣金占回收 {commission} · 每萬戶投訴 {per10k} · 違規率 {violations}',
  agencyOverdueNote: '⚠ 評估逾期（早於 {asOf} 12 個月以上）：{agencies}。',
  agencyAllEvaluated: '所有機構均在 {asOf} 前 12 個月內完成評估。',
  agencySummary: '各機構{measure}條形圖，{from}至{to}。最高：{agency}，{value}。',
};

/** The three languages as one pack for `addMessages`. */
export const AGENCIES_MESSAGES = { en: agenciesEn, 'zh-CN': agenciesZhCN, 'zh-TW': agenciesZhTW };
