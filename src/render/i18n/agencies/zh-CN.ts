import { addLanguageMessages } from '../catalogues.js';
import type { agenciesEn } from './en.js';

/** Simplified Chinese messages of `<ck-agency-scorecard>`; added to the catalogue when this module loads. */
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

addLanguageMessages('zh-CN', agenciesZhCN);
