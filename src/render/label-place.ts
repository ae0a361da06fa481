/**
 * Placement of chart annotations (a target line's label, a projection label) where they cross no mark
 * and no other label: each candidate position is scored by how many line segments and placed labels
 * its box touches, and the first with the lowest score wins. Pure geometry in pixels.
 */
import { labelWidth } from './layout.js';
import { at } from '../model/at.js';

/** An axis-aligned box in pixels. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A label position: where its text is anchored and the box the text covers. */
export interface LabelSpot {
  x: number;
  /** Baseline of the text. */
  y: number;
  anchor: 'start' | 'end';
  box: Box;
}

/** A polyline in pixels: consecutive points joined; NaN breaks it. */
export interface Polyline {
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
}

const FONT = 12;

/** The spot of `text` anchored at (`x`, baseline `y`), with a 2 px margin around its box. */
export function labelSpot(text: string, x: number, y: number, anchor: 'start' | 'end'): LabelSpot {
  const w = labelWidth(text);
  const x0 = anchor === 'end' ? x - w : x;
  return { x, y, anchor, box: { x0: x0 - 2, x1: x0 + w + 2, y0: y - FONT + 1 - 2, y1: y + 3 + 2 } };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Whether the segment (ax, ay)–(bx, by) passes through `box`. */
function segmentHits(box: Box, ax: number, ay: number, bx: number, by: number): boolean {
  const lo = Math.max(Math.min(ax, bx), box.x0);
  const hi = Math.min(Math.max(ax, bx), box.x1);
  if (lo > hi) return false;
  const yAt = (x: number) => (bx === ax ? ay : ay + ((by - ay) * (x - ax)) / (bx - ax));
  const y0 = bx === ax ? Math.min(ay, by) : Math.min(yAt(lo), yAt(hi));
  const y1 = bx === ax ? Math.max(ay, by) : Math.max(yAt(lo), yAt(hi));
  return y0 <= box.y1 && y1 >= box.y0;
}

/** How many segments of `lines` (and single points) and how many `labels` the box touches. */
export function collisions(box: Box, lines: readonly Polyline[], labels: readonly Box[] = []): number {
  let n = 0;
  for (const l of labels) if (overlaps(box, l)) n++;
  for (const { xs, ys } of lines) {
    for (let i = 0; i < xs.length; i++) {
      const ax = at(xs, i);
      const ay = at(ys, i);
      if (!Number.isFinite(ay)) continue;
      const bx = xs[i + 1];
      const by = ys[i + 1];
      const alone = bx === undefined || by === undefined || !Number.isFinite(by);
      if (
        alone
          ? (!i || !Number.isFinite(at(ys, i - 1))) && ax >= box.x0 && ax <= box.x1 && ay >= box.y0 && ay <= box.y1
          : segmentHits(box, ax, ay, bx, by)
      )
        n++;
    }
  }
  return n;
}

/**
 * The candidate touching the fewest segments and labels (the earliest on ties); one that leaves
 * `bounds` (the plot, so that it meets no axis label) counts as touching everything.
 */
export function bestSpot(
  candidates: readonly LabelSpot[],
  lines: readonly Polyline[],
  labels: readonly Box[] = [],
  bounds?: Box,
): LabelSpot {
  let best = at(candidates, 0);
  let score = Infinity;
  for (const c of candidates) {
    const outside =
      bounds && (c.box.x0 < bounds.x0 || c.box.x1 > bounds.x1 || c.box.y0 < bounds.y0 || c.box.y1 > bounds.y1);
    const s = outside ? 1e9 : collisions(c.box, lines, labels);
    if (s < score) {
      best = c;
      score = s;
      if (!s) break;
    }
  }
  return best;
}
