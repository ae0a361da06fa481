/**
 * The contact rules in force, as the definitions catalogue states them: per rule id of the `compliance`
 * metric, the clause it comes from and the kit's reading of it (how `complianceBreaches` and the SQL check
 * it), in English, simplified and traditional Chinese. Kept apart from the metric entries so that only
 * what uses them (exports, the compliance views) loads their text.
 */
import { registerDefinitionLines } from '../definitions.js';
import type { MetricDefinition } from './types.js';

/** One contact rule: where it comes from and how it is checked. */
export interface RuleDefinition {
  /** Rule id of the `compliance` rows, e.g. `cn-gbt-2025/quiet-hours`. */
  id: string;
  /** The clause: source, date and what it requires. */
  clause: string;
  /** The reading: what counts as checked and as a breach. */
  reading: string;
}

type Texts = readonly [clause: string, reading: string];

const CBA = [
  'China Banking Association, guideline on consumer-loan collection (2026)',
  '中国银行业协会消费贷款催收指引（2026）',
  '中國銀行業協會消費貸款催收指引（2026）',
] as const;
const GBT = [
  'GB/T 互联网金融 个人网络消费信贷 贷后催收风控指引 (2025-02-28)',
  'GB/T《互联网金融 个人网络消费信贷 贷后催收风控指引》（2025-02-28）',
  'GB/T《互聯網金融 個人網絡消費信貸 貸後催收風控指引》（2025-02-28）',
] as const;
const REGF = ['US Regulation F, 12 CFR 1006', '美国 F 条例（12 CFR 1006）', '美國 F 條例（12 CFR 1006）'] as const;

