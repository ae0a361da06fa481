import type { DefinitionPack } from './types.js';

/** The `roll-rates` metric's definitions in the three built-in languages, registered by the modules that show it. */
export const ROLL_RATES_DEFINITIONS: DefinitionPack = {
  en: {
    'roll-rates': {
      name: 'Roll rate (flow rate)',
      measures: [
        {
          key: 'roll-rate',
          name: 'Roll rate M(n−1) → M(n)',
          formula: 'balance in M(n) at end of t ÷ balance in M(n−1) at end of t−1',
          numerator: 'balance in bucket M(n) at the end of month t that was in M(n−1) at the end of month t−1',
          denominator: 'balance in bucket M(n−1) at the end of month t−1',
        },
        {
          key: 'transition',
          name: 'Transition rate P[i][j]',
          formula: 'in state i at t−1 and in state j at t ÷ in state i at t−1',
          numerator: 'accounts or balance moving from state i to state j',
          denominator: 'accounts or balance in state i at the end of the previous month',
        },
        {
          key: 'cure-rate',
          name: 'Cure rate',
          formula: 'P[i][C]: in state i at t−1 and current at t ÷ in state i at t−1',
          numerator: 'accounts or balance returning to current (M0)',
          denominator: 'accounts or balance in state i at the end of the previous month',
        },
      ],
      notes: [
        'Each row of the transition matrix sums to 100 %.',
        'Forecasts apply the average transition matrix of recent months (Markov chain) and are labelled as projection.',
      ],
    },
  },
  'zh-CN': {
    'roll-rates': {
      name: '迁徙率',
      measures: [
        {
          key: 'roll-rate',
          name: '迁徙率 M(n−1) → M(n)',
          formula: 't 期末 M(n) 余额 ÷ t−1 期末 M(n−1) 余额',
          numerator: 't−1 期末处于 M(n−1)、t 期末处于 M(n) 的余额',
          denominator: 't−1 期末处于 M(n−1) 的余额',
        },
        {
          key: 'transition',
          name: '转移率 P[i][j]',
          formula: 't−1 期末处于状态 i 且 t 期末处于状态 j ÷ t−1 期末处于状态 i',
          numerator: '由状态 i 转入状态 j 的账户数或余额',
          denominator: '上月末处于状态 i 的账户数或余额',
        },
        {
          key: 'cure-rate',
          name: '回滚（治愈）率',
          formula: 'P[i][C]：t−1 期末处于状态 i 且 t 期末恢复正常 ÷ t−1 期末处于状态 i',
          numerator: '恢复正常（M0）的账户数或余额',
          denominator: '上月末处于状态 i 的账户数或余额',
        },
      ],
      notes: ['转移矩阵每行合计为 100%。', '预测采用近期平均转移矩阵（马尔可夫链），标注为预测。'],
    },
  },
  'zh-TW': {
    'roll-rates': {
      name: '遷徙率',
      measures: [
        {
          key: 'roll-rate',
          name: '遷徙率 M(n−1) → M(n)',
          formula: 't 期末 M(n) 餘額 ÷ t−1 期末 M(n−1) 餘額',
          numerator: 't−1 期末處於 M(n−1)、t 期末處於 M(n) 的餘額',
          denominator: 't−1 期末處於 M(n−1) 的餘額',
        },
        {
          key: 'transition',
          name: '轉移率 P[i][j]',
          formula: 't−1 期末處於狀態 i 且 t 期末處於狀態 j ÷ t−1 期末處於狀態 i',
          numerator: '由狀態 i 轉入狀態 j 的帳戶數或餘額',
          denominator: '上月末處於狀態 i 的帳戶數或餘額',
        },
        {
          key: 'cure-rate',
          name: '回滾（治癒）率',
          formula: 'P[i][C]：t−1 期末處於狀態 i 且 t 期末恢復正常 ÷ t−1 期末處於狀態 i',
          numerator: '恢復正常（M0）的帳戶數或餘額',
          denominator: '上月末處於狀態 i 的帳戶數或餘額',
        },
      ],
      notes: ['轉移矩陣每列合計為 100%。', '預測採用近期平均轉移矩陣（馬可夫鏈），標註為預測。'],
    },
  },
};
