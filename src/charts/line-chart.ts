import { svg, type SVGTemplateResult } from 'lit';
import type { ScaleLinear } from '../render/scale.js';
import { downsample, type Downsampled } from '../kpi/downsample.js';
import type { Interval } from '../model/metrics.js';
import { axisBottomTime, axisLeft } from '../render/axis.js';
import type { TickUnit } from '../render/time-ticks.js';
import { axisBottomLinear, linearXScale } from '../render/axis-linear.js';
import { plotArea, type PlotArea } from '../render/layout.js';
import { bestSpot, labelSpot, type Box, type Polyline } from '../render/label-place.js';
import { bandY, focusDot, lineMark, linePathData, ruleY, targetSpots } from '../render/marks.js';
import { seriesStyle } from '../render/palette.js';
import { finiteExtent, timeScale, valueScale } from '../render/scales.js';
import { at } from '../model/at.js';

/** One series of a line chart as typed-array columns: x in epoch ms (ascending), y (NaN = gap). */
export interface LineSeries {
  key: string;
  label: string;
  xs: Float64Array;
  ys: Float64Array;
  /**
   * Index of the first projected point: from the point before it on, the line is drawn dashed
   * (class `line projected`). Undefined or ≥ length: nothing projected.
   */
  projectedFrom?: number;
  /**
   * `context`: drawn thin and grey behind the others (e.g. older cohorts); `reference`: drawn in the text
   * colour on top (e.g. an average). Unset: a palette colour, by `colorIndex` (default its index).
   */
  tone?: 'context' | 'reference';
  /** Palette position of an emphasised series (so the emphasised few get the first, most distinct colours). */
  colorIndex?: number;
  // Optional, for long series whose values are computed on demand (e.g. rates from numerator and
  // denominator columns, without a rate column): when present, the chart uses these instead of
  // reading `ys` point by point. Each must give exactly what its `ys` counterpart would.
  /** The value of point `i`, as `ys[i]`. */
  valueAt?: (i: number) => number;
  /** The extent of the finite values, as `finiteExtent([ys])`. */
  extent?: () => [number, number] | null;
  /** The minmax reduction to `columns` pixel columns, as `downsample(xs, ys, columns)`. */
  reduce?: (columns: number) => Downsampled;
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
  /**
   * Tick label of an x value: a time (epoch ms) in the unit the time axis chose for that tick, or a plain
   * number (months on book…) when `xType` is `linear` (no unit then).
   */
  formatTime: (t: number, unit?: TickUnit) => string;
  /** Interval of the periods on a time axis (default `month`): ticks fall on its boundaries. */
  interval?: Interval;
  /** Target line value, drawn as a labelled rule. */
  target?: number | null;
  /** Label of the target rule. */
  targetLabel?: string;
  /** Tolerance band `[lo, hi]` around the target. */
  band?: readonly [number, number] | null;
  /** Focused point: series index into `series` and index into that series' raw columns. */
  focus?: { series: number; index: number } | null;
  /** `time` (default): x is epoch ms on a time axis; `linear`: x is a plain number (months on book…). */
  xType?: 'time' | 'linear';
  /** Label written at the end of the first projected segment, e.g. "projection" / "预测". */
  projectionLabel?: string;
}

/** Scales and reduced columns of a line chart, computed once per data or size change. */
export interface LineChartModel {
  plot: PlotArea;
  x: ScaleLinear;
  y: ScaleLinear;
  /** First and last x of all series (hidden ones too), or null when there is none. */
  xExtent: [number, number] | null;
  /** Per series in `spec.series`: the reduced columns drawn (empty when hidden). */
  drawn: { xs: Float64Array; ys: Float64Array; index?: Uint32Array }[];
}

/** The value of point `i` of a series: `valueAt(i)` when the series computes its values, else `ys[i]`. */
export function pointValue(s: LineSeries, i: number): number {
  return s.valueAt ? s.valueAt(i) : at(s.ys, i);
}

/** The union of extents (nulls skipped), the same as `finiteExtent` over all their columns at once. */
function mergeExtents(extents: readonly ([number, number] | null)[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of extents) {
    if (!e) continue;
    if (e[0] < lo) lo = e[0];
    if (e[1] > hi) hi = e[1];
  }
  return lo <= hi ? [lo, hi] : null;
}

/**
 * Lays out a line chart: value scale from the visible series (and target/band), time scale over
 * all x, and each visible series reduced with `downsample` to what the plot width can show.
 */
export function lineChartModel(spec: LineChartSpec): LineChartModel {
  const hidden = spec.hidden ?? new Set<string>();
  const visible = spec.series.filter((s) => !hidden.has(s.key));
  const extra = [spec.target ?? NaN, ...(spec.band ?? [])];
  // Series that compute their own extent (long, on-demand series) are not read point by point here.
  const yExtent = mergeExtents(visible.map((s) => (s.extent ? s.extent() : finiteExtent([s.ys]))));
  // The left margin depends on the tick labels, which depend on the plot height only: two passes.
  const probe = valueScale(yExtent, plotArea(spec.width, spec.height, []), extra);
  const plot = plotArea(spec.width, spec.height, probe.ticks(5).map(spec.formatValue));
  const y = valueScale(yExtent, plot, extra);
  const xExtent = finiteExtent(spec.series.map((s) => (s.xs.length ? [at(s.xs, 0), at(s.xs, s.xs.length - 1)] : [])));
  const x = spec.xType === 'linear' ? linearXScale(xExtent ?? [0, 0], plot) : timeScale(xExtent ?? [0, 0], plot);
  const columns = Math.max(1, Math.round(plot.width));
  const drawn = spec.series.map((s) => {
    if (hidden.has(s.key)) return { xs: new Float64Array(0), ys: new Float64Array(0) };
    const d = s.reduce ? s.reduce(columns) : downsample(s.xs, s.ys, columns);
    return s.projectedFrom !== undefined ? { xs: d.xs, ys: d.ys, index: d.index } : { xs: d.xs, ys: d.ys };
  });
  return { plot, x, y, xExtent, drawn };
}

