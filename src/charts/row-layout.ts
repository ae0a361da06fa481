/** Layout pieces of the charts of labelled rows (horizontal bars, intervals): the label column and the row bands. */
import { truncateLabel } from '../render/axis-band.js';
import { labelWidth, type PlotArea } from '../render/layout.js';
import { scaleBand, type ScaleBand, type ScaleLinear } from '../render/scale.js';

/** Scales and areas of a chart of rows: a linear x, one band per row down the plot. */
export interface RowChartModel {
  height: number;
  plot: PlotArea;
  x: ScaleLinear;
  y: ScaleBand<string>;
  labelWidth: number;
}

/**
 * The label column of a chart of `items` drawn `spec.width` px wide: labels are cut at `max` px (the spec's
 * `maxLabelWidth`, default 140, but no more than `share` of the width and no less than 40); `width` is the
 * widest cut label, rounded up.
 */
export function rowLabelColumn(
  items: readonly { label: string }[],
  spec: { width: number; maxLabelWidth?: number },
  share: number,
): { max: number; width: number } {
  const max = Math.min(spec.maxLabelWidth ?? 140, Math.max(40, spec.width * share));
  return { max, width: Math.ceil(Math.max(0, ...items.map((d) => labelWidth(truncateLabel(d.label, max))))) };
}

/** One band per item's key down the plot, with the given inner and outer padding. */
export function rowBands(
  items: readonly { key: string }[],
  plot: PlotArea,
  inner: number,
  outer: number,
): ScaleBand<string> {
  return scaleBand<string>()
    .domain(items.map((d) => d.key))
    .range([plot.top, plot.top + plot.height])
    .paddingInner(inner)
    .paddingOuter(outer);
}
