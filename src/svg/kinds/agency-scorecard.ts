import { hbarChart, hbarHeight, type HBarSpec } from '../../charts/hbar-chart.js';
import { agencyScorecard } from '../../kpi/agencies.js';
import type { ResponseMeta } from '../../model/response.js';
import type { AgencyRow } from '../../model/rows.js';
import { t } from '../../render/i18n/index.js';
import { AGENCY_MEASURE_LABELS, agencyBars, agencyMeasure, formatMeasure } from '../../views/agencies-series.js';
import type { ServerChart, ServerChartOptions } from '../types.js';

/** Options of the `agency-scorecard` kind: `measure` as on the element (`recovery`, `complaints`, `violations`, `commission`). */
export interface AgencyScorecardServerOptions extends ServerChartOptions {
  measure?: string;
  /** The response the renderer passes on; its `meta.asOf` is the day evaluations are judged at. */
  response?: { meta: Partial<ResponseMeta> };
}

/** One measure per agency as bars (overdue evaluations flagged "⚠"), as `<ck-agency-scorecard>` draws it. */
export const agencyScorecardChart: ServerChart<readonly AgencyRow[], AgencyScorecardServerOptions> = (
  rows,
  options,
  locale,
  intlLocale,
) => {
  const measure = agencyMeasure(options.measure);
  const card = agencyScorecard(rows, { asOf: options.meta?.asOf || options.response?.meta.asOf || '' });
  const spec: HBarSpec = {
    width: options.width ?? 640,
    items: agencyBars(card, measure, intlLocale),
    formatValue: (v) => formatMeasure(intlLocale, measure, v),
    colorIndex: 0,
    maxLabelWidth: 220,
  };
  const height = hbarHeight(spec);
  return {
    metric: 'agencies',
    chart: hbarChart(spec),
    width: spec.width,
    height,
    title: t(locale, 'agencyTitle', { measure: t(locale, AGENCY_MEASURE_LABELS[measure]) }),
    legend: [],
  };
};
