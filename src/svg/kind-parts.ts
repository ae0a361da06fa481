/**
 * Pieces the chart kinds share: the line chart part with its legend, rate lines over periods, cohort curves
 * with the latest in colour, and bar panels stacked under their titles.
 */
import { svg } from 'lit';
import { hbarChart, hbarHeight, type HBarItem } from '../charts/hbar-chart.js';
import { lineChart, type LineChartSpec } from '../charts/line-chart.js';
import { LIGHT_THEME } from '../export/svg.js';
import type { MetricName } from '../model/metrics.js';
import { formatPercent, formatTick } from '../render/format.js';
import { t, type MessageKey } from '../render/i18n/index.js';
import { periodInterval } from '../render/period.js';
import { emphasiseLatest } from '../views/cohort-emphasis.js';
import type { PointSeries } from '../views/point-series.js';
import { curveLegend } from './curve-legend.js';
import type { ServerChartOptions, ServerChartPart } from './types.js';

/** A line chart as a kind's part: drawn at the spec's size, its series' labels as the legend. */
export function lineChartPart(
  metric: MetricName,
  title: string,
  spec: LineChartSpec,
  more: Pick<ServerChartPart, 'legendEntries'> = {},
): ServerChartPart {
  return {
    metric,
    chart: lineChart(spec),
    width: spec.width,
    height: spec.height,
    title,
    legend: spec.series.map((s) => s.label),
    ...more,
  };
}

/** Rate series over periods as the widgets draw them: 640 × 280 unless set, one-decimal percent ticks. */
export function periodRateSpec(
  series: readonly PointSeries[],
  options: ServerChartOptions,
  intlLocale: string,
): LineChartSpec {
  const labels = series[0]?.labels ?? [];
  return {
    width: options.width ?? 640,
    height: options.height ?? 280,
    series,
    formatValue: (v) => formatPercent(intlLocale, v, 1),
    formatTime: (time, unit) => formatTick(intlLocale, time, unit ?? 'month'),
    interval: periodInterval(labels[0], labels[1]),
  };
}

/** Options of the cohort-curve kinds: how many of the latest cohorts stay in colour. */
export interface CohortCurvesOptions extends ServerChartOptions {
  /** Latest cohorts in colour when there are more than seven (default 3; the rest recede, the average is drawn); `all`: every cohort. */
  highlight?: number | 'all';
}

/**
 * Cohort curves (x a number of months) as their widget draws them: the latest cohorts in colour, the rest
 * receded with their average, and the legend in the theme's colours.
 */
export function cohortCurvesPart(
  metric: MetricName,
  title: string,
  cohorts: PointSeries[],
  options: CohortCurvesOptions,
  locale: string,
  axes: Pick<LineChartSpec, 'formatValue' | 'formatTime' | 'projectionLabel'>,
): ServerChartPart {
  const series = emphasiseLatest(cohorts, {
    latest: options.highlight === 'all' ? 0 : (options.highlight ?? 3),
    averageLabel: t(locale, 'cohortAverage'),
  });
  const spec: LineChartSpec = {
    width: options.width ?? 640,
    height: options.height ?? 280,
    series,
    xType: 'linear',
    ...axes,
  };
  return lineChartPart(metric, title, spec, {
    legendEntries: curveLegend(series, locale, options.theme ?? LIGHT_THEME),
  });
}

/**
 * Panels of horizontal bars stacked in one SVG (class `chart <name>`, 640 px wide unless set), each under its
 * title, as a widget draws them side by side or stacked.
 */
export function stackedBarPanels<P extends { title: MessageKey }>(
  name: string,
  options: ServerChartOptions,
  locale: string,
  panels: readonly P[],
  bars: (panel: P) => { items: HBarItem[]; maxLabelWidth: number },
): Pick<ServerChartPart, 'chart' | 'width' | 'height'> {
  const width = options.width ?? 640;
  let y = 0;
  const parts = panels.map((panel) => {
    const spec = { width, ...bars(panel), formatValue: String, focus: null };
    const top = y;
    y += 18 + hbarHeight(spec) + 8;
    return svg`<g transform="translate(0,${top})"><text class="panel-title" x="0" y="13">${t(locale, panel.title)}</text><g transform="translate(0,18)">${hbarChart(spec)}</g></g>`;
  });
  return {
    chart: svg`<svg xmlns="http://www.w3.org/2000/svg" class=${`chart ${name}`} width=${width} height=${y} viewBox="0 0 ${width} ${y}" aria-hidden="true">${parts}</svg>`,
    width,
    height: y,
  };
}

/** A kind's drawing size: the options' width and height where set, else the kind's defaults. */
export function chartSize(
  options: ServerChartOptions,
  width: number,
  height: number,
): { width: number; height: number } {
  return { width: options.width ?? width, height: options.height ?? height };
}
