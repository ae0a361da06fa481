/**
 * View model of the best-time-to-call heatmap: the grid's values for the chosen measure, and its notes
 * (attempt counts outside the calling window, dashes for suppressed rates). Pure; shared by the element
 * and the SVG renderer.
 */
import type { CallingWindow, ContactHeatmap, HourCell } from '../kpi/contact-hours.js';
import { outsideWindow } from '../kpi/contact-hours.js';
import type { CellNote } from '../charts/hour-heatmap.js';
import { addMessagePack } from '../render/i18n/index.js';
import { addDefinitions } from '../model/definitions.js';
import { OPS_MESSAGES } from '../render/i18n/ops.js';
import { OPS_DEFINITIONS } from '../model/definitions/ops.js';

// This widget's texts and definitions load with it (not in every widget's chunk).
addMessagePack(OPS_MESSAGES);
addDefinitions(OPS_DEFINITIONS);

/** What the cells show: RPC rate (default), promises per RPC, or the number of attempts. */
export type HeatMeasure = 'rpcRate' | 'promisesPerRpc' | 'volume';

/** The `measure` attribute's names. */
export const HEAT_MEASURES: Record<string, HeatMeasure> = {
  'rpc-rate': 'rpcRate',
  'promises-per-rpc': 'promisesPerRpc',
  volume: 'volume',
};

/** A cell's value for a measure: the rate (null when suppressed or undefined) or the attempts. */
export function cellValue(c: HourCell, measure: HeatMeasure): number | null {
  return measure === 'volume' ? c.attempts : c[measure].rate;
}

/** Values (`[weekday - 1][hour]`, null for notes and gaps), the colour scale's top and the notes. */
export interface HeatGrid {
  values: (number | null)[][];
  max: number;
  notes: CellNote[];
}

/**
 * The grid of a measure: cells outside `window` with attempts carry "⚠ n" (n attempts, each a breach) and
 * no colour; suppressed rates inside it carry "–"; the colour scale tops at the largest value drawn.
 */
export function heatGrid(
  h: ContactHeatmap,
  measure: HeatMeasure,
  window: CallingWindow | null,
  formatCount: (n: number) => string,
): HeatGrid {
  const notes: CellNote[] = [];
  let max = 0;
  const values = h.cells.map((day, row) =>
    day.map((c, col) => {
      if (window && outsideWindow(c.hour, window)) {
        if (c.attempts > 0) notes.push({ row, col, text: `⚠${formatCount(c.attempts)}`, kind: 'breach' });
        return null;
      }
      if (measure !== 'volume' && c[measure].suppressed && c.attempts > 0)
        notes.push({ row, col, text: '–', kind: 'suppressed' });
      const v = cellValue(c, measure);
      if (v !== null && v > max) max = v;
      return measure === 'volume' && v === 0 ? null : v;
    }),
  );
  return { values, max: max || 1, notes };
}
