import { svg, type SVGTemplateResult } from 'lit';
import { axisBottomLinear } from '../render/axis-linear.js';
import { axisLeftBand } from '../render/axis-band.js';
import { focusRect } from '../render/bars.js';
import { labelWidth, type PlotArea } from '../render/layout.js';
import { scaleLinear } from '../render/scale.js';
import { rowBands, rowLabelColumn, type RowChartModel } from './row-layout.js';

const r = (v: number) => Math.round(v * 100) / 100;

/**
 * One row of an interval chart: an estimate with its interval (NaN = none drawn, e.g. an arm without
 * enough data), a status class (`better`, `worse`, `flagged`, `muted`…) and the text after the plot.
 */
export interface IntervalRow {
  key: string;
  label: string;
  estimate: number;
  low: number;
  high: number;
  /** Class on the row's marks, for colour (always paired with words in `text`). */
  status: string;
  /** Text right of the plot, e.g. "+2.9 pp ✓ better". */
  text: string;
  /** Stroke and fill of the marks (a `var(--ck-series-N, …)` colour or `currentColor`). */
  color: string;
  /** A value to compare the estimate with (e.g. the band's prediction), drawn as a hollow diamond. */
  target?: number;
}

/** Everything an interval (forest) chart draws; pure data, no DOM. */
export interface IntervalSpec {
  width: number;
  rows: readonly IntervalRow[];
  /** Formats axis ticks. */
  formatTick: (v: number) => string;
  /** Vertical reference line (0 for differences, the champion's rate, a prediction…); null for none. */
  reference: number | null;
  /** Values the x domain must include besides the intervals (e.g. 0). */
  include?: readonly number[];
  /** Limits of the x domain after padding (e.g. [0, 1] for rates), so the axis never shows impossible values. */
  bounds?: readonly [number, number];
  /** Height of one row in CSS px (default 28). */
  rowHeight?: number;
  /** Longest label before "…" (default 140 px, at most 35 % of the width). */
  maxLabelWidth?: number;
  /** Index into `rows` of the focused row. */
  focus?: number | null;
}

/** Scales and areas of an interval chart. */
export type IntervalModel = RowChartModel;

/** Height: `rowHeight` per row plus the axis. */
export function intervalHeight(spec: Pick<IntervalSpec, 'rows' | 'rowHeight'>): number {
  return spec.rows.length * (spec.rowHeight ?? 28) + 36;
}

/**
 * Lays out the chart: labels left, row texts right (their width reserved), a linear x scale over every
 * interval end, estimate, reference and `include` value, padded by 5 % and niced.
 */
export function intervalModel(spec: IntervalSpec): IntervalModel {
  const height = intervalHeight(spec);
  const labels = rowLabelColumn(spec.rows, spec, 0.35);
  const textW = Math.ceil(Math.max(0, ...spec.rows.map((d) => labelWidth(d.text))));
  const left = labels.width + 10;
  const right = Math.min(textW + 12, Math.max(0, spec.width * 0.45));
  const plot: PlotArea = {
    left,
    top: 6,
    width: Math.max(0, spec.width - left - right - 8),
    height: Math.max(0, height - 36),
  };
  const values = [...(spec.include ?? []), ...(spec.reference === null ? [] : [spec.reference])];
  for (const d of spec.rows)
    for (const v of [d.low, d.high, d.estimate, d.target ?? NaN]) if (Number.isFinite(v)) values.push(v);
  let lo = values.length ? Math.min(...values) : 0;
  let hi = values.length ? Math.max(...values) : 1;
  if (lo === hi) [lo, hi] = [lo - 0.01, hi + 0.01];
  const pad = (hi - lo) * 0.05;
  const [min, max] = spec.bounds ?? [-Infinity, Infinity];
  const x = scaleLinear()
    .domain([Math.max(min, lo - pad), Math.min(max, hi + pad)])
    .range([plot.left, plot.left + plot.width])
    .nice();
  const y = rowBands(spec.rows, plot, 0.3, 0.15);
  return { height, plot, x, y, labelWidth: labels.max };
}

