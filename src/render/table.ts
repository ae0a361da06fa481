import { html, type TemplateResult } from 'lit';

/** A data table: caption, column headers and rows of already formatted cells (text only). */
export interface TableSpec {
  caption: string;
  columns: readonly string[];
  /** Each row: first cell is the row header. */
  rows: readonly (readonly string[])[];
}

/**
 * The accessible table view of a chart (`part="table"`): a real `<table>` with caption and
 * column/row headers. Cells are text bindings, never HTML. Its wrapper scrolls a table wider than the
 * widget, so it is a focusable region named by the caption (keyboard users can scroll it too).
 */
export function dataTable(spec: TableSpec, id = 'table'): TemplateResult {
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby=${`${id}-caption`}><table part="table" id=${id}>
    <caption id=${`${id}-caption`}>${spec.caption}</caption>
    <thead><tr>${spec.columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
    <tbody>${spec.rows.map(
      (row) => html`<tr><th scope="row">${row[0]}</th>${row.slice(1).map((c) => html`<td>${c}</td>`)}</tr>`,
    )}</tbody>
  </table></div>`;
}
