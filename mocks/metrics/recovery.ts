/**
 * `recovery` rows: per charge-off cohort (month in [from, to]) × month since charge-off (1 … 36,
 * observed up to `to`): the cohort's charged-off balance and that month's recoveries and fees.
 * Charged-off balances equal the `CO` flows of `roll-rates`. Always monthly cohorts.
 */
import type { RecoveryRow } from '../../src/model/rows.js';
import type { ResolvedQuery } from '../query.js';
import type { MetricResult, Portfolio } from '../portfolio-types.js';
import { reportedMonth, selectSegments } from '../select.js';
import { RECOVERY_MONTHS, recoverySchedule } from '../simulate/recovery.js';

/** Charged-off balance of one book in reported month `r` (the `CO` flow). */
export function chargedOffIn(p: Portfolio, flowBalance: Float64Array, r: number): number {
  const B = p.buckets.length;
  return flowBalance[(r * (B + 1) + p.chargeOff) * (B + 3) + B + 2]!;
}

/** Builds `recovery` rows. */
export function recoveryRows(p: Portfolio, q: ResolvedQuery): MetricResult<'recovery'> {
  const rows: RecoveryRow[] = [];
  const segments = selectSegments(p, q);
  for (let c = q.first; c <= q.last; c++) {
    const observed = Math.min(RECOVERY_MONTHS, q.last - c);
    let chargedOff = 0;
    const recovered = new Float64Array(RECOVERY_MONTHS);
    const fees = new Float64Array(RECOVERY_MONTHS);
    for (const s of segments) {
      const co = chargedOffIn(p, s.flowBalance, c);
      if (co <= 0) continue;
      chargedOff += co;
      const schedule = recoverySchedule(p.options.seed, s.product, s.region, p.start + c, co);
      for (let m = 0; m < observed; m++) {
        recovered[m]! += schedule.recovered[m]!;
        fees[m]! += schedule.fees[m]!;
      }
    }
    if (chargedOff <= 0) continue;
    for (let m = 0; m < observed; m++) {
      rows.push({ cohort: reportedMonth(p, c), month: m + 1, chargedOff, recovered: recovered[m]!, fees: fees[m]! });
    }
  }
  return { rows };
}
