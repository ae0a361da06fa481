/**
 * The legal pipeline (诉讼与债权转让) per referral cohort: cases and balance referred → filed → judgment →
 * enforced → recovered, legal cost and recovery per case, time in each stage in fixed bins, and debt sales
 * (balance sold, price as a share of the unpaid balance). Every input field adds up, so cohorts of several
 * rows (one per product, region …) and the total of all cohorts are plain sums.
 */
import type { LegalRow } from '../model/rows.js';
import { KpiInputError } from './errors.js';
import { FieldSums, zeroFields } from './field-sums.js';
import type { Ratio } from './types.js';
import { checkAmount, checkAtMost, checkLabel, ratio } from './validate.js';

/** The pipeline's stages in order; each stage's cases are a subset of the stage before. */
export const LEGAL_STAGES = ['referred', 'filed', 'judgment', 'enforced', 'recovered'] as const;

/** One stage of the legal pipeline. */
export type LegalStage = (typeof LEGAL_STAGES)[number];

/** Balance field per stage (the recovered stage's is the amount recovered, not a balance). */
export const LEGAL_BALANCES = {
  referred: 'balanceReferred',
  filed: 'balanceFiled',
  judgment: 'balanceJudgment',
  enforced: 'balanceEnforced',
  recovered: 'amountRecovered',
} as const satisfies Record<LegalStage, keyof LegalRow>;

/** The fixed day bins of time in a stage: [0, 90), [90, 180), [180, ∞). */
export const STAGE_DAY_BINS = ['Under90d', '90To180d', 'Over180d'] as const;

/** Time-in-stage fields of the stage each case left, keyed by the stage it moved on to. */
export const STAGE_TIME_FIELDS = {
  filed: ['toFileUnder90d', 'toFile90To180d', 'toFileOver180d'],
  judgment: ['toJudgmentUnder90d', 'toJudgment90To180d', 'toJudgmentOver180d'],
  enforced: ['toEnforceUnder90d', 'toEnforce90To180d', 'toEnforceOver180d'],
  recovered: ['toRecoverUnder90d', 'toRecover90To180d', 'toRecoverOver180d'],
} as const satisfies Record<Exclude<LegalStage, 'referred'>, readonly (keyof LegalRow)[]>;

/** The amounts of a `legal` row up to the legal cost, in contract order (balances, recovered, cost). */
const CASE_AMOUNTS = [
  'balanceReferred',
  'balanceFiled',
  'balanceJudgment',
  'balanceEnforced',
  'amountRecovered',
  'legalCost',
] as const;

/** The fields of a `legal` row that are amounts of money (in the response's currency). */
export const LEGAL_MONEY_FIELDS: ReadonlySet<string> = new Set([...CASE_AMOUNTS, 'balanceSold', 'salePrice']);

/** Every numeric field of a `legal` row, in contract order. */
export const LEGAL_FIELDS = [
  ...LEGAL_STAGES,
  ...CASE_AMOUNTS,
  'sold',
  'balanceSold',
  'salePrice',
  ...STAGE_TIME_FIELDS.filed,
  ...STAGE_TIME_FIELDS.judgment,
  ...STAGE_TIME_FIELDS.enforced,
  ...STAGE_TIME_FIELDS.recovered,
] as const satisfies readonly (keyof LegalRow)[];

/** One numeric field of a `legal` row. */
export type LegalField = (typeof LEGAL_FIELDS)[number];

/**
 * The day bin (index into {@link STAGE_DAY_BINS}) of a case that spent `days` in a stage.
 * @example STAGE_DAY_BINS[stageDayBin(120)] // '90To180d'
 */
export function stageDayBin(days: number): number {
  if (!Number.isFinite(days) || days < 0)
    throw new RangeError(`days in stage are ${days}: expected a finite number ≥ 0`);
  return days < 90 ? 0 : days < 180 ? 1 : 2;
}

/** One cohort (or the total) of the pipeline: its summed fields with every rate. */
export interface LegalCohort extends Record<LegalField, number> {
  cohort: string;
  /** Conversion of each stage from the one before (filed ÷ referred, …, recovered ÷ enforced). */
  conversion: Record<Exclude<LegalStage, 'referred'>, Ratio>;
  /** Amount recovered ÷ balance referred. */
  recoveryRate: Ratio;
  /** Legal cost ÷ cases filed. */
  costPerCase: Ratio;
  /** Amount recovered ÷ cases filed (comparable with the cost per case). */
  recoveryPerCase: Ratio;
  /** Legal cost ÷ amount recovered. */
  costRate: Ratio;
  /** Sale price ÷ balance sold (the price as a share of the unpaid balance). */
  salePriceRate: Ratio;
}

/** The pipeline per cohort (ascending) and over all cohorts. */
export interface LegalPipeline {
  cohorts: LegalCohort[];
  total: LegalCohort;
}

const zero = (): Record<LegalField, number> => zeroFields(LEGAL_FIELDS);

