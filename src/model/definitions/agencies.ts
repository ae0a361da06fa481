/**
 * Definitions of `agencies` (委外机构, issue 15) in the three built-in languages, registered by the agency
 * scorecard's view module.
 */
import type { DefinitionEntry, DefinitionPack } from './types.js';
import { definitionPack } from './pack.js';

const en: DefinitionEntry = {
  name: 'Outside collection agencies',
  measures: [
    {
      key: 'recovery-rate',
      name: 'Recovered ÷ placed',
      formula: 'amount recovered by the agency ÷ balance placed with it',
      numerator: 'amount the agency recovered in the periods',
      denominator: 'balance placed with the agency in the same periods',
    },
    {
      key: 'complaints-per-10k',
      name: 'Complaints per 10,000 accounts placed',
      formula: 'complaints about the agency ÷ accounts placed × 10,000',
      numerator: 'complaints received about the agency',
      denominator: 'accounts placed with the agency',
    },
    {
      key: 'violation-rate',
      name: 'Violation rate',
      formula: 'checked calls with a red-line violation ÷ calls checked',
      numerator: 'the agency’s checked calls with at least one red-line violation',
      denominator: 'the agency’s calls checked by QA',
    },
    {
      key: 'commission-share',
      name: 'Commission % of recovered',
      formula: 'commission paid ÷ amount recovered',
      numerator: 'commission paid to the agency',
      denominator: 'amount the agency recovered',
    },
  ],
  notes: [
    'The lender answers for the agencies’ conduct as for its own (Consumer Finance Companies Measures, 2024).',
    'Evaluation overdue: the last evaluation is more than 12 months before the data’s as-of date, or there is none.',
  ],
};

const zhCN: DefinitionEntry = {
  name: '委外机构',
  measures: [
    {
      key: 'recovery-rate',
      name: '回收率（回收 ÷ 委案）',
      formula: '机构回收金额 ÷ 委案余额',
      numerator: '机构在所选期间回收的金额',
      denominator: '同期委托给该机构的余额',
    },
    {
      key: 'complaints-per-10k',
      name: '每万户投诉',
      formula: '针对该机构的投诉 ÷ 委案户数 × 10,000',
      numerator: '针对该机构的投诉数',
      denominator: '委托给该机构的户数',
    },
    {
      key: 'violation-rate',
      name: '违规率',
      formula: '有红线违规的质检通话 ÷ 质检通话',
      numerator: '该机构至少有一项红线违规的质检通话',
      denominator: '该机构被质检的通话',
    },
    {
      key: 'commission-share',
      name: '佣金占回收比例',
      formula: '已付佣金 ÷ 回收金额',
      numerator: '支付给该机构的佣金',
      denominator: '该机构的回收金额',
    },
  ],
  notes: [
    '贷款机构须对委外机构的催收行为承担与自身同等的管理责任（《消费金融公司管理办法》2024）。',
    '评估逾期：最近一次评估早于数据截止日 12 个月以上，或从未评估。',
  ],
};

const zhTW: DefinitionEntry = {
  name: '委外機構',
  measures: [
    {
      key: 'recovery-rate',
      name: '回收率（回收 ÷ 委案）',
      formula: '機構回收金額 ÷ 委案餘額',
      numerator: '機構在所選期間回收的金額',
      denominator: '同期委託給該機構的餘額',
    },
    {
      key: 'complaints-per-10k',
      name: '每萬戶投訴',
      formula: '針對該機構的投訴 ÷ 委案戶數 × 10,000',
      numerator: '針對該機構的投訴數',
      denominator: '委託給該機構的戶數',
    },
    {
      key: 'violation-rate',
      name: '違規率',
      formula: '有紅線違規的質檢通話 ÷ 質檢通話',
      numerator: '該機構至少有一項紅線違規的質檢通話',
      denominator: '該機構被質檢的通話',
    },
    {
      key: 'commission-share',
      name: '佣金占回收比例',
      formula: '已付佣金 ÷ 回收金額',
      numerator: '支付給該機構的佣金',
      denominator: '該機構的回收金額',
    },
  ],
  notes: [
    '貸款機構須對委外機構的催收行為承擔與自身同等的管理責任（《消費金融公司管理辦法》2024）。',
    '評估逾期：最近一次評估早於資料截止日 12 個月以上，或從未評估。',
  ],
};

/** The `agencies` definitions in the three languages, for `addDefinitions`. */
export const AGENCIES_DEFINITIONS: DefinitionPack = definitionPack('agencies', en, zhCN, zhTW);
