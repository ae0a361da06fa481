/**
 * Definitions of the operations metrics (issue #14: promise-to-pay funnel), one entry per metric in each
 * language, spread into the three catalogues so that the shared catalogue files change by one line each.
 */
import type { DefinitionEntry } from './types.js';

/** Operations metrics of the catalogue. */
export type OpsMetric = 'promises' | 'contact-hours';

/** English entries of the operations metrics. */
export const opsEn: Record<OpsMetric, DefinitionEntry> = {
  promises: {
    name: 'Promise-to-pay funnel',
    measures: [
      { key: 'contact-rate', name: 'Contact rate', formula: 'contacts ÷ attempts', numerator: "collectors' attempts answered", denominator: "collectors' attempts (calls and visits)" },
      { key: 'rpc-rate', name: 'Right-party contact rate (RPC)', formula: 'right-party contacts ÷ attempts', numerator: 'attempts that reached the debtor', denominator: "collectors' attempts" },
      { key: 'ptp-rate', name: 'Promise-to-pay rate (PTP)', formula: 'promises ÷ right-party contacts', numerator: 'promises to pay made', denominator: 'right-party contacts' },
      {
        key: 'kept-rate',
        name: 'Kept rate',
        formula: 'kept ÷ matured promises',
        numerator: 'matured promises paid in full by the due date + grace',
        denominator: 'promises whose due date + grace has passed (kept + partly kept + broken); pending promises are not counted',
      },
      { key: 'amount-kept-rate', name: 'Amount kept', formula: 'paid ÷ promised, on matured promises', numerator: 'amount paid by the due date + grace on matured promises', denominator: 'amount promised on matured promises' },
    ],
    notes: [
      'A promise matures when its due date plus the grace days has passed; it is counted in the period it matures in, and until then as pending in the period it was made.',
      'Partly kept: something but not all paid by the due date + grace; broken: nothing paid by then. Payments after the grace period do not count.',
      'Follow-up of broken promises: hours from the break (the end of the grace period) to the next contact, in bins < 24 h, 24–48 h, 48–72 h, > 72 h and none yet.',
    ],
  },
  'contact-hours': {
    name: 'Best time to call',
    measures: [
      { key: 'rpc-rate', name: 'Right-party contact rate (RPC) by hour', formula: 'right-party contacts ÷ attempts, per consumer-local weekday × hour', numerator: "collectors' attempts in the cell that reached the debtor", denominator: "collectors' attempts in the cell" },
      { key: 'promises-per-rpc', name: 'Promises per right-party contact by hour', formula: 'promises ÷ right-party contacts, per weekday × hour', numerator: 'promises to pay made in the cell', denominator: 'right-party contacts in the cell' },
    ],
    notes: [
      "Weekday and hour in the consumer's local time zone; the cells add up to the promise-to-pay funnel's attempts, contacts, RPC and promises.",
      'Rates whose denominator is below the configured minimum (default 30) are suppressed (shown as –), not shown as zero.',
      "Attempts outside the chosen rule's calling window (cn-cba-2026 08:00–22:00, us-reg-f 08:00–21:00) are marked with their count: each one is a breach unless the person consented.",
    ],
  },
};