/** Centre y of row `i` in CSS px. */
export function intervalRowY(spec: IntervalSpec, model: IntervalModel, i: number): number {
  const d = spec.rows[i];
  return (d ? (model.y(d.key) ?? 0) : 0) + model.y.bandwidth() / 2;
}

/** Index of the row whose band holds `y` (CSS px in the chart), or -1. */
export function intervalRowAt(spec: IntervalSpec, model: IntervalModel, y: number): number {
  const half = model.y.step() / 2;
  return spec.rows.findIndex((_, i) => Math.abs(intervalRowY(spec, model, i) - y) <= half);
}

/**
 * An interval (forest) chart as a lit `svg` template: one row per item with its interval as a line with
 * end caps and its estimate as a dot (class `mark <status>`), an optional target as a hollow diamond, a dashed reference line, the row's text
 * after the plot, a bottom axis, and the focused row's outline. Rows without an interval draw only text.
 */
export function intervalChart(spec: IntervalSpec, model: IntervalModel = intervalModel(spec)): SVGTemplateResult {
  const labels = new Map(spec.rows.map((d) => [d.key, d.label]));
  const { plot, x } = model;
  const band = model.y.bandwidth();
  const textX = plot.left + plot.width + 8;
  const focus = spec.focus ?? null;
  return svg`<svg xmlns="http://www.w3.org/2000/svg" class="chart interval" width=${spec.width} height=${model.height} viewBox="0 0 ${spec.width} ${model.height}" aria-hidden="true">${axisLeftBand(
    model.y,
    plot,
    (key) => labels.get(key) ?? key,
    model.labelWidth,
  )}${axisBottomLinear(x, plot, spec.formatTick, false)}${
    spec.reference === null
      ? null
      : svg`<line class="reference" stroke="currentColor" stroke-dasharray="4 4" x1=${r(x(spec.reference))} x2=${r(x(spec.reference))} y1=${r(plot.top)} y2=${r(plot.top + plot.height)}></line>`
  }${spec.rows.map((d, i) => {
    const cy = intervalRowY(spec, model, i);
    const drawn = Number.isFinite(d.low) && Number.isFinite(d.high);
    const cap = Math.min(6, band / 2);
    return svg`<g class=${`row ${d.status}`}>${
      drawn
        ? svg`<line part="mark" class=${`interval ${d.status}`} stroke=${d.color} stroke-width="2" x1=${r(x(d.low))} x2=${r(x(d.high))} y1=${r(cy)} y2=${r(cy)}></line><line class=${`cap ${d.status}`} stroke=${d.color} x1=${r(x(d.low))} x2=${r(x(d.low))} y1=${r(cy - cap)} y2=${r(cy + cap)}></line><line class=${`cap ${d.status}`} stroke=${d.color} x1=${r(x(d.high))} x2=${r(x(d.high))} y1=${r(cy - cap)} y2=${r(cy + cap)}></line>`
        : null
    }${d.target !== undefined && Number.isFinite(d.target) ? svg`<path class="target" fill="none" stroke="currentColor" d=${`M${r(x(d.target))},${r(cy - 5)}l5,5l-5,5l-5,-5z`}></path>` : null}${Number.isFinite(d.estimate) ? svg`<circle part="mark" class=${`estimate ${d.status}`} fill=${d.color} cx=${r(x(d.estimate))} cy=${r(cy)} r="4"></circle>` : null}<text class="value" fill="currentColor" x=${r(textX)} y=${r(cy)} dy="0.32em">${d.text}</text></g>`;
  })}${
    focus !== null && spec.rows[focus]
      ? (() => {
          const cy = intervalRowY(spec, model, focus);
          return focusRect(plot.left, cy - band / 2, plot.width, band);
        })()
      : null
  }</svg>`;
}
