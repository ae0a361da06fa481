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

/** Σ numerators ÷ Σ denominators per x over the observed (not projected), finite points of every series. */
function pooledAverage(series: readonly PointSeries[], label: string): PointSeries {
  const sums = new Map<number, { num: number; den: number; label: string }>();
  for (const s of series) {
    const end = s.projectedFrom ?? s.xs.length;
    for (let i = 0; i < Math.min(end, s.xs.length); i++) {
      const x = s.xs[i] ?? NaN;
      const num = s.numerators[i] ?? NaN;
      const den = s.denominators[i] ?? NaN;
      if (!Number.isFinite(x) || !Number.isFinite(num) || !(den > 0) || !Number.isFinite(s.ys[i] ?? NaN)) continue;
      const sum = sums.get(x) ?? { num: 0, den: 0, label: s.labels[i] ?? String(x) };
      sum.num += num;
      sum.den += den;
      sums.set(x, sum);
    }
  }
  const xs = [...sums.keys()].sort((a, b) => a - b);
  const at = (x: number) => sums.get(x) ?? { num: NaN, den: NaN, label: '' };
  return {
    key: AVERAGE_KEY,
    label,
    tone: 'reference',
    xs: Float64Array.from(xs),
    ys: Float64Array.from(xs, (x) => at(x).num / at(x).den),
    labels: xs.map((x) => at(x).label),
    numerators: Float64Array.from(xs, (x) => at(x).num),
    denominators: Float64Array.from(xs, (x) => at(x).den),
  };
}
