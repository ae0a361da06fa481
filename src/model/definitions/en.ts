import type { BaseDefinitionCatalogue } from './types.js';

/** The definitions catalogue in English: per metric, its name, its rates (formula, numerator, denominator) and notes. */
export const en: BaseDefinitionCatalogue = {
  overdue: {
    name: 'Overdue rate',
    measures: [
      {
        key: 'overdue-rate',
        name: 'Overdue rate',
        formula: 'accounts (or balance) in the bucket set ÷ all active accounts (or balance), at period end',
        numerator: 'accounts or outstanding balance in the selected buckets (e.g. M1+ = M1 to M7+)',
        denominator: 'all active accounts or outstanding balance, all buckets including current (M0)',
      },
    ],
    notes: [
      'Buckets by days past due at period end.',
      'Rates whose denominator is below the configured minimum are suppressed (shown as –).',
    ],
  },
};
