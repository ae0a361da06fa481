import type { DefinitionPack } from './types.js';

/** The `complaints` metric's definitions in the three built-in languages, registered by the modules that show it. */
export const COMPLAINTS_DEFINITIONS: DefinitionPack = {
  en: {
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
  },
  'zh-CN': {
    complaints: {
      name: '投诉',
      measures: [
        {
          key: 'per-10k',
          name: '万户投诉率',
          formula: '投诉受理量 ÷ 平均在贷账户数 × 10,000',
          numerator: '本期受理的投诉数',
          denominator: '本期平均在贷账户数',
        },
        {
          key: 'on-time',
          name: '按时办结率',
          formula: '在时限内办结数 ÷ 办结数',
          numerator: '在时限内办结的投诉数',
          denominator: '本期办结的投诉数',
        },
        {
          key: 'upheld',
          name: '投诉成立率',
          formula: '成立（支持客户）数 ÷ 办结数',
          numerator: '认定客户诉求成立的投诉数',
          denominator: '本期办结的投诉数',
        },
      ],
      notes: ['办结时限按所配置的规则，如英国 FCA DISP：3 个工作日 / 8 周。'],
    },
  },
  'zh-TW': {
    complaints: {
      name: '客訴',
      measures: [
        {
          key: 'per-10k',
          name: '萬戶客訴率',
          formula: '客訴受理量 ÷ 平均在貸帳戶數 × 10,000',
          numerator: '本期受理的客訴數',
          denominator: '本期平均在貸帳戶數',
        },
        {
          key: 'on-time',
          name: '準時結案率',
          formula: '在時限內結案數 ÷ 結案數',
          numerator: '在時限內結案的客訴數',
          denominator: '本期結案的客訴數',
        },
        {
          key: 'upheld',
          name: '客訴成立率',
          formula: '成立（支持客戶）數 ÷ 結案數',
          numerator: '認定客戶訴求成立的客訴數',
          denominator: '本期結案的客訴數',
        },
      ],
      notes: ['結案時限依所設定的規則，如英國 FCA DISP：3 個工作日 / 8 週。'],
    },
  },
};
