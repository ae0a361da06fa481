/**
 * Messages of the cure view of `<ck-roll-rates>` (issue #14), one block per language, loaded with it through
 * `addMessages(CURE_MESSAGES)` (src/views/cure-model.ts).
 */

/** English messages of the cure view. */
export const cureEn = {
  rollViewCure: 'Cure',
  cureTitle: 'Cure rate by bucket ({basis})',
  cureSummary: 'Cure rates {series}, {from} to {to}.',
  cureDaysTitle: 'Days to cure, {from} – {to}',
  cureDaysBin: 'Days past due',
  cureAccounts: 'Accounts',
  cureShare: 'Share',
  cureNot: 'Not cured',
  cureDaysNote: 'Denominator: {delinquent} accounts in M1+ at a previous month-end.',
  cureDaysMissing: 'No days to cure in the data.',
};

/** Simplified Chinese messages. */
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

/** Traditional Chinese messages. */
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

/** The three languages as one pack for `addMessages`. */
export const CURE_MESSAGES = { en: cureEn, 'zh-CN': cureZhCN, 'zh-TW': cureZhTW };
