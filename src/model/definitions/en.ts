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
  complaints: {
    name: 'Complaints',
    measures: [
      {
        key: 'per-10k',
        name: 'Complaints per 10,000 accounts',
        formula: 'received ÷ average active accounts × 10,000',
        numerator: 'complaints received in the period',
        denominator: 'average active accounts in the period',
      },
      {
        key: 'on-time',
        name: 'Closed on time',
        formula: 'closed within the deadline ÷ closed',
        numerator: 'complaints closed within the deadline',
        denominator: 'complaints closed in the period',
      },
      {
        key: 'upheld',
        name: 'Upheld rate',
        formula: 'upheld ÷ closed',
        numerator: 'complaints decided in the customer’s favour',
        denominator: 'complaints closed in the period',
      },
    ],
    notes: ['Deadlines follow the configured rule, e.g. UK FCA DISP: 3 business days / 8 weeks.'],
  },
  channels: {
    name: 'Channel effectiveness',
    measures: [
      {
        key: 'contact-rate',
        name: 'Contact rate',
        formula: 'contacts ÷ attempts',
        numerator: 'attempts that reached the customer',
        denominator: 'contact attempts (calls, SMS, visits, letters…)',
      },
      {
        key: 'yield',
        name: 'Collected per attempt',
        formula: 'collected ÷ attempts',
        numerator: 'amount collected attributed to the channel',
        denominator: 'contact attempts',
      },
      {
        key: 'per-cost',
        name: 'Collected per unit cost',
        formula: 'collected ÷ cost',
        numerator: 'amount collected attributed to the channel',
        denominator: 'cost of the channel',
      },
    ],
    notes: ['Channels: phone, SMS, IVR, app, field visit, letter, agency, legal.'],
  },
  compliance: {
    name: 'Contact-rule breach rate',
    measures: [
      {
        key: 'breach-rate',
        name: 'Breach rate',
        formula: 'breaches ÷ checked contacts, per rule',
        numerator: 'contacts breaking the rule',
        denominator: 'contacts checked against the rule',
      },
    ],
    notes: [
      'GB/T 个人网络消费信贷 贷后催收风控指引 (2025): no contact 22:00–08:00; at most 3 effective conversations per debtor per day, AI voice calls included; third parties only when the debtor cannot be reached, never told of the debt.',
      'China Banking Association (2026): no collection 22:00–08:00 without consent; at most 6 unanswered calls per contact per day.',
      'US Regulation F: more than 7 calls in 7 days per debt; contact outside 08:00–21:00 local time.',
    ],
  },
};
