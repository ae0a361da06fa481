import { svg, type SVGTemplateResult } from 'lit';
import type { ScaleLinear } from 'd3-scale';
import { downsample } from '../kpi/downsample.js';
import { axisBottomTime, axisLeft } from '../render/axis.js';
import { plotArea, type PlotArea } from '../render/layout.js';
import { bandY, focusDot, lineMark, linePathData, ruleY } from '../render/marks.js';
import { seriesColor, seriesDash } from '../render/palette.js';
import { finiteExtent, timeScale, valueScale } from '../render/scales.js';

/** One series of a line chart as typed-array columns: x in epoch ms (ascending), y (NaN = gap). */
export interface LineSeries {
  key: string;
  label: string;
  xs: Float64Array;
  ys: Float64Array;
}

/** Everything a line chart draws; pure data, no DOM. */
export interface LineChartSpec {
  width: number;
  height: number;
  series: readonly LineSeries[];
  /** Keys of series toggled off in the legend. */
  hidden?: ReadonlySet<string>;
  /** Tick label of a value (e.g. a percent). */
  formatValue: (v: number) => string;
  /** Tick label of a time (epoch ms). */
  formatTime: (t: number) => string;
  /** Target line value, drawn as a labelled rule. */
  target?: number | null;
  /** Label of the target rule. */
  targetLabel?: string;
  /** Tolerance band `[lo, hi]` around the target. */
  band?: readonly [number, number] | null;
  /** Focused point: series index into `series` and index into that series' raw columns. */
  focus?: { series: number; index: number } | null;
}

/** Scales and reduced columns of a line chart, computed once per data or size change. */
export interface LineChartModel {
  plot: PlotArea;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  /** Per series in `spec.series`: the reduced columns drawn (empty when hidden). */
  drawn: { xs: Float64Array; ys: Float64Array }[];
}

/**
 * Lays out a line chart: value scale from the visible series (and target/band), time scale over
 * all x, and each visible series reduced with `downsample` to what the plot width can show.
 */
export function lineChartModel(spec: LineChartSpec): LineChartModel {
  const hidden = spec.hidden ?? new Set<string>();
  const visible = spec.series.filter((s) => !hidden.has(s.key));
  const extra = [spec.target ?? NaN, ...(spec.band ?? [])];
  const yExtent = finiteExtent(visible.map((s) => s.ys));
  // The left margin depends on the tick labels, which depend on the plot height only: two passes.
  const probe = valueScale(yExtent, plotArea(spec.width, spec.height, []), extra);
  const plot = plotArea(spec.width, spec.height, probe.ticks(5).map(spec.formatValue));
  const y = valueScale(yExtent, plot, extra);
  const xExtent = finiteExtent(spec.series.map((s) => (s.xs.length ? [s.xs[0]!, s.xs[s.xs.length - 1]!] : [])));
  const x = timeScale(xExtent ?? [0, 0], plot);
  const columns = Math.max(1, Math.round(plot.width));
  const drawn = spec.series.map((s) => {
    if (hidden.has(s.key)) return { xs: new Float64Array(0), ys: new Float64Array(0) };
    const d = downsample(s.xs, s.ys, columns);
    return { xs: d.xs, ys: d.ys };
  });
  return { plot, x, y, drawn };
}

/**
 * A multi-series line chart as a lit `svg` template: grid and axes, optional tolerance band and
 * target rule, one line per visible series (colour + dash), and the focused point.
 */
export function lineChart(spec: LineChartSpec, model: LineChartModel = lineChartModel(spec)): SVGTemplateResult {
  const { plot, x, y, drawn } = model;
  const x0 = plot.left;
  const x1 = plot.left + plot.width;
  const focus = spec.focus && spec.series[spec.focus.series];
  return svg`<svg xmlns="http://www.w3.org/2000/svg" class="chart" width=${spec.width} height=${spec.height} viewBox="0 0 ${spec.width} ${spec.height}" aria-hidden="true">${axisLeft(y, plot, spec.formatValue)}${axisBottomTime(x, plot, spec.formatTime)}${
    spec.band ? bandY(spec.band[0], spec.band[1], y, x0, x1) : null
  }${drawn.map((d, i) =>
    d.xs.length ? lineMark(linePathData(d.xs, d.ys, x, y), seriesColor(i), seriesDash(i)) : null,
  )}${
    spec.target != null && Number.isFinite(spec.target) ? ruleY(spec.target, y, x0, x1, spec.targetLabel ?? '') : null
  }${
    focus && Number.isFinite(focus.ys[spec.focus!.index]!)
      ? focusDot(x(focus.xs[spec.focus!.index]!), y(focus.ys[spec.focus!.index]!), seriesColor(spec.focus!.series))
      : null
  }</svg>`;
}
