/**
 * Result and option types of the KPI engine. Every rate travels with the numerator and denominator it
 * comes from, so tooltips, tables and CSV exports can show them (DESIGN.md, "KPI definitions").
 */
import type { BucketConfig } from '../model/buckets.js';
import type { Basis, Interval } from '../model/metrics.js';
import type { ChannelRow } from '../model/rows.js';

/** A ratio with its parts. `rate` is null when the denominator is 0 (never NaN or Infinity). */
export interface Ratio {
  numerator: number;
  denominator: number;
  rate: number | null;
}

/** A ratio that may be flagged as resting on too small a denominator to trust (the rate is still given). */
export interface FlaggedRatio extends Ratio {
  /** True when the denominator is below the configured minimum. */
  flagged: boolean;
}

// ── overdue ────────────────────────────────────────────────────────────────────────────────────

/** An overdue rate (逾期率) of one period and one requested bucket or bucket set. */
export interface OverdueRate extends Ratio {
  period: string;
  /** The requested bucket or bucket set, e.g. `M2` or `M1+`. */
  bucket: string;
  /** True when the denominator is below `minDenominator`: too small to trust, so `rate` is null. */
  suppressed?: boolean;
}

/** Options of `overdueRates`. */
export interface OverdueRateOptions {
  /** Buckets or bucket sets (`M1`, `M2+`, `C`) to compute, in output order. */
  buckets: readonly string[];
  basis: Basis;
  config?: BucketConfig;
  /** Rates whose denominator is above 0 but below this are suppressed (rate null, `suppressed: true`). */
  minDenominator?: number;
}

// ── transitions ────────────────────────────────────────────────────────────────────────────────

/** A transition row: state at t−1 (`from`) → state at t (`to`). `period` (optional) is t. */
export interface TransitionRow {
  period?: string;
  from: string;
  to: string;
  accounts: number;
  balance: number;
}

/** Options of `transitionMatrix`. */
export interface TransitionOptions {
  basis: Basis;
  config?: BucketConfig;
  /**
   * States besides the buckets that rows may use (entries and exits), placed after the buckets in
   * this order when they occur. Default `DEFAULT_EXTRA_STATES` (`NEW`, `CLOSED`, `REPAID`, `CO`).
   */
  extraStates?: readonly string[];
}

/**
 * A transition matrix (迁徙矩阵): `counts[i][j]` = accounts (or balance) in `states[i]` at t−1 and
 * `states[j]` at t; `rates[i][j]` = `counts[i][j]` ÷ row total, a whole row null when the row total is 0.
 */
export interface TransitionMatrix {
  states: string[];
  counts: number[][];
  rates: (number | null)[][];
}

/** A transition matrix of one period t (transitions from t−1 to t). */
export interface PeriodTransitionMatrix extends TransitionMatrix {
  period: string;
}

/** Flow (roll) rate 迁徙率: balance in `to` = M(n) at `period` ÷ balance in `from` = M(n−1) at `previousPeriod`. */
export interface FlowRate extends Ratio {
  period: string;
  previousPeriod: string;
  from: string;
  to: string;
}

/** Options of `flowRates`. */
export interface FlowRateOptions {
  config?: BucketConfig;
  /** Balance (default, as in DESIGN.md) or account count. */
  basis?: Basis;
}

/** Cure rate of one state: share of it that is current (M0/C) one period later, P[i][C]. */
export interface CureRate extends Ratio {
  state: string;
}

/** Options of `forecastBuckets`. */
export interface ForecastOptions {
  /** Number of future months to roll forward. */
  months: number;
  /**
   * Absorbing charge-off state whose inflow is reported as `chargedOff`. Default `CO` when the
   * matrices have that state, else the last bucket of the matrices' states (`M7+` by default).
   */
  chargeOff?: string;
  /** Average only the last `window` matrices (default: all). */
  window?: number;
}

/** One future month of a forecast. */
export interface ForecastMonth {
  /** 1 for the first month after `current`. */
  month: number;
  /** Expected amount per state (aligned with `states`) at the end of the month. */
  balances: number[];
  /** Expected amount that flows into the charge-off state during the month. */
  chargedOff: number;
}

/** Result of `forecastBuckets`. */
export interface BucketForecast {
  states: string[];
  /** The averaged, row-stochastic matrix used for the roll-forward. */
  matrix: number[][];
  /** States whose rows no matrix observed: assumed to stay where they are (identity row). */
  unobserved: string[];
  chargeOff: string;
  months: ForecastMonth[];
}

// ── vintage & recovery ─────────────────────────────────────────────────────────────────────────

/** One point of a vintage curve: delinquent ÷ originated at months-on-book `mob`. */
export interface VintagePoint extends Ratio {
  mob: number;
}

/** Delinquency curve (账龄分析) of one origination cohort. */
export interface VintageCurve {
  cohort: string;
  points: VintagePoint[];
}