function withRates(cohort: string, s: Record<LegalField, number>): LegalCohort {
  return {
    cohort,
    ...s,
    conversion: {
      filed: ratio(s.filed, s.referred),
      judgment: ratio(s.judgment, s.filed),
      enforced: ratio(s.enforced, s.judgment),
      recovered: ratio(s.recovered, s.enforced),
    },
    recoveryRate: ratio(s.amountRecovered, s.balanceReferred),
    costPerCase: ratio(s.legalCost, s.filed),
    recoveryPerCase: ratio(s.amountRecovered, s.filed),
    costRate: ratio(s.legalCost, s.amountRecovered),
    salePriceRate: ratio(s.salePrice, s.balanceSold),
  };
}

function inconsistent(i: number, key: string, field: string, text: string): KpiInputError {
  return new KpiInputError('inconsistent', `legal row ${i} (${key}): ${text}`, i, field);
}

/** Checks one row's fields and that they hold together; returns its numbers. */
function checkRow(row: LegalRow, i: number, key: string): Record<LegalField, number> {
  const v = zero();
  for (const f of LEGAL_FIELDS) v[f] = checkAmount('legal', i, key, f, row[f]);
  for (let k = 1; k < LEGAL_STAGES.length; k++) {
    const before = LEGAL_STAGES[k - 1] ?? 'referred';
    const stage = LEGAL_STAGES[k] ?? 'referred';
    checkAtMost('legal', i, key, stage, v[stage], before, v[before]);
    checkAtMost(
      'legal',
      i,
      key,
      LEGAL_BALANCES[stage],
      v[LEGAL_BALANCES[stage]],
      LEGAL_BALANCES[before],
      v[LEGAL_BALANCES[before]],
    );
    const bins = STAGE_TIME_FIELDS[stage as keyof typeof STAGE_TIME_FIELDS];
    const binned = bins.reduce((a, f) => a + v[f], 0);
    if (binned !== v[stage])
      throw inconsistent(i, key, stage, `the days-to-${stage} bins add up to ${binned}, not ${stage} ${v[stage]}`);
  }
  if (v.sold + v.filed > v.referred)
    throw inconsistent(i, key, 'sold', `sold ${v.sold} + filed ${v.filed} is more than referred ${v.referred}`);
  // In cents: 8744.58 + 6909.8 is 15654.380000000001 in floating point, not more than 15654.38.
  if (Math.round((v.balanceSold + v.balanceFiled) * 100) > Math.round(v.balanceReferred * 100))
    throw inconsistent(
      i,
      key,
      'balanceSold',
      `balanceSold ${v.balanceSold} + balanceFiled ${v.balanceFiled} is more than balanceReferred ${v.balanceReferred}`,
    );
  checkAtMost('legal', i, key, 'salePrice', v.salePrice, 'balanceSold', v.balanceSold);
  return v;
}

/**
 * Sums `legal` rows per referral cohort (several rows of one cohort add up) and derives each stage's
 * conversion from the stage before, recovery rate = recovered ÷ balance referred, cost and recovery per
 * case filed, cost ÷ recovered and sale price ÷ balance sold (null on a zero denominator), plus the total
 * over all cohorts. Each row must hold together: every stage's cases and balance at most the stage
 * before, the day bins of each stage adding up to its cases, sold + filed ≤ referred (in cases and
 * balance), price ≤ balance sold; otherwise `KpiInputError` names the row and field.
 */
export function legalPipeline(rows: readonly LegalRow[]): LegalPipeline {
  const sums = new FieldSums(LEGAL_FIELDS);
  rows.forEach((row, i) => {
    const cohort = checkLabel('legal', i, 'cohort', row.cohort);
    sums.add(cohort, checkRow(row, i, `cohort ${cohort}`));
  });
  return { cohorts: sums.sorted(withRates), total: withRates(sums.range(), sums.total) };
}

/** One bar of the pipeline: a stage's cases and balance and its conversion from the stage before (null for the first). */
export interface LegalStep {
  stage: LegalStage;
  cases: number;
  /** The stage's balance (for `recovered`, the amount recovered). */
  amount: number;
  conversion: Ratio | null;
}

/** The stages of a cohort with their conversions; cases never increase down the stages. */
export function legalSteps(c: LegalCohort): LegalStep[] {
  return LEGAL_STAGES.map((stage) => ({
    stage,
    cases: c[stage],
    amount: c[LEGAL_BALANCES[stage]],
    conversion: stage === 'referred' ? null : c.conversion[stage],
  }));
}

/** Time in each stage of a cohort: per stage moved on to, the counts of its day bins (in {@link STAGE_DAY_BINS} order). */
export function stageTimes(
  c: Record<LegalField, number>,
): { stage: Exclude<LegalStage, 'referred'>; bins: number[] }[] {
  return (Object.keys(STAGE_TIME_FIELDS) as (keyof typeof STAGE_TIME_FIELDS)[]).map((stage) => ({
    stage,
    bins: STAGE_TIME_FIELDS[stage].map((f) => c[f]),
  }));
}
