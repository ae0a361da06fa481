/**
 * Row shapes of the backend contract: counts and sums, never ratios. The kit computes every
 * ratio in `src/kpi` from these, so that any backend yields the same numbers.
 */

/** `overdue`: one row per period × bucket; all buckets including current, so totals are the denominator. */
export interface OverdueRow {
  /** Period label, `YYYY-MM` (month) or `YYYY-MM-DD` (day/week). */
  period: string;
  /** Bucket code, e.g. `M0`, `M1`, `M7+`. */
  bucket: string;
  accounts: number;
  balance: number;
}

/** `roll-rates`: one row per period × from-bucket × to-bucket (state at t−1 → state at t). */
export interface RollRateRow {
  /** Period t (the "to" month). */
  period: string;
  from: string;
  to: string;
  accounts: number;
  balance: number;
  /** Days to cure (optional, on every row; non-zero only from a delinquent bucket to the first): cured accounts 1–30 days past due at t−1. */
  cured1To30?: number;
  /** Cured accounts 31–60 days past due at t−1. */
  cured31To60?: number;
  /** Cured accounts 61–90 days past due at t−1. */
  cured61To90?: number;
  /** Cured accounts over 90 days past due at t−1. */
  curedOver90?: number;
}

/** `vintage`: one row per origination cohort × months on book. */
export interface VintageRow {
  cohort: string;
  mob: number;
  originatedAccounts: number;
  originatedAmount: number;
  delinquentAccounts: number;
  delinquentBalance: number;
}

/** `recovery`: one row per charge-off cohort × month since charge-off (amounts of that month, not cumulative). */
export interface RecoveryRow {
  cohort: string;
  month: number;
  chargedOff: number;
  recovered: number;
  fees: number;
}

/** `agents`: one row per collector for the queried range. */
export interface AgentRow {
  agentId: string;
  name: string;
  team?: string;
  dials: number;
  connects: number;
  rightPartyContacts: number;
  promises: number;
  promisesDue: number;
  promisesKept: number;
  assigned: number;
  collected: number;
  hours: number;
  complaints: number;
}

/** `complaints`: one row per period × category × channel. */
export interface ComplaintRow {
  period: string;
  category: string;
  channel: string;
  received: number;
  closed: number;
  closedOnTime: number;
  upheld: number;
}

/** `complaints` exposure: active accounts per period (the denominator of complaints per 10k). */
export interface ExposureRow {
  period: string;
  accounts: number;
}

/** Collection channels of the contract. */
export const CHANNELS = ['phone', 'sms', 'ivr', 'app', 'visit', 'letter', 'agency', 'legal'] as const;

/** One collection channel. */
export type Channel = (typeof CHANNELS)[number];

/** `channels`: one row per period × channel. */
export interface ChannelRow {
  period: string;
  channel: string;
  attempts: number;
  contacts: number;
  accounts: number;
  cost: number;
  collected: number;
}

/** `compliance`: one row per period × rule. */
export interface ComplianceRow {
  period: string;
  rule: string;
  checked: number;
  breaches: number;
}

/**
 * `experiments`: one row per experiment × arm × period of assignment (冠军/挑战者策略). Outcomes are those
 * within `horizonDays` of assignment; collected and cost come with their sums of squares so that means and
 * variances stay additive across rows.
 */
export interface ExperimentRow {
  experiment: string;
  arm: string;
  /** Month the accounts were assigned to the arm. */
  period: string;
  /** The fixed outcome window of the experiment, in days after assignment. */
  horizonDays: number;
  accounts: number;
  /** Accounts back to current (M0) within the horizon. */
  cured: number;
  /** Accounts rolled to a later bucket within the horizon. */
  rolledForward: number;
  /** Σ collected per account within the horizon, and Σ of its squares. */
  collected: number;
  collectedSq: number;
  /** Σ collection cost per account within the horizon, and Σ of its squares. */
  cost: number;
  costSq: number;
  attempts: number;
  complaints: number;
}

/**
 * `scores`: one row per period × score band of the repayment-prediction model (还款预测模型): accounts scored,
 * the sum of their predicted repayment probabilities and the repayments observed.
 */
export interface ScoreRow {
  /** Month the accounts were scored. */
  period: string;
  /** Score band code. Bands are ordered by their mean predicted probability. */
  band: string;
  accounts: number;
  /** Σ predicted repayment probability of the band's accounts. */
  predicted: number;
  /** Accounts that repaid within the outcome window. */
  repaid: number;
}

/** Red-line rules of call quality checks (催收质检): what a checked call may violate. */
export const QA_RULES = [
  'abusive-language',
  'threats',
  'impersonation',
  'third-party-disclosure',
  'false-statements',
  'outside-hours',
] as const;

/** QA methods of the `quality` rows: AI speech analytics (near every call) and manual sampling (a few %). */
export const QA_METHODS = ['ai', 'manual'] as const;

/** Rule code of the `quality` rows that count calls with at least one red-line violation. */
export const QA_ANY = 'any';

/**
 * `quality` (催收质检): per period × team (× agent) × QA method (`manual`, `ai`) one `any` row and one row per
 * red-line rule the method found violated (`violations` > 0; a rule without a row has 0 violations). `calls` are
 * the team's (agent's) calls in the period and `checked` those the method checked, the same on every rule row as
 * on its `any` row, which is where the kit reads them (every rule's denominator); `violations` are checked calls
 * violating the rule (rule `any`: at least one rule); `scoreSum` is the sum of the checked calls' scores (0–100)
 * on the `any` row, 0 on the others.
 */
