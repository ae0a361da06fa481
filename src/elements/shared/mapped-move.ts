import { moveFocus, type PointFocus } from '../../render/keyboard.js';

/**
 * `moveFocus` for a key renamed through `keys` (a key it does not name is not handled: `undefined`); the first
 * key press, with nothing focused yet, lands on `first(next)` instead of the point `moveFocus` chose.
 */
export function mappedMove(
  keys: Readonly<Record<string, string>>,
  focus: PointFocus | null,
  key: string,
  lengths: readonly number[],
  first: (next: PointFocus) => PointFocus,
): PointFocus | null | undefined {
  const mapped = keys[key];
  if (!mapped) return undefined;
  const next = moveFocus(focus, mapped, lengths);
  return !focus && next ? first(next) : next;
}
