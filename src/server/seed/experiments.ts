/**
 * Strategy-test assignments for the seeded warehouse (`experiment_assignments`): every account that enters
 * collection (M1 from current) in a reported month is assigned at random to an arm of `m1-strategy`, and its
 * outcomes within 30 days are drawn from the arm's true rates: `challenger-a` cures 7 points more than the
 * champion, `challenger-b` the same, `challenger-c` (5 % of accounts) 3 points more but too few to tell.
 * A stream of its own (seed-derived), so adding it left every other table's rows unchanged. Whole yuan.
 */
import { mulberry32, pickByShare } from './random.js';
import type { AccountPeriodRow, ExperimentAssignmentRow } from './tables.js';

/** Arm, share of assignments, true cure and roll-forward rates, mean attempts. */
const ARMS = [
  { arm: 'champion', share: 0.35, cure: 0.42, roll: 0.18, attempts: 6 },
  { arm: 'challenger-a', share: 0.3, cure: 0.49, roll: 0.14, attempts: 7 },
  { arm: 'challenger-b', share: 0.3, cure: 0.42, roll: 0.18, attempts: 5 },
  { arm: 'challenger-c', share: 0.05, cure: 0.45, roll: 0.16, attempts: 6 },
] as const;

/** Assignments of the accounts entering M1 (dpd 1–30 after a current month) in `account_period`, in row order. */
export function simulateExperiments(
  accountPeriod: readonly AccountPeriodRow[],
  seed: number,
): ExperimentAssignmentRow[] {
  const rnd = mulberry32((seed ^ 0x5eed1e57) >>> 0);
  const out: ExperimentAssignmentRow[] = [];
  const seen = new Set<string>();
  for (const r of accountPeriod) {
    if (r.status !== 'active' || r.prev_dpd !== 0 || r.dpd < 1 || r.dpd > 30 || seen.has(r.account_id)) continue;
    seen.add(r.account_id);
    const arm = pickByShare(ARMS, rnd());
    const v = rnd();
    const cured = v < arm.cure;
    const rolled = !cured && v < arm.cure + arm.roll;
    const collected = rolled ? 0 : Math.round((cured ? 1 : 1 / 3) * Math.min(r.balance, 1800) * (0.5 + rnd()));
    const attempts = Math.floor(rnd() * 2 * arm.attempts);
    out.push({
      account_id: r.account_id,
      experiment: 'm1-strategy',
      arm: arm.arm,
      assigned_on: `${r.period.slice(0, 8)}${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
      horizon_days: 30,
      cured,
      rolled_forward: rolled,
      collected,
      cost: attempts * 3,
      attempts,
      complaints: rnd() < 0.003 ? 1 : 0,
      product: r.product,
      region: r.region,
    });
  }
  return out;
}