/** One point of a cumulative recovery curve: `rate` = `cumulative` ÷ the cohort's charged-off balance. */
export interface RecoveryPoint {
  month: number;
  cumulative: number;
  rate: number | null;
  /** True for points completed by `projectRecovery` (drawn dashed, labelled as projection). */
  projected: boolean;
}

/** Cumulative recovery curve (回收率曲线) of one charge-off cohort. */
export interface RecoveryCurve {
  cohort: string;
  chargedOff: number;
  points: RecoveryPoint[];
}

/** Options of `recoveryCurves`. */
export interface RecoveryOptions {
  /** Net of fees (recovered − fees) when true, gross when false. */
  net: boolean;
}

/** A chain-ladder development factor from month `from` to `to` = `from + 1`. */
export interface DevelopmentFactor {
  from: number;
  to: number;
  /** Σ cumulative at `to` ÷ Σ cumulative at `from`, over the cohorts observed at both; null when undefined. */
  factor: number | null;
  /** Number of cohorts the factor rests on. */
  cohorts: number;
}

/** Result of `projectRecovery`. */
export interface RecoveryProjection {
  curves: RecoveryCurve[];
  factors: DevelopmentFactor[];
}

// ── agents, complaints, channels ───────────────────────────────────────────────────────────────

/** Metrics of `agentPerformance`, all "higher is better". */
export type AgentMetric = 'contactRate' | 'rpcRate' | 'ptpRate' | 'keptRate' | 'liquidation' | 'collectedPerHour';

/** Options of `agentPerformance`. */
export interface AgentOptions {
  /** Minimum denominator below which a rate is flagged (and not ranked): one number or per metric. */
  minDenominator?: number | Partial<Record<AgentMetric, number>>;
  /** Agents not ranked on any metric (e.g. QA score below the minimum): their ranks are null and they are not counted. */
  unranked?: ReadonlySet<string>;
}

/** Performance of one collector (催收员). */
export interface AgentPerformance {
  agentId: string;
  name: string;
  team?: string;
  metrics: Record<AgentMetric, FlaggedRatio>;
  /** Rank per metric among the agents, 1 = best; null when the rate is null or flagged. Ties share a rank. */
  ranks: Record<AgentMetric, number | null>;
}

/** Options of `complaintTrend`. */
export interface ComplaintTrendOptions {
  /** Complaints are expressed per this many accounts (default 10,000). */
  per?: number;
  /** Dimension of the breakdown (default `category`). */
  by?: 'category' | 'channel';
}

/** One entry of a complaint breakdown (by category or channel). */
export interface ComplaintBreakdown {
  key: string;
  received: number;
  /** received ÷ received of the period (or total). */
  share: Ratio;
  onTime: Ratio;
  upheld: Ratio;
}

/** Complaints of one period (or the total over all periods, `period` = `first/last`). */
export interface ComplaintPeriod {
  period: string;
  received: number;
  closed: number;
  closedOnTime: number;
  upheldCount: number;
  /** Average active accounts of the period (null when there is no exposure row). */
  accounts: number | null;
  /** received ÷ accounts × per (numerator received, denominator accounts). */
  perAccounts: Ratio;
  /** closedOnTime ÷ closed. */
  onTime: Ratio;
  /** upheld ÷ closed. */
  upheld: Ratio;
  /** By category or channel, most received first. */
  breakdown: ComplaintBreakdown[];
}

/** Result of `complaintTrend`. */
export interface ComplaintTrend {
  per: number;
  by: 'category' | 'channel';
  periods: ComplaintPeriod[];
  total: ComplaintPeriod;
}

/** Effectiveness of one channel (or the total): its `channels` sums over the periods and the rates of them. */
export interface ChannelEffect extends Omit<ChannelRow, 'period'> {
  /** contacts ÷ attempts. */
  contactRate: Ratio;
  /** collected ÷ attempts. */
  yieldPerAttempt: Ratio;
  /** collected ÷ cost. */
  collectedPerCost: Ratio;
}

/** Result of `channelEffectiveness`. */
export interface ChannelEffectiveness {
  channels: ChannelEffect[];
  total: ChannelEffect;
}

// ── compliance ─────────────────────────────────────────────────────────────────────────────────

/** Who was contacted: the debtor, a related party (guarantor, spouse, emergency contact) or an unrelated third party. */
export type ContactParty = 'debtor' | 'related' | 'third-party' | (string & {});

