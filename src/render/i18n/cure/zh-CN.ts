import { addLanguageMessages } from '../catalogues.js';
import type { cureEn } from './en.js';

/** Simplified Chinese messages of the cure view of `<ck-roll-rates>`; added to the catalogue when this module loads. */
export const cureZhCN: Record<keyof typeof cureEn, string> = {
  rollViewCure: '回正',
  cureTitle: '各阶段回正率（按{basis}）',
  cureSummary: '回正率 {series}，{from} 至 {to}。',
  cureDaysTitle: '回正天数，{from} – {to}',
  cureDaysBin: '逾期天数',
  cureAccounts: '户数',
  cureShare: '占比',
  cureNot: '未回正',
  cureDaysNote: '分母：上月末 M1+ 户数 {delinquent}。',
  cureDaysMissing: '数据未提供回正天数。',
};

addLanguageMessages('zh-CN', cureZhCN);