export interface QualityRow {
  period: string;
  team: string;
  /** The collector, absent on team rows. */
  agentId?: string;
  name?: string;
  method: string;
  rule: string;
  calls: number;
  checked: number;
  violations: number;
  scoreSum: number;
}

/**
 * `promises`: one row per period of the promise-to-pay funnel. Attempts, contacts, right-party contacts
 * and promises are collectors' attempts of the period; pending promises are those made in the period whose
 * due date + grace is after the data's as-of date; matured promises (and their outcome, amounts and
 * follow-up of broken ones) are counted in the period their due date + grace falls in.
 */
export interface PromiseFunnelRow {
  period: string;
  attempts: number;
  contacts: number;
  rightPartyContacts: number;
  promises: number;
  pending: number;
  matured: number;
  kept: number;
  partlyKept: number;
  broken: number;
  amountPromised: number;
  amountPaid: number;
  /** Broken promises by hours from the break to the next contact: < 24 h, 24–48 h, 48–72 h, > 72 h, none yet. */
  followUpUnder24h: number;
  followUp24To48h: number;
  followUp48To72h: number;
  followUpOver72h: number;
  followUpNone: number;
}

/**
 * `contact-hours`: collectors' attempts per period × consumer-local weekday × hour × channel, with their
 * outcomes; over all cells they equal the `promises` funnel's attempts, contacts, RPC and promises.
 */
export interface ContactHourRow {
  period: string;
  /** ISO weekday of the consumer's local time: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Hour of the consumer's local time, 0–23. */
  hour: number;
  channel: string;
  attempts: number;
  contacts: number;
  rightPartyContacts: number;
  promises: number;
}

/**
 * `outcomes`: one row per period × customer segment (特殊群体: e.g. `vulnerable`, `hardship`, `other`), the
 * counts behind the fair-outcome rates: overdue, cure, complaint, arrangement and re-default after an
 * arrangement. Additive across periods and books.
 */
export interface OutcomeRow {
  period: string;
  /** Customer segment code; `other` is the usual reference. */
  segment: string;
  /** Active accounts at period end. */
  accounts: number;
  /** Of them, past due (M1+) at period end. */
  overdue: number;
  /** Accounts that entered delinquency (current → M1) in the period. */
  entered: number;
  /** Of those, back to current within 60 days. */
  cured: number;
  /** Accounts with a complaint received in the period. */
  complained: number;
  /** Repayment arrangements (plans) made in the period. */
  arrangements: number;
  /** Of those arrangements, re-defaulted (missed the plan) within 3 months, and within 6 months. */
  redefault3: number;
  redefault6: number;
}

/**
 * `workload`: one row per period × team. `inventory` is the team's cases summed over the months of the
 * period (case-months), `fte` its full-time equivalents summed the same way (hours ÷ 168), so ratios of
 * sums hold for any interval. `inflow` 入催 counts cases entering the team's stage (for early-stage teams
 * the roll-rate matrix's entries into M1); `cured`, `rolledOn` and `chargedOff` count cases leaving it.
 */
export interface WorkloadRow {
  period: string;
  team: string;
  inventory: number;
  fte: number;
  /** Distinct cases dialled at least once. */
  casesDialled: number;
  attempts: number;
  inflow: number;
  cured: number;
  rolledOn: number;
  chargedOff: number;
}

/**
 * `agencies` (委外机构): one row per outside collection agency × period. Accounts and balance placed with the
 * agency in the period, what it recovered and the commission paid on it, complaints about it, its calls
 * checked by QA and the checked calls with a red-line violation, and the date (`YYYY-MM-DD`) of its last
 * evaluation on or before the period's end (absent when it was never evaluated).
 */
export interface AgencyRow {
  period: string;
  agency: string;
  accountsPlaced: number;
  balancePlaced: number;
  recovered: number;
  commission: number;
  complaints: number;
  callsChecked: number;
  violations: number;
  lastEvaluation?: string;
}

/**
 * `legal` (诉讼与债权转让): one row per referral cohort (month the cases went to the legal team) of accounts
 * that were delinquent. Cases and balance at each stage they reached by the data's as-of date: referred ⊇
 * filed ⊇ judgment ⊇ enforced ⊇ recovered; legal cost (court fees, counsel) and amount recovered; debt
 * sales of referred cases that were never filed (balance sold and the price paid). Time in each stage of
 * the cases that moved on from it, in days: < 90, 90–180, ≥ 180 (each stage's bins add up to the next
 * stage's cases). Every field adds up across rows of one cohort (e.g. one row per product).
 */
export interface LegalRow {
  cohort: string;
  referred: number;
  filed: number;
  judgment: number;
  enforced: number;
  recovered: number;
  balanceReferred: number;
  balanceFiled: number;
  balanceJudgment: number;
  balanceEnforced: number;
  amountRecovered: number;
  legalCost: number;
  sold: number;
  balanceSold: number;
  salePrice: number;
  toFileUnder90d: number;
  toFile90To180d: number;
  toFileOver180d: number;
  toJudgmentUnder90d: number;
  toJudgment90To180d: number;
  toJudgmentOver180d: number;
  toEnforceUnder90d: number;
  toEnforce90To180d: number;
  toEnforceOver180d: number;
  toRecoverUnder90d: number;
  toRecover90To180d: number;
  toRecoverOver180d: number;
}
