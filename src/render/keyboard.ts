import { at } from '../model/at.js';
/** A position among chart points: series index and point index within that series. */
export interface PointFocus {
  series: number;
  index: number;
}

/**
 * Where a key press moves the focus among points: Left/Right within a series, Up/Down between
 * series (same index, clamped), Home/End to the ends. `lengths` are the point counts per series
 * (0 for hidden ones, which are skipped). Returns `undefined` for keys it does not handle.
 */
export function moveFocus(
  focus: PointFocus | null,
  key: string,
  lengths: readonly number[],
): PointFocus | null | undefined {
  const visible = lengths.map((n, i) => (n > 0 ? i : -1)).filter((i) => i >= 0);
  if (!visible.length) return null;
  const cur =
    focus && at(lengths, focus.series) > 0 ? focus : { series: at(visible, 0), index: at(lengths, at(visible, 0)) - 1 };
  const last = at(lengths, cur.series) - 1;
  const pos = visible.indexOf(cur.series);
  switch (key) {
    case 'ArrowLeft':
      return focus ? { series: cur.series, index: Math.max(0, cur.index - 1) } : cur;
    case 'ArrowRight':
      return focus ? { series: cur.series, index: Math.min(last, cur.index + 1) } : cur;
    case 'Home':
      return { series: cur.series, index: 0 };
    case 'End':
      return { series: cur.series, index: last };
    case 'ArrowUp':
    case 'ArrowDown': {
      const next = at(visible, (pos + (key === 'ArrowDown' ? 1 : visible.length - 1)) % visible.length);
      return { series: next, index: Math.min(cur.index, at(lengths, next) - 1) };
    }
    default:
      return undefined;
  }
}
