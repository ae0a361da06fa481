import { svg, type SVGTemplateResult } from 'lit';
import { heatmap, heatmapLayout, type HeatmapLayout, type HeatmapSpec } from './heatmap.js';

const r = (v: number) => Math.round(v * 100) / 100;

/** A note written in a cell instead of a value: attempts outside the calling window, or a suppressed rate. */
export interface CellNote {
  row: number;
  col: number;
  text: string;
  kind: 'breach' | 'suppressed';
}

/** A weekday × hour heatmap: the heatmap's spec, the calling window's columns and the cell notes. */
export interface HourHeatmapSpec extends HeatmapSpec {
  /** Columns [from, until) of the allowed calling hours, outlined; null draws no window. */
  window: { from: number; until: number } | null;
  notes: readonly CellNote[];
}

/**
 * The heatmap of `heatmap.ts` with the calling window outlined (class `window`, a dashed rectangle over its
 * hours on every day) and the cell notes written in their cells (`text.note.breach`, `text.note.suppressed`).
 */
export function hourHeatmap(spec: HourHeatmapSpec, layout: HeatmapLayout = heatmapLayout(spec)): SVGTemplateResult {
  const { left, top, cellWidth: cw, cellHeight: ch } = layout;
  const w = spec.window;
  return svg`<svg xmlns="http://www.w3.org/2000/svg" class="chart hour-heatmap" width=${spec.width} height=${spec.height} viewBox="0 0 ${spec.width} ${spec.height}" aria-hidden="true">${heatmap(spec, layout)}${
    w
      ? svg`<rect class="window" x=${r(left + w.from * cw)} y=${r(top - 1)} width=${r((w.until - w.from) * cw)} height=${r(spec.rows.length * ch + 2)} fill="none"></rect>`
      : null
  }<g class="notes">${spec.notes.map(
    (n) =>
      svg`<text class=${`note ${n.kind}`} x=${r(left + (n.col + 0.5) * cw)} y=${r(top + (n.row + 0.5) * ch)} dy="0.32em" text-anchor="middle">${n.text}</text>`,
  )}</g></svg>`;
}
