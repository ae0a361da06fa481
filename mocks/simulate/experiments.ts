/**
 * Champion / challenger strategy tests with known true effects (the truths the `experiments` widget must
 * find): accounts entering collection are assigned at random to the arms of each experiment, and each
 * account's outcome within the experiment's horizon is drawn from its arm's true rates. In `m1-strategy`,
 * `challenger-a` truly cures 3 points more than the champion, `challenger-b` is truly equal to it, and
 * `challenger-c` is truly better too but gets so few accounts that no fair comparison is possible; in
 * `m3-field-visit`, `agency` truly cures 4 points less. Amounts are whole yuan.
 */
import type { ExperimentRow } from '../../src/model/rows.js';
import { hashSeed, mulberry32, normal, poisson } from '../random.js';

/** The true behaviour of one arm. */
export interface ArmTruth {
  arm: string;
  /** Accounts assigned per product × region book per month. */
  accounts: number;
  cure: number;
  rollForward: number;
  /** Mean collected from a cured account (others collect a third of it). */
  collectedIfCured: number;
  /** Mean attempts per account; each costs `costPerAttempt`. */
  attempts: number;
  costPerAttempt: number;
  /** Chance that an account complains within the horizon. */
  complaint: number;
}

/** One simulated experiment. */
export interface ExperimentTruth {
  experiment: string;
  horizonDays: number;
  arms: readonly ArmTruth[];
}

const arm = (
  name: string,
  accounts: number,
  cure: number,
  rollForward: number,
  attempts: number,
  complaint: number,
): ArmTruth => ({
  arm: name,
  accounts,
  cure,
  rollForward,
  collectedIfCured: 1800,
  attempts,
  costPerAttempt: 3,
  complaint,
});

/** The simulated experiments and their true effects (tests assert that the widget finds exactly these). */
export const EXPERIMENT_TRUTHS: readonly ExperimentTruth[] = [
  {
    experiment: 'm1-strategy',
    horizonDays: 30,
    arms: [
      arm('champion', 120, 0.42, 0.18, 6, 0.002),
      arm('challenger-a', 120, 0.45, 0.16, 7, 0.002),
      arm('challenger-b', 120, 0.42, 0.18, 5, 0.002),
      arm('challenger-c', 2, 0.45, 0.16, 6, 0.002),
    ],
  },
  {
    experiment: 'm3-field-visit',
    horizonDays: 60,
    arms: [arm('champion', 60, 0.24, 0.3, 9, 0.004), arm('agency', 60, 0.2, 0.33, 8, 0.006)],
  },
];

/** Sums of one arm in one book-month: the additive fields of an `experiments` row. */
export type ArmMonth = Pick<
  ExperimentRow,
  'accounts' | 'cured' | 'rolledForward' | 'collected' | 'collectedSq' | 'cost' | 'costSq' | 'attempts' | 'complaints'
>;

/** Draws every account of one arm in one book-month (absolute month index `month`) and sums them. */
export function experimentArmMonth(
  seed: number,
  product: string,
  region: string,
  experiment: string,
  truth: ArmTruth,
  month: number,
): ArmMonth {
  const rng = mulberry32(hashSeed(seed, 'experiment', experiment, truth.arm, product, region, month));
  const s: ArmMonth = {
    accounts: 0,
    cured: 0,
    rolledForward: 0,
    collected: 0,
    collectedSq: 0,
    cost: 0,
    costSq: 0,
    attempts: 0,
    complaints: 0,
  };
  for (let i = 0; i < truth.accounts; i++) {
    const u = rng();
    const cured = u < truth.cure;
    const rolled = !cured && u < truth.cure + truth.rollForward;
    const mean = cured ? truth.collectedIfCured : truth.collectedIfCured / 3;
    const collected = rolled ? 0 : Math.max(0, Math.round(normal(rng, mean, mean / 3)));
    const attempts = poisson(rng, truth.attempts);
    const cost = attempts * truth.costPerAttempt;
    s.accounts++;
    if (cured) s.cured++;
    if (rolled) s.rolledForward++;
    s.collected += collected;
    s.collectedSq += collected * collected;
    s.cost += cost;
    s.costSq += cost * cost;
    s.attempts += attempts;
    if (rng() < truth.complaint) s.complaints++;
  }
  return s;
}