/** One contact attempt to check against contact rules. */
export interface ContactAttempt {
  debtId: string;
  /** The phone number / person contacted. */
  contactId: string;
  /** ISO 8601 with offset (`2026-03-01T21:30:00+08:00`, `…Z`) or epoch milliseconds. */
  at: string | number;
  /** IANA zone of the person contacted, e.g. `Asia/Shanghai`, `America/Chicago`. */
  timeZone?: string;
  answered: boolean;
  /** A conversation with the debtor about the debt took place. */
  conversation: boolean;
  party: ContactParty;
  /** `phone` (default) counts as a call; other channels (`sms`, `visit`, …) only for time and party rules. */
  channel?: string;
  /** The person consented to contact at this time (lifts the quiet-hours rule). */
  consent?: boolean;
  /** Field visits: number of collectors present (cn rule: at least two). */
  collectors?: number;
  /** The person in debt, when one debtor has several debts (cn-gbt-2025 counts conversations per debtor); default `debtId`. */
  debtorId?: string;
  /** The attempt found the number invalid (not in service, wrong person): the debtor cannot be reached there. */
  invalidNumber?: boolean;
  /** The debt was disclosed to the person contacted (cn-gbt-2025: never to a third party). */
  disclosed?: boolean;
}

/** Preset rule sets of `complianceBreaches`. */
export type CompliancePreset = 'cn-cba-2026' | 'us-reg-f' | 'cn-gbt-2025';

/** A preset with settings. Unset settings take the preset's defaults (see `complianceBreaches`). */
export interface ComplianceRuleSet {
  preset: CompliancePreset;
  /** Zone for attempts without `timeZone` (cn default `Asia/Shanghai`; us: none, attempts must carry one). */
  timeZone?: string;
  /** Allowed local window, hours [start, end) (cn 8–22, us 8–21). */
  allowedFrom?: number;
  allowedUntil?: number;
  /** cn: max unanswered calls per contact per local day (6). */
  maxUnansweredPerDay?: number;
  /** us: max calls per debt in 7 consecutive days (7). */
  maxCallsPer7Days?: number;
  /** cn-gbt-2025: max effective conversations per debtor per local day, AI voice calls included (3). */
  maxConversationsPerDay?: number;
  /** cn: consecutive failed calls to the debtor before a third party may be contacted (cba 3, gbt 1); an invalid number also opens it. */
  failedBeforeThirdParty?: number;
}

/** One breach: the offending attempts (indexes into the input) and why. */
export interface ComplianceBreach {
  attempts: number[];
  reason: string;
}

/** Result of one rule. */
export interface ComplianceResult {
  /** The preset, e.g. `us-reg-f`. */
  rule: CompliancePreset;
  /** The rule within the preset, e.g. `us-reg-f/7-in-7` (the codes of the `compliance` metric rows). */
  id: string;
  /** Attempts the rule examined. */
  checked: number;
  breaches: ComplianceBreach[];
}

/** Breach rate of one rule in one period: breaches ÷ checked. */
export interface ComplianceRate extends Ratio {
  period: string;
  rule: string;
}

// ── comparison ─────────────────────────────────────────────────────────────────────────────────

/** What a value is: a rate (compared in percentage points) or an amount/count (compared in percent). */
export type ValueKind = 'rate' | 'amount';

/** One value of a series to compare. */
export interface SeriesValue {
  period: string;
  value: number | null;
  kind?: ValueKind;
}

/** Options of `comparePeriods`. */
export interface CompareOptions {
  compare: 'previous-period' | 'same-period-last-year';
  /** Kind of values without their own `kind` (default `amount`). */
  kind?: ValueKind;
  /** Granularity of the labels; default inferred (`YYYY-MM-DD` labels 7 days apart are weeks). */
  interval?: Interval;
}

/** A value with its comparison. */
export interface PeriodComparison {
  period: string;
  value: number | null;
  kind: ValueKind;
  /** The period compared with, null when there is none. */
  comparePeriod: string | null;
  compareValue: number | null;
  /** value − compareValue. */
  delta: number | null;
  /** Rates: value − compareValue as a fraction (0.007 = +0.7 percentage points; format with `formatPoints`). */
  deltaPoints: number | null;
  /** Amounts: (value − compareValue) ÷ |compareValue| as a fraction (0.2 = +20 %); null when compareValue is 0. */
  deltaPercent: number | null;
}

// ── snapshots ──────────────────────────────────────────────────────────────────────────────────

/** One account at the end of one period (account-month snapshot). */
export interface AccountSnapshot {
  accountId: string;
  period: string;
  dpd: number;
  balance: number;
}

/** Options of `snapshotsToOverdue` and `snapshotsToRollRates`. */
export interface SnapshotOptions {
  config?: BucketConfig;
  /**
   * `snapshotsToRollRates`: state for accounts present at t−1 and absent at t (e.g. `CLOSED`), with
   * their t−1 balance. Default undefined: only accounts present in both periods are counted.
   */
  exitState?: string;
  /**
   * `snapshotsToRollRates`: state for accounts absent at t−1 and present at t (e.g. `NEW`), with their
   * t balance. Default undefined: such accounts are not counted.
   */
  entryState?: string;
}
