import type { DefinitionPack } from './types.js';

/** The `vintage` metric's definitions in the three built-in languages, registered by the modules that show it. */
export const VINTAGE_DEFINITIONS: DefinitionPack = {
  en: {
    vintage: {
      name: 'Vintage delinquency',
      measures: [
        {
          key: 'vintage-rate',
          name: 'Delinquency rate at months on book k',
          formula: 'delinquent balance (DPD ≥ threshold) of cohort c at MOB k ÷ originated amount of c',
          numerator: 'balance of loans of cohort c that are past the delinquency threshold at months on book k',
          denominator: 'amount originated in cohort c (the origination month)',
        },
      ],
      notes: [
        'By count: delinquent accounts ÷ originated accounts.',
        'One curve per origination cohort; younger cohorts have shorter curves.',
      ],
    },
  },
  'zh-CN': {
    vintage: {
      name: '账龄分析（Vintage）',
      measures: [
        {
          key: 'vintage-rate',
          name: '账龄 k 月逾期率',
          formula: '放款批次 c 在账龄 k 月的逾期余额（逾期天数 ≥ 阈值）÷ 批次 c 放款金额',
          numerator: '批次 c 在账龄 k 月超过逾期阈值的贷款余额',
          denominator: '批次 c（放款月份）的放款金额',
        },
      ],
      notes: ['按户数：逾期账户数 ÷ 放款账户数。', '每个放款批次一条曲线；较新的批次曲线较短。'],
    },
  },
  'zh-TW': {
    vintage: {
      name: '帳齡分析（Vintage）',
      measures: [
        {
          key: 'vintage-rate',
          name: '帳齡 k 月逾期率',
          formula: '放款批次 c 在帳齡 k 月的逾期餘額（逾期天數 ≥ 門檻）÷ 批次 c 放款金額',
          numerator: '批次 c 在帳齡 k 月超過逾期門檻的貸款餘額',
          denominator: '批次 c（放款月份）的放款金額',
        },
      ],
      notes: ['按戶數：逾期帳戶數 ÷ 放款帳戶數。', '每個放款批次一條曲線；較新的批次曲線較短。'],
    },
  },
};
