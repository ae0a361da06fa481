/**
 * Definitions of the governance metrics (issue 15) in the three built-in languages, spread into each
 * catalogue with one line: `quality` (催收质检).
 */
import type { DefinitionEntry, DefinitionPack } from './types.js';

/** Governance metrics in English. */
export const GOVERNANCE_EN: { quality: DefinitionEntry } = {
  quality: {
    name: 'Call quality checks',
    measures: [
      {
        key: 'violation-rate',
        name: 'Red-line violation rate',
        formula: 'checked calls with at least one red-line violation ÷ checked calls, per rule and overall',
        numerator:
          'checked calls with a violation (abusive language, threats, impersonating authorities, disclosing the debt to third parties, false statements, contact outside allowed hours)',
        denominator: 'calls checked by the QA method (manual or AI)',
      },
      {
        key: 'coverage',
        name: 'QA coverage',
        formula: 'checked calls ÷ calls',
        numerator: 'calls checked by the QA method',
        denominator: 'collection calls of the team or agent in the period',
      },
      {
        key: 'average-score',
        name: 'Average QA score',
        formula: 'sum of scores ÷ checked calls (0–100)',
        numerator: 'sum of the checked calls’ QA scores',
        denominator: 'calls checked by the QA method',
      },
    ],
    notes: [
      'Manual QA usually checks 1–5 % of calls, AI QA nearly all; each method is shown on its own.',
      'Agents below the leaderboard’s min-qa score are flagged and not ranked on collections.',
      'Agent names may be replaced by stable pseudonyms (redact).',
    ],
  },
};

/** Governance metrics in simplified Chinese. */
export const GOVERNANCE_ZH_CN: { quality: DefinitionEntry } = {
  quality: {
    name: '催收质检',
    measures: [
      {
        key: 'violation-rate',
        name: '红线违规率',
        formula: '至少违反一条红线的质检通话数 ÷ 质检通话数（按规则及合计）',
        numerator: '有违规的质检通话（辱骂、威胁、冒充公检法、向第三方透露债务、虚假陈述、非允许时段联系）',
        denominator: '该质检方式（人工或AI）检查的通话数',
      },
      {
        key: 'coverage',
        name: '质检覆盖率',
        formula: '质检通话数 ÷ 通话数',
        numerator: '该质检方式检查的通话数',
        denominator: '团队或催收员当期的催收通话数',
      },
      {
        key: 'average-score',
        name: '平均质检分',
        formula: '质检分合计 ÷ 质检通话数（0–100）',
        numerator: '质检通话的得分合计',
        denominator: '该质检方式检查的通话数',
      },
    ],
    notes: [
      '人工质检通常抽检 1–5% 的通话，AI 质检接近全量；两种方式分别展示。',
      '质检分低于排行榜 min-qa 的催收员被标记，不参与回款排名。',
      '催收员姓名可替换为固定化名（redact）。',
    ],
  },
};

/** Governance metrics in traditional Chinese. */
export const GOVERNANCE_ZH_TW: { quality: DefinitionEntry } = {
  quality: {
    name: '催收質檢',
    measures: [
      {
        key: 'violation-rate',
        name: '紅線違規率',
        formula: '至少違反一條紅線的質檢通話數 ÷ 質檢通話數（按規則及合計）',
        numerator: '有違規的質檢通話（辱罵、威脅、冒充公檢法、向第三方透露債務、虛假陳述、非允許時段聯繫）',
        denominator: '該質檢方式（人工或AI）檢查的通話數',
      },
      {
        key: 'coverage',
        name: '質檢覆蓋率',
        formula: '質檢通話數 ÷ 通話數',
        numerator: '該質檢方式檢查的通話數',
        denominator: '團隊或催收員當期的催收通話數',
      },
      {
        key: 'average-score',
        name: '平均質檢分',
        formula: '質檢分合計 ÷ 質檢通話數（0–100）',
        numerator: '質檢通話的得分合計',
        denominator: '該質檢方式檢查的通話數',
      },
    ],
    notes: [
      '人工質檢通常抽檢 1–5% 的通話，AI 質檢接近全量；兩種方式分別展示。',
      '質檢分低於排行榜 min-qa 的催收員被標記，不參與回款排名。',
      '催收員姓名可替換為固定化名（redact）。',
    ],
  },
};

/** The three languages as one pack for `addDefinitions`. */
export const GOVERNANCE_DEFINITIONS: DefinitionPack = {
  en: GOVERNANCE_EN,
  'zh-CN': GOVERNANCE_ZH_CN,
  'zh-TW': GOVERNANCE_ZH_TW,
};
