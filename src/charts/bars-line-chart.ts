import { svg, type SVGTemplateResult } from 'lit';
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from '../render/scale.js';
import { axisLeft } from '../render/axis.js';
import { axisBottomBand, axisRight } from '../render/axis-band.js';
import { barColor, barMark, focusRect } from '../render/bars.js';
import { labelWidth, plotArea, type PlotArea } from '../render/layout.js';
import { focusDot, lineMark, linePathData } from '../render/marks.js';
import { finiteExtent, valueScale } from '../render/scales.js';
import { at } from '../model/at.js';

/** One stacked bar series: a value per category (NaN or 0 = no segment). */
export interface BarStack {
  key: string;
  label: string;
  values: Float64Array;
}

/** A line drawn over the bars on its own (right) axis: a value per category (NaN = gap). */
export interface OverLine {
  key: string;
  label: string;
  values: Float64Array;
}

/** Everything a stacked-bars-and-line chart draws; pure data, no DOM. */
export interface BarsLineSpec {
  width: number;
  height: number;
  /** Band keys along x, in order (e.g. periods). */
  categories: readonly string[];
  /** Label of a category on the x axis. */
  formatCategory: (key: string) => string;
  /** Stacked from the bottom in this order. */
  stacks: readonly BarStack[];
  /** Keys of stacks toggled off in the legend. */
  hidden?: ReadonlySet<string>;
  /** Smallest top of the bars' axis (e.g. 1 for counts, so an all-zero chart does not tick 0, 0, 0). */
  minTop?: number;
  /** Tick label of the bars' (left) axis. */
  formatValue: (v: number) => string;
  /** Optional line over the bars on the right axis. */
  line?: OverLine | null;
  /** Tick label of the line's (right) axis. */
  formatLine?: (v: number) => string;
  /** Per category: draw a warning marker above the bar (e.g. a missed target); omitted when bands are under 10 px. */
  flags?: readonly boolean[];
  /** Focused segment: `series` indexes `stacks`, or equals `stacks.length` for the line point. */
  focus?: { series: number; index: number } | null;
}

/** Scales and stack geometry of a bars-and-line chart, computed once per data or size change. */
export interface BarsLineModel {
  plot: PlotArea;
  x: ScaleBand<string>;
  /** Category index → centre of its band (for the line and tooltips). */
  xi: ScaleLinear;
  y: ScaleLinear;
  y2: ScaleLinear | null;
  /** Per stack, per category: the segment's lower and upper value (`[y0, y1]`); hidden stacks are NaN. */
  lower: Float64Array[];
  upper: Float64Array[];
}

/**
 * Lays out the chart: stacks the visible series per category (bottom to top in `stacks` order),
 * a value scale from 0 to the highest stack, a band scale over the categories, and, for the line, a
 * second value scale whose tick labels get their own right margin.
 */
export function barsLineModel(spec: BarsLineSpec): BarsLineModel {
  const hidden = spec.hidden ?? new Set<string>();
  const n = spec.categories.length;
  const tops = new Float64Array(n);
  const lower: Float64Array[] = [];
  const upper: Float64Array[] = [];
  for (const s of spec.stacks) {
    const lo = new Float64Array(n).fill(NaN);
    const hi = new Float64Array(n).fill(NaN);
    if (!hidden.has(s.key)) {
      for (let i = 0; i < n; i++) {
        const v = s.values[i] ?? NaN; // a stack may have fewer values than categories: no bar there
        lo[i] = at(tops, i);
        if (Number.isFinite(v) && v > 0) tops[i] = at(tops, i) + v;
        hi[i] = at(tops, i);
      }
    }
    lower.push(lo);
    upper.push(hi);
  }
  const yExtent = finiteExtent([tops]);
  const lineExtent = spec.line ? finiteExtent([spec.line.values]) : null;
  const formatLine = spec.formatLine ?? String;
  const probe = plotArea(spec.width, spec.height, []);
  const extra = [spec.minTop ?? NaN];
  const leftLabels = valueScale(yExtent, probe, extra).ticks(5).map(spec.formatValue);
  const rightLabels = spec.line ? valueScale(lineExtent, probe).ticks(5).map(formatLine) : [];
  const right = spec.line ? Math.ceil(Math.max(0, ...rightLabels.map(labelWidth))) + 4 : 0;
  const base = plotArea(spec.width, spec.height, leftLabels);
  const plot: PlotArea = { ...base, width: Math.max(0, base.width - right) };
  const y = valueScale(yExtent, plot, extra);
  const y2 = spec.line ? valueScale(lineExtent, plot) : null;
  const x = scaleBand<string>()
    .domain(spec.categories)
    .range([plot.left, plot.left + plot.width])
    .paddingInner(n > 60 ? 0.05 : 0.2)
    .paddingOuter(0.1);
  const c0 = (x(spec.categories[0] ?? '') ?? plot.left) + x.bandwidth() / 2;
  const xi = scaleLinear()
    .domain([0, Math.max(1, n - 1)])
    .range([c0, c0 + x.step() * Math.max(1, n - 1)]);
  return { plot, x, xi, y, y2, lower, upper };
}

