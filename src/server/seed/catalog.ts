/** Vocabularies of the seeded portfolio (the same codes as the mock backend's catalogue in mocks/catalog.ts). */

/** Products with term in months (0 = revolving), average ticket and risk multiplier. */
export const SEED_PRODUCTS = [
  { code: 'cash-loan', term: 12, ticket: 8_000, risk: 1.5 },
  { code: 'credit-card', term: 0, ticket: 12_000, risk: 1.1 },
  { code: 'auto', term: 36, ticket: 90_000, risk: 0.6 },
] as const;

/** Regions with the consumers' usual time zone. */
export const SEED_REGIONS = [
  { code: 'east', zone: 'Asia/Shanghai', offset: 8 },
  { code: 'north', zone: 'Asia/Shanghai', offset: 8 },
  { code: 'south', zone: 'Asia/Shanghai', offset: 8 },
  { code: 'west', zone: 'Asia/Urumqi', offset: 6 },
] as const;

/** Consumers who live abroad (US rules need their local time). */
export const ABROAD = { zone: 'America/Chicago', offset: -6 } as const;

/** Collection teams and the buckets (by index) they work; `field` makes the visits. */
export const SEED_TEAMS = [
  { code: 'early-a', from: 1, to: 1 },
  { code: 'early-b', from: 1, to: 1 },
  { code: 'mid', from: 2, to: 3 },
  { code: 'late', from: 4, to: 7 },
  { code: 'field', from: 3, to: 7 },
] as const;

/** Contact channels with their share of attempts, answer rate and cost per attempt. */
export const SEED_CHANNELS = [
  { code: 'phone', share: 0.7, answer: 0.42, cost: 0.8 },
  { code: 'sms', share: 0.1, answer: 0, cost: 0.05 },
  { code: 'ivr', share: 0.06, answer: 0.3, cost: 0.1 },
  { code: 'app', share: 0.04, answer: 0.5, cost: 0.02 },
  { code: 'visit', share: 0.05, answer: 0.7, cost: 60 },
  { code: 'letter', share: 0.03, answer: 0, cost: 3 },
  { code: 'agency', share: 0.01, answer: 0.4, cost: 25 },
  { code: 'legal', share: 0.01, answer: 0.2, cost: 200 },
] as const;

/** Complaint categories (CFPB debt-collection issues) and the ways complaints arrive. */
export const SEED_COMPLAINT_CATEGORIES = [
  'not-owed',
  'communication-tactics',
  'written-notification',
  'false-statements',
  'threatened-action',
  'third-party',
  'electronic-communications',
] as const;
/** Ways complaints arrive. */
export const SEED_COMPLAINT_CHANNELS = ['phone', 'online', 'letter', 'regulator'] as const;

/** Surnames and given names for collectors. */
export const SEED_NAMES = {
  surnames: ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭'],
  given: ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明'],
} as const;

/** Red-line rules of QA checks (src/model/rows.ts QA_RULES) and the share of checked calls violating each. */
export const SEED_QA_RULES: readonly (readonly [rule: string, rate: number])[] = [
  ['abusive-language', 0.008],
  ['threats', 0.005],
  ['impersonation', 0.006],
  ['third-party-disclosure', 0.005],
  ['false-statements', 0.006],
  ['outside-hours', 0.005],
];
