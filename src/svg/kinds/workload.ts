import { hbarChart, hbarHeight } from '../../charts/hbar-chart.js';
import type { WorkloadRow } from '../../model/rows.js';
import { formatPeriod } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import {
  formatWorkloadMeasure,
  WORKLOAD_MEASURE_LABELS,
  workloadItems,
  workloadView,
  type WorkloadMeasure,
} from '../../views/workload-model.js';
import type { ServerChart, ServerChartOptions } from '../types.js';

/** Options of the `workload` kind: one panel, `measure` (default cases per agent), of the latest period. */
export interface WorkloadServerOptions extends ServerChartOptions {
  measure?: WorkloadMeasure;
}

/** `<ck-workload>`'s panel as a static chart: a bar per team of the latest period. */
export const workloadChart: ServerChart<readonly WorkloadRow[], WorkloadServerOptions> = (
  rows,
  options,
  locale,
  intlLocale,
) => {
  const measure: WorkloadMeasure = options.measure ?? 'casesPerAgent';
  const view = workloadView(rows, 400, 0);
  const width = options.width ?? 640;
  const spec = {
    width,
    items: workloadItems(locale, view, measure),
    formatValue: (v: number) => formatWorkloadMeasure(intlLocale, measure, v),
    maxLabelWidth: 100,
    focus: null,
  };
  return {
    metric: 'workload',
    chart: hbarChart(spec),
    width,
    height: hbarHeight(spec),
    title: `${t(locale, 'workloadTitle', { period: view.period ? formatPeriod(intlLocale, view.period) : '' })} · ${t(locale, WORKLOAD_MEASURE_LABELS[measure])}`,
    legend: [],
  };
};
