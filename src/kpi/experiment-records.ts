/** Raw experiment assignments → `experiments` rows (the `records` adapter's definition, equal to the reference SQL). */
import type { ExperimentRow } from '../model/rows.js';
import { EXPERIMENT_SUMS } from './experiments.js';
import { zeroFields } from './field-sums.js';
import { compareText, groupRecords } from './group-records.js';

/** One account assigned to an arm of a strategy test, with its outcomes within the experiment's horizon. */
export interface ExperimentAssignment {
  experiment: string;
  arm: string;
  /** Day of assignment, `YYYY-MM-DD`. */
  assigned: string;
  /** Outcome window of the experiment in days. */
  horizonDays: number;
  /** Back to current (M0) within the horizon. */
  cured: boolean;
  /** Rolled to a later bucket within the horizon. */
  rolledForward: boolean;
  collected: number;
  cost: number;
  attempts: number;
  complaints: number;
  product?: string;
  region?: string;
}

/**
 * Assignments → one row per experiment × arm × month of assignment × horizon: accounts, cured, rolled
 * forward, Σ and Σ² of collected and cost, attempts and complaints; sorted by experiment, arm, period.
 */
export function assignmentsToExperiments(assignments: readonly ExperimentAssignment[]): ExperimentRow[] {
  const month = (a: ExperimentAssignment) => a.assigned.slice(0, 7);
  return groupRecords(
    assignments,
    (a) => `${a.experiment}\u0000${a.arm}\u0000${month(a)}\u0000${a.horizonDays}`,
    (a): ExperimentRow => ({
      experiment: a.experiment,
      arm: a.arm,
      period: month(a),
      horizonDays: a.horizonDays,
      ...zeroFields(EXPERIMENT_SUMS),
    }),
    (row, a) => {
      row.accounts++;
      if (a.cured) row.cured++;
      if (a.rolledForward) row.rolledForward++;
      row.collected += a.collected;
      row.collectedSq += a.collected * a.collected;
      row.cost += a.cost;
      row.costSq += a.cost * a.cost;
      row.attempts += a.attempts;
      row.complaints += a.complaints;
    },
  ).sort(
    (x, y) => compareText(x.experiment, y.experiment) || compareText(x.arm, y.arm) || compareText(x.period, y.period),
  );
}
