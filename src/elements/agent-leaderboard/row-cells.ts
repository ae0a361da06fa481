import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/** What one metric cell of a body row shows, as {@link rowCells} writes it (a `CellView`). */
export interface MetricCell {
  /** The formatted value. */
  text: string;
  /** Filled part of the inline bar (0–1; more is drawn full, NaN empty). */
  fraction: number;
  /** `flagged`: a low-base rate, its bar drawn muted. */
  cell: { flagged: boolean };
}

/**
 * Writes the metric cells of a body row (`td[data-c]`, each holding an inline bar `[part="mark"]`,
 * in document order): each cell's text (a text node before its bar), `data-r`, the `focus` class,
 * each bar's fill (its `background-size`, through CSSOM: works under a strict Content-Security-Policy
 * and restyles that bar only) and its `flagged` class; only what changed since the row's last
 * render. One directive for the row instead of five template parts per cell: a screen of rows is
 * created and refreshed with about a third of the parts to set up and commit.
 */
class RowCellsDirective extends Directive {
  /** The metric cells, each given a text node as first child (its bar is the first element child). */
  #tds: HTMLElement[] | null = null;
  /** Per cell, what was written last: text, row, focus, fill, flag. */
  #last: unknown[][] = [];

  render(_cells: readonly MetricCell[], _row: number, _focusIndex: number): typeof noChange {
    return noChange;
  }

  override update(
    part: ElementPart,
    [cells, row, focusIndex]: [readonly MetricCell[], number, number],
  ): typeof noChange {
    this.#tds ??= Array.from(part.element.querySelectorAll<HTMLElement>('td[data-c]'), (td) => (td.prepend(''), td));
    this.#tds.forEach((td, i) => {
      const cell = cells[i];
      const bar = td.firstElementChild as HTMLElement | null;
      if (!cell || !bar) return;
      // Fractions are never negative (counts and amounts are not): NaN draws an empty bar, more than 1 a full one.
      const next = [
        cell.text,
        row,
        focusIndex === i,
        `${Math.min(100, cell.fraction * 100 || 0).toFixed(2)}% 100%`,
        cell.cell.flagged,
      ];
      const last = this.#last[i] ?? ['', -1, false, '', false];
      if (last[0] !== next[0]) (td.firstChild as Text).data = cell.text;
      if (last[1] !== row) td.setAttribute('data-r', `${row}`);
      if (last[2] !== next[2]) td.classList.toggle('focus', focusIndex === i);
      if (last[3] !== next[3]) bar.style.backgroundSize = `${next[3]}`;
      if (last[4] !== next[4]) bar.classList.toggle('flagged', cell.cell.flagged);
      this.#last[i] = next;
    });
    return noChange;
  }
}

/** Writes a body row's metric cells (see {@link RowCellsDirective}): `<tr ${rowCells(cells, row, focusIndex)}>`. */
export const rowCells = directive(RowCellsDirective);
