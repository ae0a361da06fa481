import type { DefinitionPack } from './types.js';

/** The `recovery` metric's definitions in the three built-in languages, registered by the modules that show it. */
export const RECOVERY_DEFINITIONS: DefinitionPack = {
  en: {
    recovery: {
      name: 'Recovery rate',
      measures: [
        {
          key: 'gross-recovery',
          name: 'Cumulative gross recovery rate',
          formula: 'cumulative recoveries within m months after charge-off ÷ charged-off balance of the cohort',
          numerator: 'amounts recovered from charge-off up to month m',
          denominator: 'balance charged off in the cohort (charge-off month)',
        },
        {
          key: 'net-recovery',
          name: 'Cumulative net recovery rate',
          formula: '(cumulative recoveries − collection fees) within m months ÷ charged-off balance',
          numerator: 'amounts recovered less fees up to month m',
          denominator: 'balance charged off in the cohort',
        },
      ],
      notes: [
        'Immature cohorts may be projected with chain-ladder development factors from mature cohorts (dashed, labelled as projection).',
      ],
    },
  },
  'zh-CN': {
    recovery: {
      name: '回收率',
      measures: [
        {
          key: 'gross-recovery',
          name: '累计毛回收率',
          formula: '核销后 m 个月内累计回收金额 ÷ 该批次核销余额',
          numerator: '核销后至第 m 个月的回收金额',
          denominator: '该批次（核销月份）的核销余额',
        },
        {
          key: 'net-recovery',
          name: '累计净回收率',
          formula: '（核销后 m 个月内累计回收金额 − 催收费用）÷ 核销余额',
          numerator: '扣除费用后的回收金额',
          denominator: '该批次的核销余额',
        },
      ],
      notes: ['未成熟批次可按成熟批次的链梯法发展因子预测（虚线，标注为预测）。'],
    },
  },
  'zh-TW': {
    recovery: {
      name: '回收率',
      measures: [
        {
          key: 'gross-recovery',
          name: '累計毛回收率',
          formula: '轉銷後 m 個月內累計回收金額 ÷ 該批次轉銷餘額',
          numerator: '轉銷後至第 m 個月的回收金額',
          denominator: '該批次（轉銷月份）的轉銷餘額',
        },
        {
          key: 'net-recovery',
          name: '累計淨回收率',
          formula: '（轉銷後 m 個月內累計回收金額 − 催收費用）÷ 轉銷餘額',
          numerator: '扣除費用後的回收金額',
          denominator: '該批次的轉銷餘額',
        },
      ],
      notes: ['未成熟批次可按成熟批次的鏈梯法發展因子預測（虛線，標註為預測）。'],
    },
  },
};
