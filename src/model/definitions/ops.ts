/**
 * Definitions of the operations metrics (issue #14: promise-to-pay funnel), one entry per metric in each
 * language, spread into the three catalogues so that the shared catalogue files change by one line each.
 */
import type { DefinitionEntry, DefinitionPack } from './types.js';

/** Operations metrics of the catalogue. */
export type OpsMetric = 'promises' | 'contact-hours';

/** English entries of the operations metrics. */
export const opsEn: Record<OpsMetric, DefinitionEntry> = {
  promises: {
    name: 'Promise-to-pay funnel',
    measures: [
      {
        key: 'contact-rate',
        name: 'Contact rate',
        formula: 'contacts ÷ attempts',
        numerator: "collectors' attempts answered",
        denominator: "collectors' attempts (calls and visits)",
      },
      {
        key: 'rpc-rate',
        name: 'Right-party contact rate (RPC)',
        formula: 'right-party contacts ÷ attempts',
        numerator: 'attempts that reached the debtor',
        denominator: "collectors' attempts",
      },
      {
        key: 'ptp-rate',
        name: 'Promise-to-pay rate (PTP)',
        formula: 'promises ÷ right-party contacts',
        numerator: 'promises to pay made',
        denominator: 'right-party contacts',
      },
      {
        key: 'kept-rate',
        name: 'Kept rate',
        formula: 'kept ÷ matured promises',
        numerator: 'matured promises paid in full by due date + grace',
        denominator: 'matured promises (kept + partly kept + broken); pending ones excluded',
      },
      {
        key: 'amount-kept-rate',
        name: 'Amount kept',
        formula: 'paid ÷ promised (matured promises)',
        numerator: 'amount paid by due date + grace',
        denominator: 'amount promised',
      },
    ],
    notes: [
      'A promise matures once due date + grace has passed, in that period; until then it is pending in the period made. Partly kept: part paid by then; broken: nothing. Later payments do not count.',
      'Broken promises by hours from the break to the next contact: < 24, 24–48, 48–72, > 72, none.',
    ],
  },
  'contact-hours': {
    name: 'Best time to call',
    measures: [
      {
        key: 'rpc-rate',
        name: 'Right-party contact rate (RPC) by hour',
        formula: 'right-party contacts ÷ attempts, per weekday × hour',
        numerator: 'attempts that reached the debtor',
        denominator: "collectors' attempts",
      },
      {
        key: 'promises-per-rpc',
        name: 'Promises per right-party contact by hour',
        formula: 'promises ÷ right-party contacts, per weekday × hour',
        numerator: 'promises made',
        denominator: 'right-party contacts',
      },
    ],
    notes: [
      "Consumer-local weekday and hour; the cells add up to the funnel's steps. Rates on fewer than the minimum (30) are suppressed (–), not zero.",
      "Attempts outside the rule's calling window (cn-cba-2026 08–22, us-reg-f 08–21) are counted: each a breach unless consented.",
    ],
  },
};

