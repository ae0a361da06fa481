/** Flow (roll) rates 迁徙率 C→M1, M1→M2, … across consecutive periods, from `overdue` rows. */
import type { OverdueRow } from '../model/rows.js';
import { DEFAULT_BUCKETS } from './buckets.js';
import { overdueByPeriod } from './overdue.js';
import { isNextPeriod, seriesInterval } from './periods.js';
import type { FlowRate, FlowRateOptions } from './types.js';
import { ratio } from './validate.js';
import { at, must } from '../model/at.js';

/**
 * Flow rate per period t (from the second period on) and bucket n ≥ 1: balance in M(n) at the end of t
 * ÷ balance in M(n−1) at the end of t−1 (DESIGN.md); `basis: 'count'` uses accounts instead. Rows may
 * come in any order: periods are sorted. A period whose predecessor is missing (a gap in `YYYY-MM`,
 * `YYYY-Qn`, day or week labels) gets no flow rates, since t−1 is unknown. The last, open-ended bucket
 * also holds balance that stayed there, so its flow rate (M6→M7+) can exceed 1.
 * Rows are checked as in `overdueRates`.
 * @example flowRates(rows)[0] // { period: '2024-02', previousPeriod: '2024-01', from: 'M0', to: 'M1', numerator, denominator, rate }
 */
export function flowRates(rows: readonly OverdueRow[], options: FlowRateOptions = {}): FlowRate[] {
  const config = options.config ?? DEFAULT_BUCKETS;
  const byPeriod = overdueByPeriod(rows, options.basis ?? 'balance', config);
  const periods = [...byPeriod.keys()];
  const interval = seriesInterval(periods);
  const out: FlowRate[] = [];
  for (let p = 1; p < periods.length; p++) {
    const previousPeriod = at(periods, p - 1);
    const period = at(periods, p);
    if (!isNextPeriod(previousPeriod, period, interval)) continue;
    const before = must(byPeriod.get(previousPeriod), `period ${previousPeriod}`);
    const now = must(byPeriod.get(period), `period ${period}`);
    for (let n = 1; n < config.length; n++) {
      out.push({
        period,
        previousPeriod,
        from: at(config, n - 1).code,
        to: at(config, n).code,
        ...ratio(at(now, n), at(before, n - 1)),
      });
    }
  }
  return out;
}
