import { addLanguageMessages } from '../catalogues.js';
import type { curvesEn } from './en.js';

/** Simplified Chinese messages of `<ck-vintage-curves>` and `<ck-recovery-curves>`; added to the catalogue when this module loads. */
export const curvesZhCN: Record<keyof typeof curvesEn, string> = {
  vintageTitle: '账龄分析：按账龄的逾期率（按{basis}）',
  vintageSummary: '{from} 至 {to} 共 {n} 个放款批次按账龄的逾期率折线图。{latest}',
  vintageLatest: '批次 {cohort} 账龄 {mob} 个月：{value}。',
  vintageCohort: '放款批次',
  vintageMob: '第 {mob} 期',
  vintagePoint: '{cohort}，第 {mob} 期：{value}（{numerator} / {denominator}）',
  recoveryTitle: '按核销批次的累计回收率（{basis}）',
  recoverySummary: '{from} 至 {to} 共 {n} 个核销批次按核销后月数的累计回收率折线图；虚线为预测。{latest}',
  recoveryLatest: '批次 {cohort} 核销后 {month} 个月：{value}。',
  recoveryCohort: '核销批次',
  recoveryMonth: '第 {month} 月',
  recoveryPoint: '{cohort}，第 {month} 月：{value}（{numerator} / {denominator}）{projected}',
  recoveryProjected: '，预测值',
  recoveryChargedOff: '核销金额',
  recoveryRecovered: '累计回收',
};

addLanguageMessages('zh-CN', curvesZhCN);