/** Simplified Chinese entries of the operations metrics. */
export const opsZhCN: Record<OpsMetric, DefinitionEntry> = {
  promises: {
    name: '承诺还款漏斗',
    measures: [
      {
        key: 'contact-rate',
        name: '接通率',
        formula: '接通数 ÷ 拨打（外访）数',
        numerator: '催收员拨打中接通的次数',
        denominator: '催收员拨打与外访次数',
      },
      {
        key: 'rpc-rate',
        name: '本人接通率（RPC）',
        formula: '本人接通数 ÷ 拨打数',
        numerator: '联系到债务人本人的次数',
        denominator: '催收员拨打与外访次数',
      },
      {
        key: 'ptp-rate',
        name: '承诺还款率（PTP）',
        formula: '承诺还款数 ÷ 本人接通数',
        numerator: '获得的还款承诺数',
        denominator: '本人接通数',
      },
      {
        key: 'kept-rate',
        name: '兑现率',
        formula: '已兑现数 ÷ 已到期承诺数',
        numerator: '期内足额还款的到期承诺数',
        denominator: '到期承诺数（兑现＋部分兑现＋违约），不含未到期',
      },
      {
        key: 'amount-kept-rate',
        name: '金额兑现率',
        formula: '已还金额 ÷ 承诺金额（已到期承诺）',
        numerator: '期内还款金额',
        denominator: '承诺金额',
      },
    ],
    notes: [
      '承诺日加宽限期已过即到期，计入该期间；此前计为承诺期间的未到期。部分兑现：期内还了部分；违约：期内未还。期后还款不计。',
      '违约承诺按违约至下次接通的小时数分组：<24、24–48、48–72、>72、未跟进。',
    ],
  },
  'contact-hours': {
    name: '最佳拨打时段',
    measures: [
      {
        key: 'rpc-rate',
        name: '分时段本人接通率（RPC）',
        formula: '本人接通数 ÷ 拨打数（按客户当地时间的星期 × 小时）',
        numerator: '该时段联系到债务人本人的次数',
        denominator: '该时段催收员拨打次数',
      },
      {
        key: 'promises-per-rpc',
        name: '分时段每次本人接通的承诺数',
        formula: '承诺还款数 ÷ 本人接通数（按星期 × 小时）',
        numerator: '该时段获得的还款承诺数',
        denominator: '该时段本人接通数',
      },
    ],
    notes: [
      '按客户当地星期和小时；各格之和等于漏斗各步。分母低于下限（30）的比率不显示（–），不作零。',
      '规则允许时段（cn-cba-2026 08–22，us-reg-f 08–21）外的拨打计数：未经同意每次均为违规。',
    ],
  },
};

/** Traditional Chinese entries of the operations metrics. */
export const opsZhTW: Record<OpsMetric, DefinitionEntry> = {
  promises: {
    name: '承諾還款漏斗',
    measures: [
      {
        key: 'contact-rate',
        name: '接通率',
        formula: '接通數 ÷ 撥打（外訪）數',
        numerator: '催收員撥打中接通的次數',
        denominator: '催收員撥打與外訪次數',
      },
      {
        key: 'rpc-rate',
        name: '本人接通率（RPC）',
        formula: '本人接通數 ÷ 撥打數',
        numerator: '聯繫到債務人本人的次數',
        denominator: '催收員撥打與外訪次數',
      },
      {
        key: 'ptp-rate',
        name: '承諾還款率（PTP）',
        formula: '承諾還款數 ÷ 本人接通數',
        numerator: '取得的還款承諾數',
        denominator: '本人接通數',
      },
      {
        key: 'kept-rate',
        name: '兌現率',
        formula: '已兌現數 ÷ 已到期承諾數',
        numerator: '期內足額還款的到期承諾數',
        denominator: '到期承諾數（兌現＋部分兌現＋違約），不含未到期',
      },
      {
        key: 'amount-kept-rate',
        name: '金額兌現率',
        formula: '已還金額 ÷ 承諾金額（已到期承諾）',
        numerator: '期內還款金額',
        denominator: '承諾金額',
      },
    ],
    notes: [
      '承諾日加寬限期已過即到期，計入該期間；此前計為承諾期間的未到期。部分兌現：期內還了部分；違約：期內未還。期後還款不計。',
      '違約承諾按違約至下次接通的小時數分組：<24、24–48、48–72、>72、未跟進。',
    ],
  },
  'contact-hours': {
    name: '最佳撥打時段',
    measures: [
      {
        key: 'rpc-rate',
        name: '分時段本人接通率（RPC）',
        formula: '本人接通數 ÷ 撥打數（按客戶當地時間的星期 × 小時）',
        numerator: '該時段聯繫到債務人本人的次數',
        denominator: '該時段催收員撥打次數',
      },
      {
        key: 'promises-per-rpc',
        name: '分時段每次本人接通的承諾數',
        formula: '承諾還款數 ÷ 本人接通數（按星期 × 小時）',
        numerator: '該時段取得的還款承諾數',
        denominator: '該時段本人接通數',
      },
    ],
    notes: [
      '按客戶當地星期和小時；各格之和等於漏斗各步。分母低於下限（30）的比率不顯示（–），不作零。',
      '規則允許時段（cn-cba-2026 08–22，us-reg-f 08–21）外的撥打計數：未經同意每次均為違規。',
    ],
  },
};

/** The three languages as one pack for `addDefinitions`. */
export const OPS_DEFINITIONS: DefinitionPack = { en: opsEn, 'zh-CN': opsZhCN, 'zh-TW': opsZhTW };
