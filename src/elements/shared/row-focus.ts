import type { PointFocus } from '../../render/keyboard.js';
import { mappedMove } from './mapped-move.js';

/** Rows run down the chart: Up/Down (and Left/Right) move between rows, Home/End to the first and last. */
const ROW_KEYS: Record<string, string> = {
  ArrowDown: 'ArrowRight',
  ArrowUp: 'ArrowLeft',
  ArrowRight: 'ArrowRight',
  ArrowLeft: 'ArrowLeft',
  Home: 'Home',
  End: 'End',
};

/**
 * `PointFocusHost.move` for charts of rows (one series, a point per row, e.g. an interval chart): the first
 * key press lands on the first row.
 */
export function rowMove(
  focus: PointFocus | null,
  key: string,
  lengths: readonly number[],
): PointFocus | null | undefined {
  return mappedMove(ROW_KEYS, focus, key, lengths, (next) => ({ series: 0, index: key === 'End' ? next.index : 0 }));
}