/** Geometry of one stack segment in CSS px (`height` 0 when there is none). */
export function segmentBox(spec: BarsLineSpec, model: BarsLineModel, series: number, index: number) {
  const key = at(spec.categories, index);
  const lo = model.lower[series]?.[index] ?? NaN;
  const hi = model.upper[series]?.[index] ?? NaN;
  const ok = Number.isFinite(lo) && Number.isFinite(hi);
  const y0 = ok ? model.y(lo) : model.plot.top + model.plot.height;
  const y1 = ok ? model.y(hi) : y0;
  return { x: model.x(key) ?? 0, y: y1, width: model.x.bandwidth(), height: Math.max(0, y0 - y1) };
}

/**
 * Stacked bars per category with an optional line on a second axis, as a lit `svg` template:
 * grid and left axis, band axis, one colour per stack (`barColor`), the line with its points and
 * right axis, warning markers for flagged categories, and the focused segment or point.
 */
export function barsLineChart(spec: BarsLineSpec, model: BarsLineModel = barsLineModel(spec)): SVGTemplateResult {
  const { plot, x, xi, y, y2 } = model;
  const hidden = spec.hidden ?? new Set<string>();
  const line = spec.line;
  const focus = spec.focus ?? null;
  const lineColor = 'var(--ck-line-color, currentColor)';
  const flagY = plot.top + 2;
  let focusMark: SVGTemplateResult | null = null;
  if (focus && focus.series < spec.stacks.length) {
    const b = segmentBox(spec, model, focus.series, focus.index);
    if (b.height > 0) focusMark = focusRect(b.x, b.y, b.width, b.height);
  } else if (focus && line && y2 && Number.isFinite(at(line.values, focus.index))) {
    focusMark = focusDot(xi(focus.index), y2(at(line.values, focus.index)), lineColor);
  }
  return svg`<svg xmlns="http://www.w3.org/2000/svg" class="chart" width=${spec.width} height=${spec.height} viewBox="0 0 ${spec.width} ${spec.height}" aria-hidden="true">${axisLeft(y, plot, spec.formatValue)}${axisBottomBand(x, plot, spec.formatCategory)}${
    line && y2 ? axisRight(y2, plot, spec.formatLine ?? String) : null
  }<g class="bars">${spec.stacks.map((s, si) =>
    hidden.has(s.key)
      ? null
      : spec.categories.map((_, i) => {
          const b = segmentBox(spec, model, si, i);
          return barMark(b.x, b.y, b.width, b.height, barColor(si));
        }),
  )}</g>${
    line && y2
      ? svg`${lineMark(
          linePathData(
            Float64Array.from(line.values, (_, i) => i),
            line.values,
            xi,
            y2,
          ),
          lineColor,
          '5 3',
          'line over',
        )}${
          spec.categories.length <= 60
            ? Array.from(line.values, (v, i) =>
                Number.isFinite(v)
                  ? svg`<circle class="point" cx=${Math.round(xi(i) * 100) / 100} cy=${Math.round(y2(v) * 100) / 100} r="3" fill=${lineColor}></circle>`
                  : null,
              )
            : null
        }`
      : null
  }${(x.step() >= 10 ? (spec.flags ?? []) : []).map((flag, i) =>
    flag && i < spec.categories.length
      ? svg`<text class="flag" x=${Math.round(xi(i) * 100) / 100} y=${Math.round(flagY * 100) / 100} dy="0.7em" text-anchor="middle">⚠</text>`
      : null,
  )}${focusMark}</svg>`;
}
