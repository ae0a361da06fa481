import { addLanguageMessages } from '../catalogues.js';
import type { cureEn } from './en.js';

/** Traditional Chinese messages of the cure view of `<ck-roll-rates>`; added to the catalogue when this module loads. */
export const cureZhTW: Record<keyof typeof cureEn, string> = {
  rollViewCure: '回正',
  cureTitle: '各階段回正率（按{basis}）',
  cureSummary: '回正率 {series}，{from} 至 {to}。',
  cureDaysTitle: '回正天數，{from} – {to}',
  cureDaysBin: '逾期天數',
  cureAccounts: '戶數',
  cureShare: '占比',
  cureNot: '未回正',
  cureDaysNote: '分母：上月末 M1+ 戶數 {delinquent}。',
  cureDaysMissing: '資料未提供回正天數。',
};

addLanguageMessages('zh-TW', cureZhTW);