/** Indices of `series` in drawing order: context lines first (behind), then the rest in their order. */
function drawOrder(series: readonly LineSeries[]): number[] {
  const order = series.map((_, i) => i);
  const context = (i: number) => series[i]?.tone === 'context';
  return series.some((s) => s.tone === 'context')
    ? [...order.filter(context), ...order.filter((i) => !context(i))]
    : order;
}

/** The drawn (reduced) series in pixels, for placing annotations clear of them. */
function pixelLines(model: LineChartModel): Polyline[] {
  return model.drawn.map((d) => ({ xs: Array.from(d.xs, (v) => model.x(v)), ys: Array.from(d.ys, (v) => model.y(v)) }));
}

/**
 * A multi-series line chart as a lit `svg` template: grid and axes, optional tolerance band and
 * target rule, one line per visible series (colour + dash), and the focused point.
 */
export function lineChart(spec: LineChartSpec, model: LineChartModel = lineChartModel(spec)): SVGTemplateResult {
  const { plot, x, y, drawn } = model;
  const x0 = plot.left;
  const x1 = plot.left + plot.width;
  const focus = spec.focus;
  const focused = focus ? spec.series[focus.series] : undefined;
  const focusValue = focus && focused ? pointValue(focused, focus.index) : undefined;
  // Annotations go where they cross no line and no other annotation (label-place.ts).
  let pixels: Polyline[] | null = null;
  const lines = () => (pixels ??= pixelLines(model));
  const placed: Box[] = [];
  // Labels may use the right margin but not the axes' space.
  const bounds: Box = { x0: plot.left, x1: x1 + 16, y0: 0, y1: plot.top + plot.height };
  let labelled = false;
  const projectionLabel = (px: number, py: number) => {
    if (labelled || !spec.projectionLabel) return null;
    labelled = true;
    const text = spec.projectionLabel;
    const spot = bestSpot(
      [
        labelSpot(text, px, py - 6, 'end'),
        labelSpot(text, px, py + 16, 'end'),
        labelSpot(text, px - 12, py - 10, 'end'),
        labelSpot(text, px - 12, py + 20, 'end'),
      ],
      lines(),
      placed,
      bounds,
    );
    placed.push(spot.box);
    return svg`<text class="projection-label" x=${Math.round(spot.x * 100) / 100} y=${Math.round(spot.y * 100) / 100} text-anchor="end">${text}</text>`;
  };
  const target = () => {
    if (spec.target == null || !Number.isFinite(spec.target)) return null;
    const label = spec.targetLabel ?? '';
    const spot = bestSpot(targetSpots(label, y(spec.target), x0, x1), lines(), placed, bounds);
    placed.push(spot.box);
    return ruleY(spec.target, y, x0, x1, label, spot);
  };
  return svg`<svg xmlns="http://www.w3.org/2000/svg" class="chart" width=${spec.width} height=${spec.height} viewBox="0 0 ${spec.width} ${spec.height}" aria-hidden="true">${axisLeft(y, plot, spec.formatValue)}${
    spec.xType === 'linear'
      ? axisBottomLinear(x, plot, spec.formatTime)
      : axisBottomTime(x, plot, spec.formatTime, spec.interval ?? 'month', model.xExtent ?? [0, 0])
  }${spec.band ? bandY(spec.band[0], spec.band[1], y, x0, x1) : null}${drawOrder(spec.series).map((i) => {
    const d = at(drawn, i);
    if (!d.xs.length) return null;
    const from = at(spec.series, i).projectedFrom;
    const style = seriesStyle(at(spec.series, i), i);
    if (from === undefined || !d.index || at(d.index, d.index.length - 1) < from) {
      return lineMark(linePathData(d.xs, d.ys, x, y), style.color, style.dash, style.className);
    }
    // Split the drawn columns at the first projected point; the dashed part starts at the last actual point.
    let k = 0;
    while (k < d.index.length && at(d.index, k) < from) k++;
    const start = Math.max(0, k - 1);
    const n = d.xs.length;
    const last = n - 1;
    return svg`${k > 0 ? lineMark(linePathData(d.xs.subarray(0, k), d.ys.subarray(0, k), x, y), style.color, style.dash, style.className) : null}${lineMark(
      linePathData(d.xs.subarray(start), d.ys.subarray(start), x, y),
      style.color,
      '4 4',
      `${style.className} projected`,
    )}${Number.isFinite(at(d.ys, last)) ? projectionLabel(x(at(d.xs, last)), y(at(d.ys, last))) : null}`;
  })}${target()}${
    focus && focused && focusValue !== undefined && Number.isFinite(focusValue)
      ? focusDot(x(at(focused.xs, focus.index)), y(focusValue), seriesStyle(focused, focus.series).color)
      : null
  }</svg>`;
}
