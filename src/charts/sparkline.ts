import { svg, type SVGTemplateResult } from 'lit';
import { scaleLinear } from '../render/scale.js';
import { downsample } from '../kpi/downsample.js';
import { linePathData } from '../render/marks.js';
import { finiteExtent } from '../render/scales.js';

const r = (v: number) => Math.round(v * 100) / 100;

/** A sparkline: one unlabelled line of values at equal steps (typed array, NaN = gap). */
export interface SparklineSpec {
  width: number;
  height: number;
  values: ArrayLike<number>;
  /** Target value drawn as a faint rule when inside the drawn range or `includeTarget`. */
  target?: number | null;
  /** Index of the focused point (keyboard or pointer), drawn as a dot. Default: the last point. */
  focus?: number | null;
}

/**
 * A sparkline as a lit `svg` template (`part="mark"`): the line from the values (reduced to the width
 * with `downsample`), the target as a dashed rule, and a dot on the focused (or last) point.
 * The value axis spans the data and the target, not zero: a sparkline shows the shape of the trend.
 */
export function sparkline(spec: SparklineSpec): SVGTemplateResult {
  const { width, height } = spec;
  const n = spec.values.length;
  const pad = 4;
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = i;
  const ys = Float64Array.from(spec.values);
  const extent = finiteExtent([ys, spec.target != null ? [spec.target] : []]);
  const [lo, hi] = extent ?? [0, 1];
  const y = scaleLinear()
    .domain(lo === hi ? [lo - (Math.abs(lo) || 1) * 0.1, hi + (Math.abs(hi) || 1) * 0.1] : [lo, hi])
    .range([height - pad, pad]);
  const x = scaleLinear()
    .domain(n > 1 ? [0, n - 1] : [-1, 1])
    .range([pad, Math.max(pad, width - pad)]);
  const d = downsample(xs, ys, Math.max(1, Math.round(width - 2 * pad)));
  const focus = spec.focus ?? (n ? n - 1 : null);
  const fy = focus !== null ? ys[focus] : undefined;
  return svg`<svg xmlns="http://www.w3.org/2000/svg" class="sparkline" width=${width} height=${height} viewBox="0 0 ${width} ${height}" aria-hidden="true">${
    spec.target != null && Number.isFinite(spec.target)
      ? svg`<line part="mark" class="spark-target" x1=${pad} x2=${r(width - pad)} y1=${r(y(spec.target))} y2=${r(y(spec.target))}></line>`
      : null
  }${n ? svg`<path part="mark" class="spark-line" d=${linePathData(d.xs, d.ys, x, y)} fill="none"></path>` : null}${
    fy !== undefined && Number.isFinite(fy)
      ? svg`<circle class="spark-dot" cx=${r(x(focus ?? 0))} cy=${r(y(fy))} r="3"></circle>`
      : null
  }</svg>`;
}
