import { scaleLinear, type ScaleLinear } from './scale.js';
import type { PlotArea } from './layout.js';
import { at } from '../model/at.js';

/** Extent of finite values over several columns, ignoring NaN gaps; `null` when there is none. */
export function finiteExtent(columns: readonly ArrayLike<number>[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const col of columns) {
    for (let i = 0; i < col.length; i++) {
      const v = at(col, i);
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/**
 * Time scale over `[x0, x1]` (epoch ms) onto the plot's width; one instant gets a one-day domain.
 * A linear scale on epoch milliseconds: ticks come from `timeTicks` (period boundaries of the data's
 * interval) and labels from `Intl`, which keeps d3-time-format's locale tables out of the bundle.
 */
export function timeScale(domain: [number, number], plot: PlotArea): ScaleLinear {
  return horizontalScale(domain, plot, 864e5);
}

/** Linear scale over `[x0, x1]` onto the plot's width; a single value gets the domain `x0 ± pad`. */
export function horizontalScale(domain: [number, number], plot: PlotArea, pad: number): ScaleLinear {
  const [a, b] = domain[0] === domain[1] ? [domain[0] - pad, domain[1] + pad] : domain;
  return scaleLinear()
    .domain([a, b])
    .range([plot.left, plot.left + plot.width]);
}

/**
 * Linear value scale for rates or amounts from 0 (or the minimum, when negative) to a nice maximum
 * that includes `extra` values such as a target line.
 */
export function valueScale(
  extent: [number, number] | null,
  plot: PlotArea,
  extra: readonly number[] = [],
): ScaleLinear {
  const values = [0, ...(extent ?? []), ...extra.filter(Number.isFinite)];
  const lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi === lo) hi = lo + (lo === 0 ? 0.01 : Math.abs(lo) * 0.1);
  return scaleLinear()
    .domain([lo, hi])
    .nice(5)
    .range([plot.top + plot.height, plot.top]);
}
