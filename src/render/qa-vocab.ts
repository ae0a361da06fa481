/** Names of the QA red-line rules and methods (催收质检) in en, zh-CN and zh-TW, for `codeLabel`. */
import type { Labels } from './vocab.js';

/** Red-line rules of call quality checks, and `any` (at least one of them). */
export const QA_RULE_LABELS: Labels = {
  any: ['Any red line', '任一红线', '任一紅線'],
  'abusive-language': ['Abusive language', '辱骂', '辱罵'],
  threats: ['Threats', '威胁恐吓', '威脅恐嚇'],
  impersonation: ['Impersonating authorities', '冒充公检法', '冒充公檢法'],
  'third-party-disclosure': ['Disclosing the debt to third parties', '向第三方透露债务', '向第三方透露債務'],
  'false-statements': ['False statements', '虚假陈述', '虛假陳述'],
  'outside-hours': ['Contact outside allowed hours', '非允许时段联系', '非允許時段聯繫'],
};

/** QA methods. */
export const QA_METHOD_LABELS: Labels = {
  ai: ['AI QA', 'AI质检', 'AI質檢'],
  manual: ['Manual QA', '人工质检', '人工質檢'],
};
