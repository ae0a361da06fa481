import type { BaseDefinitionCatalogue } from './types.js';

/** The definitions catalogue in Simplified Chinese: per metric, its name, its rates (formula, numerator, denominator) and notes. */
export const zhCN: BaseDefinitionCatalogue = {
  overdue: {
    name: '逾期率',
    measures: [
      {
        key: 'overdue-rate',
        name: '逾期率',
        formula: '期末所选逾期阶段的账户数（或余额）÷ 全部在贷账户数（或余额）',
        numerator: '所选逾期阶段的账户数或余额（如 M1+ = M1 至 M7+）',
        denominator: '全部在贷账户数或余额，含正常（M0）',
      },
    ],
    notes: ['按期末逾期天数划分逾期阶段。', '分母低于设定最小值的比率不予显示（显示为 –）。'],
  },
};
