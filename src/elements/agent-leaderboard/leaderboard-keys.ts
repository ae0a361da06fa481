import type { PointFocus } from '../../render/keyboard.js';

/** The modifier state of a key press that {@link nextCell} reads. */
export interface CellKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/**
 * Where a key moves the focus in a table of `rows` × `columns` metric cells (`series` = row,
 * `index` = column): arrows by one cell, PageUp/PageDown by `page` rows, Home/End to the row's
 * first/last cell and, with Ctrl (⌘), to the first/last row. Clamped at the edges (a table reads top
 * to bottom, it does not wrap). The first key from no focus lands on the first cell. Returns
 * `undefined` for keys it does not handle and null when there is no row.
 */
export function nextCell(
  focus: PointFocus | null,
  e: CellKey,
  rows: number,
  columns: number,
  page: number,
): PointFocus | null | undefined {
  const keys = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End'];
  if (!keys.includes(e.key)) return undefined;
  if (rows <= 0 || columns <= 0) return null;
  if (!focus) return { series: 0, index: 0 };
  const row = (r: number) => Math.max(0, Math.min(rows - 1, r));
  const col = (c: number) => Math.max(0, Math.min(columns - 1, c));
  const ctrl = !!(e.ctrlKey || e.metaKey);
  const step = Math.max(1, Math.floor(page));
  switch (e.key) {
    case 'ArrowUp':
      return { series: row(focus.series - 1), index: focus.index };
    case 'ArrowDown':
      return { series: row(focus.series + 1), index: focus.index };
    case 'ArrowLeft':
      return { series: focus.series, index: col(focus.index - 1) };
    case 'ArrowRight':
      return { series: focus.series, index: col(focus.index + 1) };
    case 'PageUp':
      return { series: row(focus.series - step), index: focus.index };
    case 'PageDown':
      return { series: row(focus.series + step), index: focus.index };
    case 'Home':
      return ctrl ? { series: 0, index: 0 } : { series: focus.series, index: 0 };
    default:
      return ctrl ? { series: rows - 1, index: columns - 1 } : { series: focus.series, index: columns - 1 };
  }
}
