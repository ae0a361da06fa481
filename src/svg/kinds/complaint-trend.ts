import { complaintColumns } from '../../views/complaint-series.js';
import { complaintTrend } from '../../kpi/complaints.js';
import { barsLineChart } from '../../charts/bars-line-chart.js';
import type { ComplaintRow, ExposureRow } from '../../model/rows.js';
import { CHANNEL_LABELS, COMPLAINT_CATEGORY_LABELS, codeLabel } from '../../render/vocab.js';
import { formatNumber, formatPeriod } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import { chartSize } from '../kind-parts.js';
import type { ServerChartOptions, ServerChart } from '../types.js';

/** Options of the `complaint-trend` kind: the element's attributes. */
export interface ComplaintTrendServerOptions extends ServerChartOptions {
  by?: 'category' | 'channel';
  per?: number;
  /** On-time target; periods below it are flagged. */
  sla?: number;
  /** Active accounts per period (a response's `exposure` is used when this is not set). */
  exposure?: readonly ExposureRow[];
}

export const complaintTrendChart: ServerChart<readonly ComplaintRow[], ComplaintTrendServerOptions> = (
  rows,
  options,
  locale,
  intlLocale,
) => {
  const by = options.by === 'channel' ? 'channel' : 'category';
  const trend = complaintTrend(rows, options.exposure ?? [], { per: options.per ?? 10_000, by });
  const c = complaintColumns(
    trend,
    (key) => codeLabel(by === 'channel' ? CHANNEL_LABELS : COMPLAINT_CATEGORY_LABELS, key, locale),
    options.sla ?? null,
  );
  const size = chartSize(options, 640, 280);
  return {
    metric: 'complaints',
    chart: barsLineChart({
      ...size,
      categories: c.periods,
      formatCategory: (p) => formatPeriod(intlLocale, p),
      stacks: c.stacks,
      minTop: 1,
      formatValue: (v) => formatNumber(intlLocale, v),
      line: c.line,
      formatLine: (v) => formatNumber(intlLocale, v, 2),
      flags: c.missed,
    }),
    ...size,
    title: t(locale, 'complaintsTitle', {
      by: t(locale, by === 'channel' ? 'complaintsByChannel' : 'complaintsByCategory'),
    }),
    legend: c.stacks.map((s) => s.label),
  };
};
