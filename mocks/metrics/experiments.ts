/**
 * `experiments` rows: per experiment × arm × period of assignment, the sums of the simulated accounts
 * (mocks/simulate/experiments.ts) of the books the query selects; quarters and years sum their months.
 */
import type { ExperimentRow } from '../../src/model/rows.js';
import { periodGroups, type ResolvedQuery } from '../query.js';
import type { MetricResult, Portfolio } from '../portfolio-types.js';
import { selectSegments } from '../select.js';
import { EXPERIMENT_TRUTHS, experimentArmMonth } from '../simulate/experiments.js';

/** Builds `experiments` rows. */
export function experimentRows(p: Portfolio, q: ResolvedQuery): MetricResult<'experiments'> {
  const segments = selectSegments(p, q);
  const rows: ExperimentRow[] = [];
  for (const truth of EXPERIMENT_TRUTHS) {
    for (const arm of truth.arms) {
      for (const group of periodGroups(q, p.start)) {
        const row: ExperimentRow = {
          experiment: truth.experiment,
          arm: arm.arm,
          period: group.label,
          horizonDays: truth.horizonDays,
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
        for (const s of segments) {
          for (const r of group.months) {
            const m = experimentArmMonth(p.options.seed, s.product, s.region, truth.experiment, arm, p.start + r);
            row.accounts += m.accounts;
            row.cured += m.cured;
            row.rolledForward += m.rolledForward;
            row.collected += m.collected;
            row.collectedSq += m.collectedSq;
            row.cost += m.cost;
            row.costSq += m.costSq;
            row.attempts += m.attempts;
            row.complaints += m.complaints;
          }
        }
        if (row.accounts > 0) rows.push(row);
      }
    }
  }
  return { rows };
}
