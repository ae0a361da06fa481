import type { DefinitionPack } from './types.js';

/** The `compliance` metric's definitions in the three built-in languages, registered by the modules that show it. */
export const COMPLIANCE_DEFINITIONS: DefinitionPack = {
  en: {
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
  },
  'zh-CN': {
    compliance: {
      name: '合规违规率',
      measures: [
        {
          key: 'breach-rate',
          name: '违规率',
          formula: '违规次数 ÷ 检查的联系次数（按规则）',
          numerator: '违反该规则的联系次数',
          denominator: '按该规则检查的联系次数',
        },
      ],
      notes: [
        'GB/T 个人网络消费信贷 贷后催收风控指引（2025）：22:00–08:00 不得联系；每名债务人每日有效通话不超过 3 次（含 AI 语音）；仅在无法联系债务人时联系第三方，且不得透露债务。',
        '中国银行业协会（2026）：未经同意不得在 22:00–08:00 催收；每个联系人每日未接通呼叫不超过 6 次。',
        '美国 Regulation F：同一债务 7 天内呼叫超过 7 次；在当地时间 08:00–21:00 以外联系。',
      ],
    },
  },
  'zh-TW': {
    compliance: {
      name: '合規違規率',
      measures: [
        {
          key: 'breach-rate',
          name: '違規率',
          formula: '違規次數 ÷ 檢查的聯繫次數（按規則）',
          numerator: '違反該規則的聯繫次數',
          denominator: '按該規則檢查的聯繫次數',
        },
      ],
      notes: [
        'GB/T 個人網絡消費信貸 貸後催收風控指引（2025）：22:00–08:00 不得聯繫；每名債務人每日有效通話不超過 3 次（含 AI 語音）；僅在無法聯繫債務人時聯繫第三方，且不得透露債務。',
        '中國銀行業協會（2026）：未經同意不得於 22:00–08:00 催收；每位聯繫人每日未接通撥打不超過 6 次。',
        '美國 Regulation F：同一債務 7 天內撥打超過 7 次；於當地時間 08:00–21:00 以外聯繫。',
      ],
    },
  },
};
