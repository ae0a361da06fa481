import { svg, type SVGTemplateResult } from 'lit';
import { scaleLinear } from '../render/scale.js';
import { axisLeftBand } from '../render/axis-band.js';
import { barColor, barMark, focusRect } from '../render/bars.js';
import { labelWidth, type PlotArea } from '../render/layout.js';
import { at } from '../model/at.js';
import { rowBands, rowLabelColumn, type RowChartModel } from './row-layout.js';

const r = (v: number) => Math.round(v * 100) / 100;

/** One horizontal bar: a label and a value (NaN = no value, shown as a dash). */
export interface HBarItem {
  key: string;
  label: string;
  value: number;
  /** Drawn muted (class `flagged`) and marked "⚠" in text (e.g. a denominator too small to trust). */
  flagged?: boolean;
  /** Colour index of this bar (`barColor`), overriding the chart's. */
  colorIndex?: number;
  /** Text at the bar end instead of `formatValue(value)` (e.g. "0.25% (12)"). */
  text?: string;
}

/** The text written at the end of a bar. */
function valueText(d: HBarItem, format: (v: number) => string): string {
  return `${d.text ?? (Number.isFinite(d.value) ? format(d.value) : '–')}${d.flagged ? ' ⚠' : ''}`;
}

/** Everything a horizontal bar chart draws; pure data, no DOM. */
export interface HBarSpec {
  width: number;
  items: readonly HBarItem[];
  /** Text at the end of each bar. */
  formatValue: (v: number) => string;
  /** Height of one bar row in CSS px (default 22). */
  rowHeight?: number;
  /** Longest label before it is shortened with "…" (default 140 px, at most 40 % of the width). */
  maxLabelWidth?: number;
  /** Colour index of every bar (`barColor`); by default each bar its own colour. */
  colorIndex?: number;
  /** Index into `items` of the focused bar. */
  focus?: number | null;
}

/** Scales of a horizontal bar chart. */
export type HBarModel = RowChartModel;

/** The chart's height follows the number of bars: `rowHeight` each plus 8 px. */
export function hbarHeight(spec: Pick<HBarSpec, 'items' | 'rowHeight'>): number {
  return spec.items.length * (spec.rowHeight ?? 22) + 8;
}

/**
 * Lays out horizontal bars: labels on the left (shortened beyond `maxLabelWidth`), value labels at
 * the bar ends (their width reserved on the right), a linear scale from 0 to the largest value.
 */
export function hbarModel(spec: HBarSpec): HBarModel {
  const height = hbarHeight(spec);
  const labels = rowLabelColumn(spec.items, spec, 0.4);
  const valueW = Math.ceil(Math.max(0, ...spec.items.map((d) => labelWidth(valueText(d, spec.formatValue)))));
  const left = labels.width + 10;
  const plot: PlotArea = {
    left,
    top: 4,
    width: Math.max(0, spec.width - left - valueW - 10),
    height: Math.max(0, height - 8),
  };
  let max = 0;
  for (const d of spec.items) if (Number.isFinite(d.value) && d.value > max) max = d.value;
  const x = scaleLinear()
    .domain([0, max || 1])
    .range([plot.left, plot.left + plot.width]);
  const y = rowBands(spec.items, plot, 0.25, 0.1);
  return { height, plot, x, y, labelWidth: labels.max };
}

/** Geometry of bar `i` in CSS px. */
export function hbarBox(spec: HBarSpec, model: HBarModel, i: number) {
  const d = at(spec.items, i);
  const v = Number.isFinite(d.value) && d.value > 0 ? d.value : 0;
  const x0 = model.x(0);
  return { x: x0, y: model.y(d.key) ?? 0, width: model.x(v) - x0, height: model.y.bandwidth() };
}

/**
 * Horizontal bars as a lit `svg` template: label axis, one bar per item (muted when flagged), the
 * value written at the end of each bar, and the focused bar's outline.
 */
export function hbarChart(spec: HBarSpec, model: HBarModel = hbarModel(spec)): SVGTemplateResult {
  const labels = new Map(spec.items.map((d) => [d.key, d.label]));
  const focus = spec.focus ?? null;
  return svg`<svg xmlns="http://www.w3.org/2000/svg" class="chart hbar" width=${spec.width} height=${model.height} viewBox="0 0 ${spec.width} ${model.height}" aria-hidden="true">${axisLeftBand(
    model.y,
    model.plot,
    (key) => labels.get(key) ?? key,
    model.labelWidth,
  )}<line class="baseline" x1=${r(model.x(0))} x2=${r(model.x(0))} y1=${r(model.plot.top)} y2=${r(model.plot.top + model.plot.height)}></line>${spec.items.map(
    (d, i) => {
      const b = hbarBox(spec, model, i);
      const text = valueText(d, spec.formatValue);
      return svg`${barMark(b.x, b.y, b.width, b.height, barColor(d.colorIndex ?? spec.colorIndex ?? i), d.flagged)}<text class="value" x=${r(b.x + b.width + 4)} y=${r(b.y + b.height / 2)} dy="0.32em">${text}</text>`;
    },
  )}${
    focus !== null && spec.items[focus]
      ? (() => {
          const b = hbarBox(spec, model, focus);
          return focusRect(b.x, b.y, Math.max(2, b.width), b.height);
        })()
      : null
  }</svg>`;
}
