/** The server chart part of an interval chart (the outcome-gap, strategy-test and model-monitor kinds). */
import { intervalChart, intervalModel, type IntervalSpec } from '../charts/interval-chart.js';
import type { MetricName } from '../model/metrics.js';
import type { ServerChartPart } from './types.js';

/** Lays out `spec` and draws it as the part of `metric`, titled `title`, without a legend (rows carry their words). */
export function intervalPart(metric: MetricName, spec: IntervalSpec, title: string): ServerChartPart {
  const model = intervalModel(spec);
  return { metric, chart: intervalChart(spec, model), width: spec.width, height: model.height, title, legend: [] };
}
