import { moveFocus, type PointFocus } from '../../render/keyboard.js';

/** Bars run down each panel: Up/Down move between bars, Left/Right between panels. */
const KEYS: Record<string, string> = { ArrowDown: 'ArrowRight', ArrowUp: 'ArrowLeft', ArrowRight: 'ArrowDown', ArrowLeft: 'ArrowUp', Home: 'Home', End: 'End' };

/**
 * `moveFocus` for panels of horizontal bars (series = panel, index = bar): Up/Down move between the bars
 * of a panel, Left/Right to the same bar of the next panel, Home/End to its first and last bar; the first
 * key reaches the first bar of the first panel.
 */
export function movePanelBars(focus: PointFocus | null, key: string, lengths: readonly number[]): PointFocus | null | undefined {
  const mapped = KEYS[key];
  if (!mapped) return undefined;
  const next = moveFocus(focus, mapped, lengths);
  return !focus && next ? { series: 0, index: 0 } : next;
}
