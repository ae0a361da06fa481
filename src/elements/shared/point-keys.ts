import { moveFocus, type PointFocus } from '../../render/keyboard.js';

/**
 * The keyboard path through a chart's points, shared by every point chart: Escape clears the focus,
 * Enter/Space select the focused point, arrows/Home/End move it (`moveFocus`, or the chart's own `move`
 * for other layouts); handled keys do not scroll.
 */
export function handlePointKeys(
  e: KeyboardEvent,
  focus: PointFocus | null,
  lengths: readonly number[],
  on: { setFocus(focus: PointFocus | null): void; select(): void },
  move: typeof moveFocus = moveFocus,
): void {
  if (e.key === 'Escape') {
    if (focus) on.setFocus(null);
    return;
  }
  if (e.key === 'Enter' || e.key === ' ') {
    if (focus) {
      e.preventDefault();
      on.select();
    }
    return;
  }
  const next = move(focus, e.key, lengths);
  if (next === undefined) return;
  e.preventDefault();
  on.setFocus(next);
}
