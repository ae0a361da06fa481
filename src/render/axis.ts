import { svg, type SVGTemplateResult } from 'lit';
import type { ScaleLinear } from './scale.js';
import { utcTicks } from 'd3-time';
import type { PlotArea } from './layout.js';

const r = (v: number) => Math.round(v * 100) / 100;

/**
 * Left value axis with horizontal grid lines across the plot; axes are marks drawn from the same
 * scale as the data (`part="axis"`). `format` writes the tick labels.
 */
export function axisLeft(
  y: ScaleLinear,
  plot: PlotArea,
  format: (v: number) => string,
  count = 5,
): SVGTemplateResult {
  const ticks = y.ticks(Math.max(2, Math.min(count, Math.floor(plot.height / 28))));
  return svg`<g part="axis" class="axis axis-y" aria-hidden="true">${ticks.map(
    (t) => svg`<line class="grid" x1=${r(plot.left)} x2=${r(plot.left + plot.width)} y1=${r(y(t))} y2=${r(y(t))}></line><text x=${r(plot.left - 6)} y=${r(y(t))} dy="0.32em" text-anchor="end">${format(t)}</text>`,
  )}</g>`;
}

/** Bottom time axis with ticks spaced for the width (about one label per 80 px). */
export function axisBottomTime(
  x: ScaleLinear,
  plot: PlotArea,
  format: (time: number) => string,
): SVGTemplateResult {
  const [d0, d1] = x.domain() as [number, number];
  const ticks = utcTicks(new Date(d0), new Date(d1), Math.max(2, Math.floor(plot.width / 80)));
  const yBase = plot.top + plot.height;
  return svg`<g part="axis" class="axis axis-x" aria-hidden="true"><line class="domain" x1=${r(plot.left)} x2=${r(plot.left + plot.width)} y1=${r(yBase)} y2=${r(yBase)}></line>${ticks.map(
    (t) => svg`<line class="tick" x1=${r(x(+t))} x2=${r(x(+t))} y1=${r(yBase)} y2=${r(yBase + 4)}></line><text x=${r(x(+t))} y=${r(yBase + 16)} text-anchor="middle">${format(+t)}</text>`,
  )}</g>`;
}
