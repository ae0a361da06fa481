import type { PointSeries } from './point-series.js';

/** Key of the average series that `emphasiseLatest` adds. */
export const AVERAGE_KEY = 'average';

/** Options of `emphasiseLatest`. */
export interface EmphasisOptions {
  /** Latest cohorts drawn in colour; the rest recede (tone `context`). */
  latest: number;
  /** Label of the added average series (e.g. "Average of all cohorts"). */
  averageLabel: string;
}

/**
 * The cohort curves as vintage analyses draw many of them: when there are more than the palette holds
 * apart (7), the `latest` cohorts keep distinct colours (the newest first), the older ones recede as thin
 * grey context lines, and a reference line is added: the pooled average of all cohorts at each month
 * (Σ numerators ÷ Σ denominators over the cohorts observed at that month; projected points excluded).
 * Seven or fewer cohorts, or `latest` ≤ 0: the series unchanged, every cohort in its own colour.
 */
export function emphasiseLatest(series: readonly PointSeries[], options: EmphasisOptions): PointSeries[] {
  const latest = Math.floor(options.latest);
  if (!(latest > 0) || series.length <= 7) return [...series];
  const first = Math.max(0, series.length - latest);
  const out: PointSeries[] = series.map((s, i) =>
    i < first ? { ...s, tone: 'context' } : { ...s, colorIndex: series.length - 1 - i },
  );
  const average = pooledAverage(series, options.averageLabel);
  if (average.xs.length) out.push(average);
  return out;
}

/** Running sums of the points at one x, and the label of the first of them. */
interface PooledSum {
  num: number;
  den: number;
  label: string;
}

/** Σ numerators ÷ Σ denominators per x over the observed (not projected), finite points of every series. */
function pooledAverage(series: readonly PointSeries[], label: string): PointSeries {
  // Sums are added series by series in the given order, so the floating-point sums do not depend on the map.
  const sums = new Map<number, PooledSum>();
  for (const s of series) {
    const { xs, ys, numerators, denominators, labels } = s;
    const end = Math.min(s.projectedFrom ?? xs.length, xs.length);
    for (let i = 0; i < end; i++) {
      const x = xs[i] ?? NaN;
      const num = numerators[i] ?? NaN;
      const den = denominators[i] ?? NaN;
      if (!Number.isFinite(x) || !Number.isFinite(num) || !(den > 0) || !Number.isFinite(ys[i] ?? NaN)) continue;
      const sum = sums.get(x);
      if (sum) {
        sum.num += num;
        sum.den += den;
      } else sums.set(x, { num: 0 + num, den: 0 + den, label: labels[i] ?? String(x) });
    }
  }
  const sorted = [...sums].sort(([a], [b]) => a - b);
  const n = sorted.length;
  const average: PointSeries = {
    key: AVERAGE_KEY,
    label,
    tone: 'reference',
    xs: new Float64Array(n),
    ys: new Float64Array(n),
    labels: new Array<string>(n),
    numerators: new Float64Array(n),
    denominators: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const [x, sum] = sorted[i] as [number, PooledSum];
    average.xs[i] = x;
    average.ys[i] = sum.num / sum.den;
    average.labels[i] = sum.label;
    average.numerators[i] = sum.num;
    average.denominators[i] = sum.den;
  }
  return average;
}
