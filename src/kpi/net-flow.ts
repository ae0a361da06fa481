/**
 * Net flow to loss 催收乘数 (issue #14) straight from `roll-rates` rows, in one pass and without the transition
 * matrices (a KPI tile shows it: its chunk stays small).
 */
import type { BucketConfig } from '../model/buckets.js';
import type { Basis } from '../model/metrics.js';
import type { RollRateRow } from '../model/rows.js';
import { at } from '../model/at.js';
import { bucketIndex, DEFAULT_BUCKETS } from './buckets.js';

/** One link of the net-flow chain: the flow rate from → to of the period (null: nothing in `from` at t−1). */
export interface FlowLink {
  from: string;
  to: string;
  rate: number | null;
}

/** The net flow to loss of one period: Π of its links' rates, in [0, 1]; null when a link has no denominator. */
export interface NetFlow {
  period: string;
  rate: number | null;
  links: FlowLink[];
}

/**
 * Net flow to loss per period (ascending): the product of the period's flow rates along the chain from current to
 * charge-off, (C→M1 ÷ C) × (M1→M2 ÷ M1) × … × (M6→M7+ ÷ M6), and × (M7+→CO ÷ M7+) when some row goes to `CO`
 * (without it the last bucket is the charge-off point, as in `forecastBuckets`). Each divisor is everything that
 * left the state (every `to`), so each rate is a share of its row of the transition matrix and the product is in
 * [0, 1]. Rows of other from-states (NEW) count nowhere.
 * @example netFlow(rows, 'balance')[0] // { period: '2024-02', rate: 0.0011, links: [{ from: 'M0', to: 'M1', rate: 0.021 }, …] }
 */
export function netFlow(rows: readonly RollRateRow[], basis: Basis, config: BucketConfig = DEFAULT_BUCKETS): NetFlow[] {
  const chain = config.map((b) => b.code);
  if (rows.some((r) => r.to === 'CO')) chain.push('CO');
  const n = config.length;
  const sums = new Map<string, { out: Float64Array; next: Float64Array }>();
  for (const r of rows) {
    const f = bucketIndex(r.from, config);
    if (f < 0) continue;
    let s = sums.get(r.period);
    if (!s) sums.set(r.period, (s = { out: new Float64Array(n), next: new Float64Array(n) }));
    const v = basis === 'count' ? r.accounts : r.balance;
    s.out[f] = at(s.out, f) + v;
    const t = r.to === 'CO' ? n : bucketIndex(r.to, config);
    if (t === f + 1) s.next[f] = at(s.next, f) + v;
  }
  return [...sums.keys()].sort().map((period) => {
    const s = sums.get(period);
    let rate: number | null = 1;
    const links = chain.slice(1).map((to, k) => {
      const out = s ? at(s.out, k) : 0;
      const link = out > 0 && s ? at(s.next, k) / out : null;
      rate = rate === null || link === null ? null : rate * link;
      return { from: at(chain, k), to, rate: link };
    });
    return { period, rate, links };
  });
}
