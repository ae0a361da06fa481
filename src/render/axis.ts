import { svg, type SVGTemplateResult } from 'lit';
import type { ScaleLinear } from './scale.js';
import type { Interval } from '../model/metrics.js';
import { labelWidth, type PlotArea } from './layout.js';
import { timeTicks, type TickUnit } from './time-ticks.js';

const r = (v: number) => Math.round(v * 100) / 100;

/**
 * Left value axis with horizontal grid lines across the plot; axes are marks drawn from the same
 * scale as the data (`part="axis"`). `format` writes the tick labels.
 */
export function axisLeft(y: ScaleLinear, plot: PlotArea, format: (v: number) => string, count = 5): SVGTemplateResult {
  const ticks = y.ticks(Math.max(2, Math.min(count, Math.floor(plot.height / 28))));
  return svg`<g part="axis" class="axis axis-y" aria-hidden="true">${ticks.map(
    (t) =>
      svg`<line class="grid" x1=${r(plot.left)} x2=${r(plot.left + plot.width)} y1=${r(y(t))} y2=${r(y(t))}></line><text x=${r(plot.left - 6)} y=${r(y(t))} dy="0.32em" text-anchor="end">${format(t)}</text>`,
  )}</g>`;
}

/** A tick of a time axis placed on the chart: its position, label and how the label is anchored. */
export interface PlacedTick {
  /** Position of the tick mark (px). */
  px: number;
  label: string;
  /** Where the label's anchor is (px): the tick, or inside the chart's edge at the ends. */
  textX: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * The ticks of a time axis as drawn: on period boundaries of the data's `interval` (`timeTicks`),
 * about one label per 80 px, the first and last periods labelled when they fit, labels at the ends
 * anchored inside the chart (the right margin is 16 px).
 */
export function placeTimeTicks(
  x: ScaleLinear,
  plot: PlotArea,
  format: (time: number, unit: TickUnit) => string,
  interval: Interval,
  extent: readonly [number, number],
): PlacedTick[] {
  const right = plot.left + plot.width + 16;
  const placed = timeTicks(extent[0], extent[1], interval, plot.width).map(
    (t): PlacedTick & { box: [number, number] } => {
      const label = format(t.time, t.unit);
      const px = x(t.time);
      const w = labelWidth(label);
      const anchor = px + w / 2 > right ? 'end' : px - w / 2 < 0 ? 'start' : 'middle';
      const textX = anchor === 'end' ? Math.min(px + 4, right) : px;
      const left = anchor === 'start' ? textX : anchor === 'end' ? textX - w : textX - w / 2;
      return { px, label, anchor, textX, box: [left, left + w] };
    },
  );
  // Labels must not overlap: the first and last stay, an interior label that would touch a kept one goes.
  const gap = 6;
  const last = placed[placed.length - 1];
  const kept: typeof placed = [];
  for (const t of placed) {
    const prev = kept[kept.length - 1];
    const clearsPrev = !prev || t.box[0] >= prev.box[1] + gap;
    const clearsLast = t === last || !last || t.box[1] + gap <= last.box[0];
    // Interior labels were kept only when clear of the last, so the last fails only against the first.
    if (t === placed[0] || (clearsPrev && clearsLast)) kept.push(t);
  }
  return kept.map(({ box: _box, ...t }) => t);
}

/** Bottom time axis: the ticks of `placeTimeTicks` (same arguments) as marks (`part="axis"`). */
export function axisBottomTime(...args: Parameters<typeof placeTimeTicks>): SVGTemplateResult {
  const plot = args[1];
  const ticks = placeTimeTicks(...args);
  const yBase = plot.top + plot.height;
  return svg`<g part="axis" class="axis axis-x" aria-hidden="true"><line class="domain" x1=${r(plot.left)} x2=${r(plot.left + plot.width)} y1=${r(yBase)} y2=${r(yBase)}></line>${ticks.map(
    (t) =>
      svg`<line class="tick" x1=${r(t.px)} x2=${r(t.px)} y1=${r(yBase)} y2=${r(yBase + 4)}></line><text x=${r(t.textX)} y=${r(yBase + 16)} text-anchor=${t.anchor}>${t.label}</text>`,
  )}</g>`;
}
