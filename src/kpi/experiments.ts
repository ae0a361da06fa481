import { zeroFields } from './field-sums.js';
/**
 * Champion / challenger strategy tests (冠军/挑战者策略) from `experiments` rows: per arm the cure and
 * roll-forward rates with Wilson intervals, collected and cost per account with normal intervals,
 * complaints per `per` accounts; per challenger the differences against the champion (Newcombe for rates,
 * Welch normal for means); the sample size the `mde` needs; and a verdict that never calls a difference
 * whose interval crosses zero a win.
 */
import type { ExperimentRow } from '../model/rows.js';
import { KpiInputError } from './errors.js';
import {
  intervalSide,
  meanDifferenceInterval,
  meanInterval,
  newcombe,
  sampleSizePerArm,
  wilson,
  type ConfidenceInterval,
} from './intervals.js';
import type { Ratio } from './types.js';
import { checkAmount, checkAtMost, checkLabel, ratio } from './validate.js';

/** A rate with its parts and its interval. */
export interface RateInterval extends Ratio {
  low: number | null;
  high: number | null;
}

/**
 * What a challenger's primary difference (cure rate) shows: `better` or `worse` (the whole interval on one
 * side of zero), `no-difference` (the interval crosses zero: no winner), `not-enough-data` (the arm or the
 * champion is below the sample size the MDE needs: not compared, not ranked); the champion is `champion`.
 */
export type ArmVerdict = 'champion' | 'better' | 'worse' | 'no-difference' | 'not-enough-data';

/** Differences of a challenger against the champion (challenger − champion). */
export interface ArmDifferences {
  cure: ConfidenceInterval;
  rollForward: ConfidenceInterval;
  collectedPerAccount: ConfidenceInterval;
  costPerAccount: ConfidenceInterval;
}

/** One arm of an experiment over the selected periods. */
export interface ArmResult {
  arm: string;
  champion: boolean;
  accounts: number;
  attempts: number;
  complaints: number;
  collected: number;
  cost: number;
  cure: RateInterval;
  rollForward: RateInterval;
  collectedPerAccount: ConfidenceInterval;
  costPerAccount: ConfidenceInterval;
  /** Complaints per `per` accounts, with the Wilson interval scaled the same way. */
  complaintsPer: RateInterval;
  /** Null for the champion. */
  vsChampion: ArmDifferences | null;
  /** True when the arm (and, for a challenger, the champion) has the accounts the MDE needs. */
  enoughData: boolean;
  verdict: ArmVerdict;
  /** 1 = highest cure rate among arms with enough data; null for arms without. */
  rank: number | null;
}

/** Result of {@link experimentResults}. */
export interface ExperimentResult {
  experiment: string;
  /** Every experiment in the rows, sorted. */
  experiments: string[];
  /** First and last assignment period of the experiment's rows. */
  from: string;
  to: string;
  horizonDays: number;
  /** Accounts per arm the MDE needs (two-sided 5 %, 80 % power, from the champion's cure rate); null without a usable MDE. */
  neededPerArm: number | null;
  mde: number | null;
  per: number;
  /** The champion first, then the challengers by name. */
  arms: ArmResult[];
}

/** Options of {@link experimentResults}. */
export interface ExperimentOptions {
  /** Experiment to show (default: the first by name). */
  experiment?: string;
  /** Name of the champion arm (default `champion`). */
  champion?: string;
  /** Minimum detectable effect on the cure rate, absolute (0.02 = 2 points); default 0.02. */
  mde?: number;
  /** Complaints are expressed per this many accounts (default 10,000). */
  per?: number;
}

/** The additive fields of an experiment row (counts, Σ and Σ² of collected and cost). */
export const EXPERIMENT_SUMS = [
  'accounts',
  'cured',
  'rolledForward',
  'collected',
  'collectedSq',
  'cost',
  'costSq',
  'attempts',
  'complaints',
] as const;
type Sums = Record<(typeof EXPERIMENT_SUMS)[number], number>;

function checkRows(rows: readonly ExperimentRow[]): void {
  const seen = new Set<string>();
  const horizon = new Map<string, number>();
  rows.forEach((row, i) => {
    const experiment = checkLabel('experiment', i, 'experiment', row.experiment);
    const arm = checkLabel('experiment', i, 'arm', row.arm);
    const period = checkLabel('experiment', i, 'period', row.period);
    const key = `experiment ${experiment}, arm ${arm}, period ${period}`;
    const id = `${experiment}\u0000${arm}\u0000${period}`;
    if (seen.has(id))
      throw new KpiInputError(
        'duplicate',
        `experiment row ${i} (${key}): a second row for the same experiment, arm and period`,
        i,
        'period',
      );
    seen.add(id);
    const h = checkAmount('experiment', i, key, 'horizonDays', row.horizonDays);
    const known = horizon.get(experiment);
    if (known !== undefined && known !== h) {
      throw new KpiInputError(
        'inconsistent',
        `experiment row ${i} (${key}): horizonDays is ${h}, but earlier rows of ${experiment} say ${known} (one fixed horizon per experiment)`,
        i,
        'horizonDays',
      );
    }
    horizon.set(experiment, h);
    for (const f of EXPERIMENT_SUMS) checkAmount('experiment', i, key, f, row[f]);
    checkAtMost('experiment', i, key, 'cured', row.cured, 'accounts', row.accounts);
    checkAtMost('experiment', i, key, 'rolledForward', row.rolledForward, 'accounts', row.accounts);
    checkAtMost('experiment', i, key, 'cured + rolledForward', row.cured + row.rolledForward, 'accounts', row.accounts);
    for (const [sum, sq] of [
      ['collected', 'collectedSq'],
      ['cost', 'costSq'],
    ] as const) {
      // Σx² ≥ (Σx)²/n for any values (Cauchy–Schwarz); a small tolerance for rounding.
      if (row.accounts > 0 && row[sq] < (row[sum] * row[sum]) / row.accounts - 1e-6 * (1 + row[sq])) {
        throw new KpiInputError(
          'inconsistent',
          `experiment row ${i} (${key}): ${sq} ${row[sq]} is below ${sum}² ÷ accounts, impossible for a sum of squares`,
          i,
          sq,
        );
      }
    }
  });
}

