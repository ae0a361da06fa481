import { addLanguageMessages } from '../catalogues.js';
import type { curvesEn } from './en.js';

/** Traditional Chinese messages of `<ck-vintage-curves>` and `<ck-recovery-curves>`; added to the catalogue when this module loads. */
export const curvesZhTW: Record<keyof typeof curvesEn, string> = {
  vintageTitle: '帳齡分析：按帳齡的逾期率（按{basis}）',
  vintageSummary: '{from} 至 {to} 共 {n} 個放款批次按帳齡的逾期率折線圖。{latest}',
  vintageLatest: '批次 {cohort} 帳齡 {mob} 個月：{value}。',
  vintageCohort: '放款批次',
  vintageMob: '第 {mob} 期',
  vintagePoint: '{cohort}，第 {mob} 期：{value}（{numerator} / {denominator}）',
  recoveryTitle: '按核銷批次的累計回收率（{basis}）',
  recoverySummary: '{from} 至 {to} 共 {n} 個核銷批次按核銷後月數的累計回收率折線圖；虛線為預測。{latest}',
  recoveryLatest: '批次 {cohort} 核銷後 {month} 個月：{value}。',
  recoveryCohort: '核銷批次',
  recoveryMonth: '第 {month} 月',
  recoveryPoint: '{cohort}，第 {month} 月：{value}（{numerator} / {denominator}）{projected}',
  recoveryProjected: '，預測值',
  recoveryChargedOff: '核銷金額',
  recoveryRecovered: '累計回收',
};

addLanguageMessages('zh-TW', curvesZhTW);