/** Per rule: [source per language, then [clause, reading] in en, zh-CN, zh-TW]. */
const RULES: readonly (readonly [
  id: string,
  source: readonly [string, string, string],
  en: Texts,
  zhCN: Texts,
  zhTW: Texts,
])[] = [
  [
    'cn-gbt-2025/quiet-hours',
    GBT,
    [
      'no contact between 22:00 and 08:00',
      'every attempt is checked; a breach is one made before 08:00 or from 22:00 in the consumer’s local time; consent does not lift it',
    ],
    ['22:00至次日8:00不得联系', '检查每次联系；在被联系人当地时间8:00前或22:00起的联系即为违规；事先同意不豁免'],
    ['22:00至次日8:00不得聯繫', '檢查每次聯繫；在被聯繫人當地時間8:00前或22:00起的聯繫即為違規；事先同意不豁免'],
  ],
  [
    'cn-gbt-2025/conversations-per-day',
    GBT,
    [
      'at most 3 effective conversations per debtor per day, AI voice calls included',
      'checked: voice calls (phone and AI voice) with a conversation; a breach is a debtor and local day with more than 3, listing those beyond the 3rd',
    ],
    [
      '每名债务人每日有效通话不超过3次，含AI语音外呼',
      '检查有通话的语音呼叫（人工及AI语音）；同一债务人同一当地日超过3次为一次违规，列出第3次之后的通话',
    ],
    [
      '每名債務人每日有效通話不超過3次，含AI語音外呼',
      '檢查有通話的語音呼叫（人工及AI語音）；同一債務人同一當地日超過3次為一次違規，列出第3次之後的通話',
    ],
  ],
  [
    'cn-gbt-2025/third-party-unreachable',
    GBT,
    [
      'contact third parties only when the debtor cannot be reached',
      'checked: every contact of anyone but the debtor; a breach is one made while the debtor was reachable: no earlier invalid number and the last call to the debtor answered, or no call at all',
    ],
    [
      '仅在无法联系债务人时方可联系第三方',
      '检查每次联系非债务人；若此前无空号记录且最近一次呼叫债务人已接通（或从未呼叫），即为违规',
    ],
    [
      '僅在無法聯繫債務人時方可聯繫第三方',
      '檢查每次聯繫非債務人；若此前無空號記錄且最近一次呼叫債務人已接通（或從未呼叫），即為違規',
    ],
  ],
  [
    'cn-gbt-2025/no-disclosure',
    GBT,
    [
      'never disclose the debt to a third party',
      'checked: every contact of anyone but the debtor; a breach is one where the debt was disclosed',
    ],
    ['不得向第三方透露债务信息', '检查每次联系非债务人；透露了债务即为违规'],
    ['不得向第三方透露債務資訊', '檢查每次聯繫非債務人；透露了債務即為違規'],
  ],
  [
    'cn-cba-2026/quiet-hours',
    CBA,
    [
      'no collection between 22:00 and 08:00 without the consumer’s consent',
      'every attempt is checked; a breach is one before 08:00 or from 22:00 local time without consent',
    ],
    ['未经同意不得在22:00至次日8:00催收', '检查每次联系；当地时间8:00前或22:00起且未经同意的联系即为违规'],
    ['未經同意不得在22:00至次日8:00催收', '檢查每次聯繫；當地時間8:00前或22:00起且未經同意的聯繫即為違規'],
  ],
  [
    'cn-cba-2026/unanswered-calls',
    CBA,
    [
      'at most 6 unanswered calls per number per day',
      'checked: phone calls; a breach is a number and local day with more than 6 unanswered calls',
    ],
    ['每个号码每日未接通呼叫不超过6次', '检查电话呼叫；同一号码同一当地日未接通超过6次为一次违规'],
    ['每個號碼每日未接通呼叫不超過6次', '檢查電話呼叫；同一號碼同一當地日未接通超過6次為一次違規'],
  ],
  [
    'cn-cba-2026/third-party',
    CBA,
    [
      'no contact with unrelated third parties',
      'every attempt is checked; a breach is a contact of an unrelated third party (related parties are allowed)',
    ],
    ['不得联系无关第三方', '检查每次联系；联系无关第三方即为违规（关联人除外）'],
    ['不得聯繫無關第三方', '檢查每次聯繫；聯繫無關第三方即為違規（關聯人除外）'],
  ],
  [
    'cn-cba-2026/two-collectors',
    CBA,
    [
      'field visits by at least two collectors',
      'checked: field visits with a count of collectors; a breach is a visit by fewer than 2',
    ],
    ['外访须两名以上催收人员', '检查记录了人数的外访；少于2人即为违规'],
    ['外訪須兩名以上催收人員', '檢查記錄了人數的外訪；少於2人即為違規'],
  ],
  [
    'cn-cba-2026/third-party-after-failures',
    CBA,
    [
      'a third party only after an invalid number or 3 consecutive failed attempts to the debtor',
      'checked: every contact of anyone but the debtor; a breach is one made before an invalid number was found or before the last 3 calls to the debtor went unanswered in a row',
    ],
    [
      '仅在债务人号码为空号或连续3次联系失败后方可联系第三方',
      '检查每次联系非债务人；此前无空号记录且最近连续未接通的债务人呼叫少于3次即为违规',
    ],
    [
      '僅在債務人號碼為空號或連續3次聯繫失敗後方可聯繫第三方',
      '檢查每次聯繫非債務人；此前無空號記錄且最近連續未接通的債務人呼叫少於3次即為違規',
    ],
  ],
  [
    'us-reg-f/7-in-7',
    REGF,
    [
      '§1006.14(b)(2)(i): more than 7 calls about a debt within 7 consecutive days',
      'checked: phone calls; a breach is the 8th or later call about one debt within 7 consecutive local days',
    ],
    ['§1006.14(b)(2)(i)：同一债务7天内呼叫超过7次', '检查电话呼叫；同一债务连续7个当地日内的第8次及以后的呼叫即为违规'],
    ['§1006.14(b)(2)(i)：同一債務7天內呼叫超過7次', '檢查電話呼叫；同一債務連續7個當地日內的第8次及以後的呼叫即為違規'],
  ],
  [
    'us-reg-f/after-conversation',
    REGF,
    [
      '§1006.14(b)(2)(ii): a call within 7 days after a telephone conversation about the debt',
      'checked: phone calls; a breach is a call within 7 local days after a conversation (the conversation day is day 1)',
    ],
    [
      '§1006.14(b)(2)(ii)：就该债务通话后7天内再次呼叫',
      '检查电话呼叫；通话后7个当地日内（通话当日为第1天）的呼叫即为违规',
    ],
    [
      '§1006.14(b)(2)(ii)：就該債務通話後7天內再次呼叫',
      '檢查電話呼叫；通話後7個當地日內（通話當日為第1天）的呼叫即為違規',
    ],
  ],
  [
    'us-reg-f/time-of-day',
    REGF,
    [
      '§1006.6(b)(1)(i): contact only between 08:00 and 21:00 at the consumer’s location',
      'every attempt is checked; a breach is one before 08:00 or from 21:00 consumer-local time without consent',
    ],
    [
      '§1006.6(b)(1)(i)：仅在消费者当地时间8:00–21:00联系',
      '检查每次联系；消费者当地时间8:00前或21:00起且未经同意的联系即为违规',
    ],
    [
      '§1006.6(b)(1)(i)：僅在消費者當地時間8:00–21:00聯繫',
      '檢查每次聯繫；消費者當地時間8:00前或21:00起且未經同意的聯繫即為違規',
    ],
  ],
];

const build = (k: 0 | 1 | 2): RuleDefinition[] =>
  RULES.map(([id, source, ...texts]) => {
    const [clause, reading] = texts[k];
    return { id, clause: `${source[k]}${k === 0 ? ': ' : '：'}${clause}`, reading };
  });

/**
 * The contact rules in force in a catalogue locale (`en`, `zh-CN`, `zh-TW`; others English): id, clause and reading.
 * @example contactRuleDefinitions('zh-CN').find((r) => r.id === 'cn-gbt-2025/quiet-hours')?.clause
 */
export function contactRuleDefinitions(locale = 'en'): RuleDefinition[] {
  return build(locale === 'zh-TW' ? 2 : locale === 'zh-CN' ? 1 : 0).map((r) => ({ ...r }));
}

/**
 * The contact rules of a definition as plain text lines, one per rule: "id: clause — reading" (exports
 * carry them beside the formulas); empty for metrics other than `compliance`.
 */
export function ruleLines(def: MetricDefinition): string[] {
  if (def.metric !== 'compliance') return [];
  const zh = def.locale.startsWith('zh');
  return contactRuleDefinitions(def.locale).map((r) => `${r.id}: ${r.clause}${zh ? '；' : ' — '}${r.reading}`);
}

/** Makes exports of `compliance` carry every rule's clause and reading (`ruleLines`); the compliance views call it. Idempotent. */
export function registerContactRuleLines(): void {
  registerDefinitionLines('compliance', ruleLines);
}
