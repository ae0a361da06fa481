import { svg, type SVGTemplateResult } from 'lit';
import type { ScaleLinear } from './scale.js';
import { labelSpot, type LabelSpot } from './label-place.js';
import { labelWidth } from './layout.js';

const r = (v: number) => Math.round(v * 100) / 100;

/**
 * SVG path data for a column pair; NaN values break the line (gaps stay gaps).
 * Coordinates are rounded to 2 decimals so snapshots are stable. The same string as d3-shape's
 * `line().defined(finite y).digits(2)` (a point alone between gaps is `M…Z`), built in one loop over the
 * columns: no index array, no accessor calls per point.
 */
export function linePathData(xs: ArrayLike<number>, ys: ArrayLike<number>, x: ScaleLinear, y: ScaleLinear): string {
  let d = '';
  let run = 0; // points in the current segment
  for (let i = 0; i < xs.length; i++) {
    const v = ys[i] ?? NaN;
    if (!Number.isFinite(v)) {
      if (run === 1) d += 'Z';
      run = 0;
      continue;
    }
    d += `${run ? 'L' : 'M'}${Math.round(x(xs[i] ?? NaN) * 100) / 100},${Math.round(y(v) * 100) / 100}`;
    run++;
  }
  return run === 1 ? d + 'Z' : d;
}

/** One line mark: `part="mark"`, colour and dash from the series index. */
export function lineMark(d: string, color: string, dash: string, className = 'line'): SVGTemplateResult {
  return svg`<path part="mark" class=${className} d=${d} fill="none" stroke=${color} stroke-dasharray=${dash || 'none'}></path>`;
}

/**
 * A horizontal rule across the plot (target line) with its label at `spot` (default: above its right
 * end); `targetSpots` lists the places a caller may choose from so that the label crosses no mark.
 */
export function ruleY(
  value: number,
  y: ScaleLinear,
  x0: number,
  x1: number,
  label: string,
  spot: Pick<LabelSpot, 'x' | 'y' | 'anchor'> = { x: x1, y: y(value) - 4, anchor: 'end' },
): SVGTemplateResult {
  const yy = r(y(value));
  return svg`<g part="mark" class="rule"><line x1=${r(x0)} x2=${r(x1)} y1=${yy} y2=${yy}></line><text x=${r(spot.x)} y=${r(spot.y)} text-anchor=${spot.anchor}>${label}</text></g>`;
}

/** Where a target rule's label may go, best first: above or below the rule, at its right end, its left end, its middle. */
export function targetSpots(label: string, ry: number, x0: number, x1: number): LabelSpot[] {
  const mid = (x0 + x1) / 2 + labelWidth(label) / 2;
  return [x1, x0 + 4, mid].flatMap((x) => {
    const anchor = x === x0 + 4 ? 'start' : 'end';
    return [labelSpot(label, x, ry - 4, anchor), labelSpot(label, x, ry + 14, anchor)];
  });
}

/** A horizontal band between two values (tolerance band). */
export function bandY(lo: number, hi: number, y: ScaleLinear, x0: number, x1: number): SVGTemplateResult {
  const top = r(Math.min(y(lo), y(hi)));
  return svg`<rect part="mark" class="band" x=${r(x0)} y=${top} width=${r(x1 - x0)} height=${r(Math.abs(y(lo) - y(hi)))}></rect>`;
}

/** A focus ring around the point a keyboard or pointer user is on. */
export function focusDot(cx: number, cy: number, color: string): SVGTemplateResult {
  return svg`<circle class="focus" cx=${r(cx)} cy=${r(cy)} r="5" fill=${color}></circle><circle class="focus-ring" cx=${r(cx)} cy=${r(cy)} r="8" fill="none"></circle>`;
}
