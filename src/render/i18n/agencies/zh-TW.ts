import { addLanguageMessages } from '../catalogues.js';
import type { agenciesEn } from './en.js';

/** Traditional Chinese messages of `<ck-agency-scorecard>`; added to the catalogue when this module loads. */
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

addLanguageMessages('zh-TW', agenciesZhTW);
