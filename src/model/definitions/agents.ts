import type { DefinitionPack } from './types.js';

/** The `agents` metric's definitions in the three built-in languages, registered by the modules that show it. */
export const AGENTS_DEFINITIONS: DefinitionPack = {
  en: {
    agents: {
      name: 'Collector performance',
      measures: [
        {
          key: 'contact-rate',
          name: 'Contact rate',
          formula: 'connects ÷ dials',
          numerator: 'calls answered',
          denominator: 'calls dialled',
        },
        {
          key: 'rpc-rate',
          name: 'Right-party contact rate',
          formula: 'right-party contacts ÷ dials',
          numerator: 'calls reaching the debtor in person',
          denominator: 'calls dialled',
        },
        {
          key: 'ptp-rate',
          name: 'Promise-to-pay rate',
          formula: 'promises ÷ right-party contacts',
          numerator: 'promises to pay obtained',
          denominator: 'right-party contacts',
        },
        {
          key: 'kept-rate',
          name: 'Kept-promise rate',
          formula: 'promises kept ÷ promises due',
          numerator: 'promises paid in full by their date',
          denominator: 'promises falling due in the period',
        },
        {
          key: 'liquidation',
          name: 'Liquidation rate',
          formula: 'collected ÷ assigned',
          numerator: 'amount collected',
          denominator: 'amount assigned to the collector',
        },
        {
          key: 'collected-per-hour',
          name: 'Collected per hour',
          formula: 'collected ÷ logged hours',
          numerator: 'amount collected',
          denominator: 'hours logged',
        },
      ],
      notes: [
        'Collectors whose denominator is below the configured minimum are flagged and not ranked.',
        'Names may be replaced by stable pseudonyms (redact).',
      ],
    },
  },
  'zh-CN': {
    agents: {
      name: '催收员绩效',
      measures: [
        {
          key: 'contact-rate',
          name: '接通率',
          formula: '接通数 ÷ 拨打数',
          numerator: '接通的电话数',
          denominator: '拨打的电话数',
        },
        {
          key: 'rpc-rate',
          name: '本人接通率（RPC）',
          formula: '本人接通数 ÷ 拨打数',
          numerator: '由债务人本人接听的电话数',
          denominator: '拨打的电话数',
        },
        {
          key: 'ptp-rate',
          name: '承诺还款率',
          formula: '承诺还款数 ÷ 本人接通数',
          numerator: '获得的还款承诺数',
          denominator: '本人接通数',
        },
        {
          key: 'kept-rate',
          name: '兑现率',
          formula: '已兑现承诺数 ÷ 到期承诺数',
          numerator: '按期足额还款的承诺数',
          denominator: '本期到期的承诺数',
        },
        {
          key: 'liquidation',
          name: '回款率',
          formula: '回款金额 ÷ 分案金额',
          numerator: '回款金额',
          denominator: '分配给催收员的案件金额',
        },
        {
          key: 'collected-per-hour',
          name: '小时回款',
          formula: '回款金额 ÷ 登录工时',
          numerator: '回款金额',
          denominator: '登录工时',
        },
      ],
      notes: ['分母低于设定最小值的催收员会被标注且不参与排名。', '姓名可替换为稳定的化名（redact）。'],
    },
  },
  'zh-TW': {
    agents: {
      name: '催收員績效',
      measures: [
        {
          key: 'contact-rate',
          name: '接通率',
          formula: '接通數 ÷ 撥打數',
          numerator: '接通的電話數',
          denominator: '撥打的電話數',
        },
        {
          key: 'rpc-rate',
          name: '本人接通率（RPC）',
          formula: '本人接通數 ÷ 撥打數',
          numerator: '由債務人本人接聽的電話數',
          denominator: '撥打的電話數',
        },
        {
          key: 'ptp-rate',
          name: '承諾還款率',
          formula: '承諾還款數 ÷ 本人接通數',
          numerator: '取得的還款承諾數',
          denominator: '本人接通數',
        },
        {
          key: 'kept-rate',
          name: '兌現率',
          formula: '已兌現承諾數 ÷ 到期承諾數',
          numerator: '按期足額還款的承諾數',
          denominator: '本期到期的承諾數',
        },
        {
          key: 'liquidation',
          name: '回款率',
          formula: '回款金額 ÷ 分案金額',
          numerator: '回款金額',
          denominator: '分配給催收員的案件金額',
        },
        {
          key: 'collected-per-hour',
          name: '每小時回款',
          formula: '回款金額 ÷ 登入工時',
          numerator: '回款金額',
          denominator: '登入工時',
        },
      ],
      notes: ['分母低於設定最小值的催收員會被標註且不參與排名。', '姓名可替換為穩定的化名（redact）。'],
    },
  },
};
