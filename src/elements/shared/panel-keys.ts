import { hbarBox, hbarModel, type HBarSpec } from '../../charts/hbar-chart.js';
import type { PointFocus } from '../../render/keyboard.js';
import { mappedMove } from './mapped-move.js';

/** Bars run down each panel: Up/Down move between bars, Left/Right between panels. */
const KEYS: Record<string, string> = {
  ArrowDown: 'ArrowRight',
  ArrowUp: 'ArrowLeft',
  ArrowRight: 'ArrowDown',
  ArrowLeft: 'ArrowUp',
  Home: 'Home',
  End: 'End',
};

/**
 * `moveFocus` for panels of horizontal bars (series = panel, index = bar): Up/Down move between the bars
 * of a panel, Left/Right to the same bar of the next panel, Home/End to its first and last bar; the first
 * key reaches the first bar of the first panel.
 */
export function movePanelBars(
  focus: PointFocus | null,
  key: string,
  lengths: readonly number[],
): PointFocus | null | undefined {
  return mappedMove(KEYS, focus, key, lengths, () => ({ series: 0, index: 0 }));
}

/**
 * The bar under the pointer in panels of horizontal bars: the `.plot` element holding the target names its
 * panel in `data-m`; `specOf(panel)` gives that panel's chart spec (null for no such panel).
 */
export function panelBarAt(e: PointerEvent, specOf: (panel: number) => HBarSpec | null): PointFocus | null {
  const plot = (e.target as Element | null)?.closest?.('.plot');
  const series = Number(plot?.getAttribute('data-m'));
  const spec = plot ? specOf(series) : null;
  if (!plot || !spec) return null;
  const model = hbarModel(spec);
  const py = e.clientY - plot.getBoundingClientRect().top;
  const index = spec.items.findIndex((_, i) => {
    const b = hbarBox(spec, model, i);
    return py >= b.y - 2 && py <= b.y + b.height + 2;
  });
  return index < 0 ? null : { series, index };
}
