import { moveFocus, type PointFocus } from '../../render/keyboard.js';

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
  const mapped = ROW_KEYS[key];
  if (!mapped) return undefined;
  const next = moveFocus(focus, mapped, lengths);
  return !focus && next ? { series: 0, index: key === 'End' ? next.index : 0 } : next;
}
