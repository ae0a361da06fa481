import { svg, type SVGTemplateResult } from 'lit';
import type { ScaleLinear } from './scale.js';
import { horizontalScale } from './scales.js';
import type { PlotArea } from './layout.js';

const r = (v: number) => Math.round(v * 100) / 100;

/**
 * Linear x scale over `[x0, x1]` onto the plot's width (months on book, months since charge-off);
 * a single value gets a domain of ±1 around it.
 */
export function linearXScale(domain: [number, number], plot: PlotArea): ScaleLinear {
  return horizontalScale(domain, plot, 1);
}

/**
 * Bottom axis of a linear x scale with about one label per 60 px; `integer` keeps whole-number
 * ticks only (counts of months). Same marks and classes as the time axis (`part="axis"`).
 */
export function axisBottomLinear(
  x: ScaleLinear,
  plot: PlotArea,
  format: (v: number) => string,
  integer = true,
): SVGTemplateResult {
  const ticks = x.ticks(Math.max(2, Math.floor(plot.width / 60))).filter((t) => !integer || Number.isInteger(t));
  const yBase = plot.top + plot.height;
  return svg`<g part="axis" class="axis axis-x" aria-hidden="true"><line class="domain" x1=${r(plot.left)} x2=${r(plot.left + plot.width)} y1=${r(yBase)} y2=${r(yBase)}></line>${ticks.map(
    (t) =>
      svg`<line class="tick" x1=${r(x(t))} x2=${r(x(t))} y1=${r(yBase)} y2=${r(yBase + 4)}></line><text x=${r(x(t))} y=${r(yBase + 16)} text-anchor="middle">${format(t)}</text>`,
  )}</g>`;
}
