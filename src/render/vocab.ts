/**
 * Labels of the contract's codes (collection channels, CFPB complaint categories, compliance rules)
 * in the built-in languages. Codes the kit does not know are shown as sent (as text, never HTML).
 */

export type Labels = Record<string, readonly [en: string, zhCN: string, zhTW: string]>;

/** Collection channels (`channels` metric, complaint `channel`). */
export const CHANNEL_LABELS: Labels = {
  phone: ['Phone', '电话', '電話'],
  sms: ['SMS', '短信', '簡訊'],
  ivr: ['IVR', '语音机器人', '語音機器人'],
  app: ['App', 'App 推送', 'App 推播'],
  visit: ['Field visit', '外访', '外訪'],
  letter: ['Letter', '信函', '信函'],
  agency: ['Agency', '委外机构', '委外機構'],
  legal: ['Legal', '法律诉讼', '法律訴訟'],
};

/** Complaint categories: the CFPB debt-collection issues. */
export const COMPLAINT_CATEGORY_LABELS: Labels = {
  'not-owed': ['Attempts to collect debt not owed', '催收非本人债务', '催收非本人債務'],
  'communication-tactics': ['Communication tactics', '催收沟通方式不当', '催收溝通方式不當'],
  'written-notification': ['Written notification about debt', '未书面告知债务', '未書面告知債務'],
  'false-statements': ['False statements or representation', '虚假陈述', '虛假陳述'],
  'threatened-action': [
    'Took or threatened to take negative or legal action',
    '威胁采取不利或法律行动',
    '威脅採取不利或法律行動',
  ],
  'third-party': [
    'Threatened to contact someone or share information improperly',
    '不当联系第三方或泄露信息',
    '不當聯繫第三方或洩露資訊',
  ],
  'electronic-communications': ['Electronic communications', '电子通讯骚扰', '電子通訊騷擾'],
};

/** Compliance rules of the presets `cn-cba-2026` and `us-reg-f` (DESIGN.md, "Compliance rules"). */
export const COMPLIANCE_RULE_LABELS: Labels = {
  'cn-cba-2026/quiet-hours': ['No collection 22:00–08:00', '22:00至次日8:00不得催收', '22:00至次日8:00不得催收'],
  'cn-cba-2026/unanswered-calls': [
    'At most 6 unanswered calls per contact per day',
    '每日未接通呼叫不超过6次',
    '每日未接通呼叫不超過6次',
  ],
  'cn-cba-2026/third-party': ['No contact with unrelated third parties', '不得联系无关第三方', '不得聯繫無關第三方'],
  'cn-cba-2026/two-collectors': ['Field visits by at least two collectors', '外访须两人以上', '外訪須兩人以上'],
  'us-reg-f/7-in-7': ['At most 7 calls in 7 days per debt', '7天内呼叫不超过7次', '7天內呼叫不超過7次'],
  'us-reg-f/after-conversation': [
    'No call within 7 days after a conversation',
    '通话后7天内不得再呼叫',
    '通話後7天內不得再呼叫',
  ],
  'us-reg-f/time-of-day': [
    'Contact only 08:00–21:00 local time',
    '仅在当地时间8:00–21:00联系',
    '僅在當地時間8:00–21:00聯繫',
  ],
  'cn-cba-2026/third-party-after-failures': [
    'Third parties only after an invalid number or 3 failed calls',
    '空号或连续3次未接通后方可联系第三方',
    '空號或連續3次未接通後方可聯繫第三方',
  ],
  'cn-gbt-2025/quiet-hours': ['No contact 22:00–08:00', '22:00至次日8:00不得联系', '22:00至次日8:00不得聯繫'],
  'cn-gbt-2025/conversations-per-day': [
    'At most 3 conversations per debtor per day (AI voice included)',
    '每名债务人每日有效通话不超过3次（含AI语音）',
    '每名債務人每日有效通話不超過3次（含AI語音）',
  ],
  'cn-gbt-2025/third-party-unreachable': [
    'Third parties only when the debtor cannot be reached',
    '仅在无法联系债务人时联系第三方',
    '僅在無法聯繫債務人時聯繫第三方',
  ],
  'cn-gbt-2025/no-disclosure': [
    'Never disclose the debt to third parties',
    '不得向第三方透露债务',
    '不得向第三方透露債務',
  ],
};

/** Compliance rule presets. */
export const COMPLIANCE_PRESET_LABELS: Labels = {
  'cn-cba-2026': [
    'CBA collection guideline (2026)',
    '中国银行业协会催收指引（2026）',
    '中國銀行業協會催收指引（2026）',
  ],
  'us-reg-f': ['US Regulation F', '美国 F 条例（Reg F）', '美國 F 條例（Reg F）'],
  'cn-gbt-2025': [
    'GB/T post-loan collection guideline (2025)',
    'GB/T 贷后催收风控指引（2025）',
    'GB/T 貸後催收風控指引（2025）',
  ],
};

/** Label of `code` in `labels` for a catalogue locale (`en`, `zh-CN`, `zh-TW`); the code itself when unknown. */
export function codeLabel(labels: Labels, code: string, locale: string): string {
  const entry = Object.prototype.hasOwnProperty.call(labels, code) ? labels[code] : undefined;
  if (!entry) return code;
  return locale === 'zh-TW' ? entry[2] : locale.startsWith('zh') ? entry[1] : entry[0];
}