function rateInterval(numerator: number, denominator: number, scale = 1): RateInterval {
  const r = ratio(numerator, denominator);
  const w = wilson(numerator, denominator);
  return {
    ...r,
    rate: r.rate === null ? null : r.rate * scale,
    low: w.low === null ? null : w.low * scale,
    high: w.high === null ? null : w.high * scale,
  };
}

function armOf(arm: string, s: Sums, champion: boolean, per: number): ArmResult {
  return {
    arm,
    champion,
    accounts: s.accounts,
    attempts: s.attempts,
    complaints: s.complaints,
    collected: s.collected,
    cost: s.cost,
    cure: rateInterval(s.cured, s.accounts),
    rollForward: rateInterval(s.rolledForward, s.accounts),
    collectedPerAccount: meanInterval(s.accounts, s.collected, s.collectedSq),
    costPerAccount: meanInterval(s.accounts, s.cost, s.costSq),
    complaintsPer: rateInterval(s.complaints, s.accounts, per),
    vsChampion: null,
    enoughData: true,
    verdict: champion ? 'champion' : 'no-difference',
    rank: null,
  };
}

function differences(a: Sums, c: Sums): ArmDifferences {
  return {
    cure: newcombe(a.cured, a.accounts, c.cured, c.accounts),
    rollForward: newcombe(a.rolledForward, a.accounts, c.rolledForward, c.accounts),
    collectedPerAccount: meanDifferenceInterval(
      { n: a.accounts, sum: a.collected, sumSq: a.collectedSq },
      { n: c.accounts, sum: c.collected, sumSq: c.collectedSq },
    ),
    costPerAccount: meanDifferenceInterval(
      { n: a.accounts, sum: a.cost, sumSq: a.costSq },
      { n: c.accounts, sum: c.cost, sumSq: c.costSq },
    ),
  };
}

/**
 * Sums an experiment's rows over their periods per arm and compares every challenger with the champion
 * on the cure rate (the primary outcome, higher is better): `better` only when the whole Newcombe interval
 * of the difference is above zero, `worse` when below, otherwise `no-difference`. Arms below
 * {@link sampleSizePerArm}(champion's cure rate, `mde`) accounts, and every challenger while the champion
 * is, are `not-enough-data` and get no rank. Ranks (1 = highest cure rate, ties share) go to arms with
 * enough data. Null when there are no rows. Bad rows, or an experiment without its champion, throw
 * `KpiInputError`.
 */
export function experimentResults(
  rows: readonly ExperimentRow[],
  options: ExperimentOptions = {},
): ExperimentResult | null {
  checkRows(rows);
  if (!rows.length) return null;
  const experiments = [...new Set(rows.map((r) => r.experiment))].sort();
  const experiment = options.experiment ?? experiments[0] ?? '';
  const own = rows.filter((r) => r.experiment === experiment);
  if (!own.length)
    throw new KpiInputError(
      'missing',
      `no rows for experiment "${experiment}" (the rows hold ${experiments.join(', ')})`,
      null,
      'experiment',
    );
  const championName = options.champion ?? 'champion';
  const per = options.per !== undefined && options.per > 0 ? options.per : 10_000;
  const sums = new Map<string, Sums>();
  for (const r of own) {
    let s = sums.get(r.arm);
    if (!s) sums.set(r.arm, (s = zeroFields(EXPERIMENT_SUMS)));
    for (const f of EXPERIMENT_SUMS) s[f] += r[f];
  }
  const championSums = sums.get(championName);
  if (!championSums) {
    throw new KpiInputError(
      'missing',
      `experiment "${experiment}" has no champion arm "${championName}" (its arms: ${[...sums.keys()].sort().join(', ')}); set the champion attribute`,
      null,
      'arm',
    );
  }
  const mde = options.mde ?? 0.02;
  const champion = armOf(championName, championSums, true, per);
  const needed = champion.cure.rate === null ? null : sampleSizePerArm(champion.cure.rate, mde);
  const championEnough = needed === null || champion.accounts >= needed;
  champion.enoughData = championEnough;
  const challengers = [...sums.entries()]
    .filter(([a]) => a !== championName)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, s]) => {
      const arm = armOf(name, s, false, per);
      arm.vsChampion = differences(s, championSums);
      arm.enoughData = championEnough && (needed === null || s.accounts >= needed);
      const side = intervalSide(arm.vsChampion.cure);
      arm.verdict = !arm.enoughData
        ? 'not-enough-data'
        : side === 'above'
          ? 'better'
          : side === 'below'
            ? 'worse'
            : 'no-difference';
      return arm;
    });
  const arms = [champion, ...challengers];
  const ranked = arms.filter((a) => a.enoughData && a.cure.rate !== null);
  for (const a of ranked) a.rank = 1 + ranked.filter((b) => (b.cure.rate ?? 0) > (a.cure.rate ?? 0)).length;
  const periods = own.map((r) => r.period).sort();
  return {
    experiment,
    experiments,
    from: periods[0] ?? '',
    to: periods[periods.length - 1] ?? '',
    horizonDays: own[0]?.horizonDays ?? 0,
    neededPerArm: needed,
    mde: mde > 0 ? mde : null,
    per,
    arms,
  };
}
