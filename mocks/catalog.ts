/**
 * Fixed vocabularies of the mock portfolio: products, regions, buckets, teams, complaint categories,
 * compliance rules and collector names, each with English and Chinese labels for stories and the demo.
 */

/** A code with an English and a Chinese label. */
export interface Labelled {
  code: string;
  en: string;
  zh: string;
}

/** Products of the simulated consumer-finance lender. */
export const PRODUCTS: readonly Labelled[] = [
  { code: 'cash-loan', en: 'Cash loan', zh: '现金贷' },
  { code: 'credit-card', en: 'Credit card', zh: '信用卡' },
  { code: 'auto', en: 'Auto loan', zh: '汽车贷款' },
];

/** Sales regions. */
export const REGIONS: readonly Labelled[] = [
  { code: 'east', en: 'East', zh: '华东' },
  { code: 'north', en: 'North', zh: '华北' },
  { code: 'south', en: 'South', zh: '华南' },
  { code: 'west', en: 'West', zh: '西部' },
];

/** Delinquency buckets simulated, in order (DESIGN.md: M0 current … M7+ 181+ days past due). */
export const BUCKETS = ['M0', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7+'] as const;

/** Roll-rate from-state of accounts originated during the period (they enter `M0`). */
export const ENTRY_STATE = 'NEW';

/**
 * Roll-rate to-states that leave the portfolio: `CLOSED` (paid off; accounts and the balance they repaid),
 * `REPAID` (principal repaid by accounts that stay open; accounts always 0), `CO` (charged off).
 */
export const EXIT_STATES = ['CLOSED', 'REPAID', 'CO'] as const;

/** Collection stage of a team: which buckets it works. */
export type Stage = 'early' | 'mid' | 'late';

/** A collection team: in-house phone teams per stage and a field-visit team. */
export interface Team extends Labelled {
  stage: Stage | 'field';
  /** Share of the 60-agent default headcount. */
  share: number;
}

/** Collection teams. */
export const TEAMS: readonly Team[] = [
  { code: 'early-a', en: 'Early stage A', zh: '早期一组', stage: 'early', share: 14 / 60 },
  { code: 'early-b', en: 'Early stage B', zh: '早期二组', stage: 'early', share: 14 / 60 },
  { code: 'mid', en: 'Mid stage', zh: '中期组', stage: 'mid', share: 14 / 60 },
  { code: 'late', en: 'Late stage', zh: '后期组', stage: 'late', share: 10 / 60 },
  { code: 'field', en: 'Field visits', zh: '外访组', stage: 'field', share: 8 / 60 },
];

/** Complaint categories: the CFPB debt-collection issues with Chinese equivalents. */
export const COMPLAINT_CATEGORIES: readonly Labelled[] = [
  { code: 'not-owed', en: 'Attempts to collect debt not owed', zh: '催收非本人债务' },
  { code: 'communication-tactics', en: 'Communication tactics', zh: '催收沟通方式不当' },
  { code: 'written-notification', en: 'Written notification about debt', zh: '未书面告知债务' },
  { code: 'false-statements', en: 'False statements or representation', zh: '虚假陈述' },
  {
    code: 'threatened-action',
    en: 'Took or threatened to take negative or legal action',
    zh: '威胁采取不利或法律行动',
  },
  {
    code: 'third-party',
    en: 'Threatened to contact someone or share information improperly',
    zh: '不当联系第三方或泄露信息',
  },
  { code: 'electronic-communications', en: 'Electronic communications', zh: '电子通讯骚扰' },
];

/** A compliance rule checked on contact attempts. */
export interface Rule extends Labelled {
  preset: 'cn-cba-2026' | 'us-reg-f' | 'cn-gbt-2025';
}

/** Compliance rules of the presets `cn-cba-2026`, `us-reg-f` and `cn-gbt-2025` (DESIGN.md, "Compliance rules"). */
export const COMPLIANCE_RULES: readonly Rule[] = [
  {
    code: 'cn-cba-2026/quiet-hours',
    preset: 'cn-cba-2026',
    en: 'No collection 22:00–08:00',
    zh: '22:00至次日8:00不得催收',
  },
  {
    code: 'cn-cba-2026/unanswered-calls',
    preset: 'cn-cba-2026',
    en: 'At most 6 unanswered calls per contact per day',
    zh: '每日未接通呼叫不超过6次',
  },
  {
    code: 'cn-cba-2026/third-party',
    preset: 'cn-cba-2026',
    en: 'No contact with unrelated third parties',
    zh: '不得联系无关第三方',
  },
  {
    code: 'cn-cba-2026/two-collectors',
    preset: 'cn-cba-2026',
    en: 'Field visits by at least two collectors',
    zh: '外访须两人以上',
  },
  { code: 'us-reg-f/7-in-7', preset: 'us-reg-f', en: 'At most 7 calls in 7 days per debt', zh: '7天内呼叫不超过7次' },
  {
    code: 'us-reg-f/after-conversation',
    preset: 'us-reg-f',
    en: 'No call within 7 days after a conversation',
    zh: '通话后7天内不得再呼叫',
  },
  {
    code: 'us-reg-f/time-of-day',
    preset: 'us-reg-f',
    en: 'Contact only 08:00–21:00 local time',
    zh: '仅在当地时间8:00–21:00联系',
  },
  {
    code: 'cn-cba-2026/third-party-after-failures',
    preset: 'cn-cba-2026',
    en: 'Third parties only after an invalid number or 3 failed calls',
    zh: '空号或连续3次未接通后方可联系第三方',
  },
  {
    code: 'cn-gbt-2025/quiet-hours',
    preset: 'cn-gbt-2025',
    en: 'No contact 22:00–08:00',
    zh: '22:00至次日8:00不得联系',
  },
  {
    code: 'cn-gbt-2025/conversations-per-day',
    preset: 'cn-gbt-2025',
    en: 'At most 3 conversations per debtor per day',
    zh: '每名债务人每日有效通话不超过3次',
  },
  {
    code: 'cn-gbt-2025/third-party-unreachable',
    preset: 'cn-gbt-2025',
    en: 'Third parties only when the debtor cannot be reached',
    zh: '仅在无法联系债务人时联系第三方',
  },
  {
    code: 'cn-gbt-2025/no-disclosure',
    preset: 'cn-gbt-2025',
    en: 'Never disclose the debt to third parties',
    zh: '不得向第三方透露债务',
  },
];

/** Chinese surnames with pinyin. */
export const SURNAMES: readonly (readonly [string, string])[] = [
  ['王', 'Wang'],
  ['李', 'Li'],
  ['张', 'Zhang'],
  ['刘', 'Liu'],
  ['陈', 'Chen'],
  ['杨', 'Yang'],
  ['黄', 'Huang'],
  ['赵', 'Zhao'],
  ['吴', 'Wu'],
  ['周', 'Zhou'],
  ['徐', 'Xu'],
  ['孙', 'Sun'],
  ['马', 'Ma'],
  ['朱', 'Zhu'],
  ['胡', 'Hu'],
  ['郭', 'Guo'],
  ['何', 'He'],
  ['林', 'Lin'],
  ['高', 'Gao'],
  ['罗', 'Luo'],
  ['郑', 'Zheng'],
  ['梁', 'Liang'],
  ['谢', 'Xie'],
  ['宋', 'Song'],
];

/** Chinese given names with pinyin. */
export const GIVEN_NAMES: readonly (readonly [string, string])[] = [
  ['伟', 'Wei'],
  ['芳', 'Fang'],
  ['娜', 'Na'],
  ['敏', 'Min'],
  ['静', 'Jing'],
  ['丽', 'Li'],
  ['强', 'Qiang'],
  ['磊', 'Lei'],
  ['洋', 'Yang'],
  ['艳', 'Yan'],
  ['勇', 'Yong'],
  ['军', 'Jun'],
  ['杰', 'Jie'],
  ['娟', 'Juan'],
  ['涛', 'Tao'],
  ['明', 'Ming'],
  ['超', 'Chao'],
  ['秀英', 'Xiuying'],
  ['霞', 'Xia'],
  ['平', 'Ping'],
  ['刚', 'Gang'],
  ['婷', 'Ting'],
  ['浩然', 'Haoran'],
  ['子涵', 'Zihan'],
  ['欣怡', 'Xinyi'],
  ['宇轩', 'Yuxuan'],
  ['晨', 'Chen'],
  ['鹏', 'Peng'],
  ['雪', 'Xue'],
  ['建华', 'Jianhua'],
  ['文博', 'Wenbo'],
];
