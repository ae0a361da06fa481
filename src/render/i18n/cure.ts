/**
 * Messages of the cure view of `<ck-roll-rates>` and the net-flow `<ck-kpi-tile>` (issue #14), one block per
 * language, loaded with them through `addMessages(CURE_MESSAGES)` (src/views/cure-model.ts).
 */

/** English messages of the cure view and the net-flow tile. */
export const cureEn = {
  rollViewCure: 'Cure',
  cureTitle: 'Cure rate by bucket ({basis})',
  cureSummary:
    'Line chart of cure rates {series} (share of a bucket at the previous month-end that is current at this month-end), {from} to {to}.',
  cureDaysTitle: 'Days to cure, {from} – {to}',
  cureDaysBin: 'Days past due before the cure',
  cureShare: 'Share of delinquent',
  cureNot: 'Not cured',
  cureDaysNote:
    'Denominator: {delinquent} accounts delinquent at a previous month-end; days past due at that month-end.',
  cureDaysMissing: 'The data carry no days to cure.',
  tileTitleNetFlow: 'Net flow to loss ({basis})',
};

/** Simplified Chinese messages. */
export const cureZhCN: Record<keyof typeof cureEn, string> = {
  rollViewCure: '回正',
  cureTitle: '各阶段回正率（按{basis}）',
  cureSummary: '回正率 {series} 折线图（上月末处于该阶段、本月末恢复正常的比例），{from} 至 {to}。',
  cureDaysTitle: '回正天数，{from} – {to}',
  cureDaysBin: '回正前逾期天数',
  cureShare: '占逾期户数',
  cureNot: '未回正',
  cureDaysNote: '分母：上月末逾期户数 {delinquent}；逾期天数取上月末。',
  cureDaysMissing: '数据未提供回正天数。',
  tileTitleNetFlow: '催收乘数（按{basis}）',
};

/** Traditional Chinese messages. */
export const cureZhTW: Record<keyof typeof cureEn, string> = {
  rollViewCure: '回正',
  cureTitle: '各階段回正率（按{basis}）',
  cureSummary: '回正率 {series} 折線圖（上月末處於該階段、本月末恢復正常的比例），{from} 至 {to}。',
  cureDaysTitle: '回正天數，{from} – {to}',
  cureDaysBin: '回正前逾期天數',
  cureShare: '占逾期戶數',
  cureNot: '未回正',
  cureDaysNote: '分母：上月末逾期戶數 {delinquent}；逾期天數取上月末。',
  cureDaysMissing: '資料未提供回正天數。',
  tileTitleNetFlow: '催收乘數（按{basis}）',
};

/** The three languages as one pack for `addMessages`. */
export const CURE_MESSAGES = { en: cureEn, 'zh-CN': cureZhCN, 'zh-TW': cureZhTW };
