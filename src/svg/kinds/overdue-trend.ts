import { basisOf, type Basis } from '../../model/metrics.js';
import { lineChart, type LineChartSpec, type LineSeries } from '../../charts/line-chart.js';
import { overdueRates } from '../../kpi/overdue.js';
import type { OverdueRow } from '../../model/rows.js';
import { formatPercent, formatTick } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import { periodInterval, periodToTime } from '../../render/period.js';
import type { ServerChart, ServerChartOptions } from '../types.js';
import { addMessagePack } from '../../render/i18n/index.js';
import { OVERDUE_TREND_MESSAGES } from '../../render/i18n/overdue-trend.js';

addMessagePack(OVERDUE_TREND_MESSAGES);

/** Options of the `overdue-trend` chart (as the `<ck-overdue-trend>` attributes). */
export interface OverdueTrendServerOptions extends ServerChartOptions {
  /** Buckets or bucket sets, e.g. `M1,M2,M3,M4+` (string or array). */
  buckets?: string | readonly string[];
  /** `count` or `balance` (default). */
  basis?: Basis;
  /** Target rate drawn as a dashed rule. */
  target?: number;
  /** Rates with a smaller denominator are suppressed (gaps), as on screen. */
  minDenominator?: number;
}

/** The line chart spec the overdue trend draws for `rows` (exactly as `<ck-overdue-trend>` builds it). */
export function overdueTrendSpec(
  rows: readonly OverdueRow[],
  options: OverdueTrendServerOptions,
  intlLocale: string,
): LineChartSpec & { series: LineSeries[] } {
  const buckets = (
    typeof options.buckets === 'string' ? options.buckets.split(',') : (options.buckets ?? ['M1', 'M2', 'M3', 'M4+'])
  )
    .map((b) => b.trim())
    .filter(Boolean);
  const rates = overdueRates(rows, {
    buckets,
    basis: basisOf(options.basis),
    ...(options.minDenominator ? { minDenominator: options.minDenominator } : {}),
  });
  const series: LineSeries[] = buckets.map((bucket) => {
    const list = rates.filter((r) => r.bucket === bucket);
    return {
      key: bucket,
      label: bucket,
      xs: Float64Array.from(list, (r) => periodToTime(r.period)),
      ys: Float64Array.from(list, (r) => r.rate ?? NaN),
    };
  });
  const periods = [...new Set(rates.map((r) => r.period))].sort();
  return {
    width: options.width ?? 640,
    height: options.height ?? 280,
    series,
    hidden: new Set(),
    formatValue: (v) => formatPercent(intlLocale, v, 1),
    formatTime: (time, unit) => formatTick(intlLocale, time, unit ?? 'month'),
    interval: periodInterval(periods[0], periods[1]),
    target: options.target ?? null,
    targetLabel: options.target != null ? formatPercent(intlLocale, options.target, 1) : '',
    focus: null,
  };
}

export const overdueTrend: ServerChart<readonly OverdueRow[], OverdueTrendServerOptions> = (
  rows,
  options,
  locale,
  intlLocale,
) => {
  const spec = overdueTrendSpec(rows, options, intlLocale);
  return {
    metric: 'overdue',
    chart: lineChart(spec),
    width: spec.width,
    height: spec.height,
    title: t(locale, 'overdueTrendTitle', { basis: t(locale, options.basis === 'count' ? 'accounts' : 'balance') }),
    legend: spec.series.map((s) => s.label),
  };
};