/** Simplified Chinese entries of the operations metrics. */
export const opsZhCN: Record<OpsMetric, DefinitionEntry> = {
  promises: {
    name: '承诺还款漏斗',
    measures: [
      { key: 'contact-rate', name: '接通率', formula: '接通数 ÷ 拨打（外访）数', numerator: '催收员拨打中接通的次数', denominator: '催收员拨打与外访次数' },
      { key: 'rpc-rate', name: '本人接通率（RPC）', formula: '本人接通数 ÷ 拨打数', numerator: '联系到债务人本人的次数', denominator: '催收员拨打与外访次数' },
      { key: 'ptp-rate', name: '承诺还款率（PTP）', formula: '承诺还款数 ÷ 本人接通数', numerator: '获得的还款承诺数', denominator: '本人接通数' },
      { key: 'kept-rate', name: '兑现率', formula: '已兑现数 ÷ 已到期承诺数', numerator: '在承诺日加宽限期内足额还款的到期承诺数', denominator: '承诺日加宽限期已过的承诺数（兑现＋部分兑现＋违约）；未到期承诺不计入' },
      { key: 'amount-kept-rate', name: '金额兑现率', formula: '已还金额 ÷ 承诺金额（已到期承诺）', numerator: '已到期承诺在承诺日加宽限期内的还款金额', denominator: '已到期承诺的承诺金额' },
    ],
    notes: [
      '承诺日加宽限天数已过即为到期，计入到期所在期间；到期前计为承诺所在期间的“未到期”。',
      '部分兑现：在承诺日加宽限期内有还款但未还足；违约：期内未还款。宽限期后的还款不计入。',
      '违约承诺的跟进：从违约（宽限期结束）到下一次接通的小时数，分为 <24 小时、24–48、48–72、>72 小时和尚未跟进。',
    ],
  },
  'contact-hours': {
    name: '最佳拨打时段',
    measures: [
      { key: 'rpc-rate', name: '分时段本人接通率（RPC）', formula: '本人接通数 ÷ 拨打数（按客户当地时间的星期 × 小时）', numerator: '该时段联系到债务人本人的次数', denominator: '该时段催收员拨打次数' },
      { key: 'promises-per-rpc', name: '分时段每次本人接通的承诺数', formula: '承诺还款数 ÷ 本人接通数（按星期 × 小时）', numerator: '该时段获得的还款承诺数', denominator: '该时段本人接通数' },
    ],
    notes: [
      '星期和小时按客户当地时区计算；各格之和等于承诺还款漏斗的拨打、接通、本人接通和承诺数。',
      '分母低于设定下限（默认 30）的比率不予显示（显示为 –），而非显示为零。',
      '所选规则允许拨打时段（中国银行业协会 2026：08:00–22:00；Regulation F：08:00–21:00）以外的拨打标出次数：未经同意的每一次都是违规。',
    ],
  },
};

/** Traditional Chinese entries of the operations metrics. */
export const opsZhTW: Record<OpsMetric, DefinitionEntry> = {
  promises: {
    name: '承諾還款漏斗',
    measures: [
      { key: 'contact-rate', name: '接通率', formula: '接通數 ÷ 撥打（外訪）數', numerator: '催收員撥打中接通的次數', denominator: '催收員撥打與外訪次數' },
      { key: 'rpc-rate', name: '本人接通率（RPC）', formula: '本人接通數 ÷ 撥打數', numerator: '聯繫到債務人本人的次數', denominator: '催收員撥打與外訪次數' },
      { key: 'ptp-rate', name: '承諾還款率（PTP）', formula: '承諾還款數 ÷ 本人接通數', numerator: '取得的還款承諾數', denominator: '本人接通數' },
      { key: 'kept-rate', name: '兌現率', formula: '已兌現數 ÷ 已到期承諾數', numerator: '在承諾日加寬限期內足額還款的到期承諾數', denominator: '承諾日加寬限期已過的承諾數（兌現＋部分兌現＋違約）；未到期承諾不計入' },
      { key: 'amount-kept-rate', name: '金額兌現率', formula: '已還金額 ÷ 承諾金額（已到期承諾）', numerator: '已到期承諾在承諾日加寬限期內的還款金額', denominator: '已到期承諾的承諾金額' },
    ],
    notes: [
      '承諾日加寬限天數已過即為到期，計入到期所在期間；到期前計為承諾所在期間的「未到期」。',
      '部分兌現：在承諾日加寬限期內有還款但未還足；違約：期內未還款。寬限期後的還款不計入。',
      '違約承諾的跟進：從違約（寬限期結束）到下一次接通的小時數，分為 <24 小時、24–48、48–72、>72 小時和尚未跟進。',
    ],
  },
  'contact-hours': {
    name: '最佳撥打時段',
    measures: [
      { key: 'rpc-rate', name: '分時段本人接通率（RPC）', formula: '本人接通數 ÷ 撥打數（按客戶當地時間的星期 × 小時）', numerator: '該時段聯繫到債務人本人的次數', denominator: '該時段催收員撥打次數' },
      { key: 'promises-per-rpc', name: '分時段每次本人接通的承諾數', formula: '承諾還款數 ÷ 本人接通數（按星期 × 小時）', numerator: '該時段取得的還款承諾數', denominator: '該時段本人接通數' },
    ],
    notes: [
      '星期和小時按客戶當地時區計算；各格之和等於承諾還款漏斗的撥打、接通、本人接通和承諾數。',
      '分母低於設定下限（預設 30）的比率不予顯示（顯示為 –），而非顯示為零。',
      '所選規則允許撥打時段（中國銀行業協會 2026：08:00–22:00；Regulation F：08:00–21:00）以外的撥打標出次數：未經同意的每一次都是違規。',
    ],
  },
};
