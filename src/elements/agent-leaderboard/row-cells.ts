import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/** What one metric cell of a body row shows, as {@link rowCells} writes it (a `CellView`). */
export interface MetricCell {
  /** The formatted value. */
  text: string;
  /** Filled part of the inline bar (0–1; anything else is clamped, not finite: 0). */
  fraction: number;
  /** `flagged`: a low-base rate, its bar drawn muted. */
  cell: { flagged: boolean };
}

/** The nodes of one metric cell that the directive writes, found once per row element. */
interface CellNodes {
  td: HTMLElement;
  text: Text;
  bar: HTMLElement;
}

/** The bar's `background-size` for a fill fraction. */
const fill = (f: number) =>
  `${Math.round((Number.isFinite(f) ? Math.min(1, Math.max(0, f)) : 0) * 10_000) / 100}% 100%`;

/**
 * Writes the metric cells of a body row (`td[data-c]`, each holding an inline bar `[part="mark"]`,
 * in document order): each cell's text (a text node before its bar), `data-r`, the `focus` class,
 * each bar's fill (its `background-size`, through CSSOM: works under a strict Content-Security-Policy
 * and restyles that bar only) and its `flagged` class; only what changed since the row's last
 * render. One directive for the row instead of five template parts per cell: a screen of rows is
 * created and refreshed with about a third of the parts to set up and commit.
 */
class RowCellsDirective extends Directive {
  #nodes: CellNodes[] | null = null;
  #last: { text: string; size: string; flagged: boolean; row: number; focused: boolean }[] = [];

  render(_cells: readonly MetricCell[], _row: number, _focusIndex: number): typeof noChange {
    return noChange;
  }

  override update(
    part: ElementPart,
    [cells, row, focusIndex]: [readonly MetricCell[], number, number],
  ): typeof noChange {
    const nodes = (this.#nodes ??= this.#find(part.element));
    nodes.forEach(({ td, text, bar }, i) => {
      const cell = cells[i];
      if (!cell) return;
      const last = this.#last[i];
      const focused = focusIndex === i;
      if (last?.text !== cell.text) text.data = cell.text;
      if (last?.row !== row) td.setAttribute('data-r', String(row));
      if ((last?.focused ?? false) !== focused) td.classList.toggle('focus', focused);
      const size = fill(cell.fraction);
      if (last?.size !== size) bar.style.backgroundSize = size;
      const flagged = cell.cell.flagged;
      if ((last?.flagged ?? false) !== flagged) bar.classList.toggle('flagged', flagged);
      this.#last[i] = { text: cell.text, size, flagged, row, focused };
    });
    return noChange;
  }

  /** The row's metric cells, each given its text node (before the bar). */
  #find(tr: Element): CellNodes[] {
    const out: CellNodes[] = [];
    for (const td of tr.querySelectorAll<HTMLElement>('td[data-c]')) {
      const bar = td.querySelector<HTMLElement>('[part="mark"]');
      if (!bar) continue;
      const text = document.createTextNode('');
      td.insertBefore(text, bar);
      out.push({ td, text, bar });
    }
    return out;
  }
}

/** Writes a body row's metric cells (see {@link RowCellsDirective}): `<tr ${rowCells(cells, row, focusIndex)}>`. */
export const rowCells = directive(RowCellsDirective);
