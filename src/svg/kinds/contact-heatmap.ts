import { hourHeatmap } from '../../charts/hour-heatmap.js';
import { callingWindow, contactHeatmap } from '../../kpi/contact-hours.js';
import type { ContactHourRow } from '../../model/rows.js';
import { formatCompact, formatPercent } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import { dayName, MEASURE_LABELS } from '../../elements/contact-heatmap/contact-heatmap-text.js';
import { HEAT_MEASURES, heatGrid } from '../../views/contact-heatmap-model.js';
import { chartSize } from '../kind-parts.js';
import type { ServerChart, ServerChartOptions } from '../types.js';

/** Options of the `contact-heatmap` kind: the element's attributes. */
export interface ContactHeatmapServerOptions extends ServerChartOptions {
  measure?: 'rpc-rate' | 'promises-per-rpc' | 'volume';
  rules?: 'cn-cba-2026' | 'us-reg-f';
  minDenominator?: number;
  channel?: string;
}

/** The weekday × hour heatmap with the calling window and its breaches, as the widget draws it. */
export const contactHeatmapChart: ServerChart<readonly ContactHourRow[], ContactHeatmapServerOptions> = (
  rows,
  options,
  locale,
  intlLocale,
) => {
  const measure = HEAT_MEASURES[options.measure ?? 'rpc-rate'] ?? 'rpcRate';
  const window = callingWindow(options.rules === 'us-reg-f' ? 'us-reg-f' : 'cn-cba-2026');
  const h = contactHeatmap(rows, { channel: options.channel ?? null, minDenominator: options.minDenominator ?? 30 });
  const grid = heatGrid(h, measure, window, (n) => formatCompact(intlLocale, n, 0));
  const size = chartSize(options, 760, 260);
  return {
    metric: 'contact-hours',
    chart: hourHeatmap({
      ...size,
      rows: [1, 2, 3, 4, 5, 6, 7].map((d) => dayName(intlLocale, d)),
      columns: Array.from({ length: 24 }, (_, hour) => String(hour)),
      values: grid.values,
      max: grid.max,
      formatValue: (v) => (measure === 'volume' ? formatCompact(intlLocale, v, 0) : formatPercent(intlLocale, v, 0)),
      rowTitle: t(locale, 'hoursWeekday'),
      columnTitle: t(locale, 'hoursHour'),
      window,
      notes: grid.notes,
    }),
    ...size,
    title: t(locale, 'hoursTitle', { measure: t(locale, MEASURE_LABELS[measure]) }),
    legend: [],
  };
};
