import type { BaseDefinitionCatalogue } from './types.js';

/** The definitions catalogue in Traditional Chinese: per metric, its name, its rates (formula, numerator, denominator) and notes. */
export const zhTW: BaseDefinitionCatalogue = {
  overdue: {
    name: '逾期率',
    measures: [
      {
        key: 'overdue-rate',
        name: '逾期率',
        formula: '期末所選逾期階段的帳戶數（或餘額）÷ 全部在貸帳戶數（或餘額）',
        numerator: '所選逾期階段的帳戶數或餘額（如 M1+ = M1 至 M7+）',
        denominator: '全部在貸帳戶數或餘額，含正常（M0）',
      },
    ],
    notes: ['按期末逾期天數劃分逾期階段。', '分母低於設定最小值的比率不予顯示（顯示為 –）。'],
  },
};
