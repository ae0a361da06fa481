import { html, nothing, type TemplateResult } from 'lit';
import { MISSING } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import { styleProps } from '../../render/style-props.js';
import type { PointFocus } from '../../render/keyboard.js';
import type { CellView } from './leaderboard-cells.js';
import type { LeaderboardEntry } from './leaderboard-rows.js';
import { at } from '../../model/at.js';
import { rowCells } from './row-cells.js';

/** The search box of the toolbar: filters rows by the name shown and the team. */
export function searchBox(locale: string, value: string, onInput: (value: string) => void): TemplateResult {
  return html`<input type="search" part="search" class="search" aria-label=${t(locale, 'agentsSearch')} placeholder=${t(locale, 'agentsSearchHint')}
    aria-controls="table" .value=${value} @input=${(e: InputEvent) => onInput((e.target as HTMLInputElement).value)} />`;
}

/** A sortable column header: a real button, `aria-sort` on the sorted column, ▲/▼ hidden from screen readers. */
export function sortHeader(
  label: string,
  title: string,
  sorted: 'ascending' | 'descending' | null,
  onClick: () => void,
): TemplateResult {
  return html`<th scope="col" aria-sort=${sorted ?? nothing}>
    <button type="button" title=${title} @click=${onClick}>
      ${label}<span aria-hidden="true">${sorted === 'descending' ? ' ▼' : sorted === 'ascending' ? ' ▲' : ''}</span>
    </button>
  </th>`;
}

/** What one body row shows. */
export interface RowModel {
  entry: LeaderboardEntry;
  /** Index of the row among the rows shown (after search): `data-r` of its cells. */
  row: number;
  /** Rank in the rank column (null: not ranked). */
  rank: number | null;
  /** Metric column of the focused cell in this row, -1 when the focus is elsewhere. */
  focusIndex: number;
  /** The seven metric cells. */
  views: CellView[];
  /** The low-base flag text. */
  flagText: string;
  /** The focused cell's tooltip (called only for that cell). */
  tooltip: (column: number) => TemplateResult;
  /** Text of the QA cell (with `min-qa`), null: no QA column. */
  qa?: string | null;
}

/**
 * One body row (`aria-rowindex` counts the header row as 1). Backend strings (name, team) go in as
 * text. One template for the row, the seven metric cells written out and no white space between
 * tags: the fewest DOM nodes and template parts to create and lay out. The metric cells' texts,
 * `data-r`, focus, and each inline bar's fill and flag are written by one directive for the row
 * ({@link rowCells}); rank, name and team are text set as `textContent`; a cell's low-base flag
 * and, in the focused cell, the tooltip follow its bar.
 */
export function bodyRow(m: RowModel): TemplateResult {
  const { views, focusIndex, row } = m;
  // After the bar: the low-base flag and, in the focused cell, the tooltip.
  const after = (ci: number) => {
    const flagged = at(views, ci).cell.flagged;
    const focused = focusIndex === ci;
    if (!flagged && !focused) return null;
    const flag = flagged ? html` <span class="flag">⚠ ${m.flagText}</span>` : null;
    return focused ? [flag, m.tooltip(ci)] : flag;
  };
  return html`<tr aria-rowindex=${row + 2} ${rowCells(views, row, focusIndex)}
    ><td class="rank" .textContent=${m.rank === null ? MISSING : String(m.rank)}></td
    ><th scope="row" .textContent=${m.entry.display}></th
    ><td .textContent=${m.entry.perf.team ?? ''}></td
    >${m.qa == null ? nothing : html`<td class=${m.entry.qaBelow ? 'qa below' : 'qa'}>${m.qa}</td>`}<td class="metric" data-c="0"><span part="mark" class="bar" aria-hidden="true"></span>${after(0)}</td
    ><td class="metric" data-c="1"><span part="mark" class="bar" aria-hidden="true"></span>${after(1)}</td
    ><td class="metric" data-c="2"><span part="mark" class="bar" aria-hidden="true"></span>${after(2)}</td
    ><td class="metric" data-c="3"><span part="mark" class="bar" aria-hidden="true"></span>${after(3)}</td
    ><td class="metric" data-c="4"><span part="mark" class="bar" aria-hidden="true"></span>${after(4)}</td
    ><td class="metric" data-c="5"><span part="mark" class="bar" aria-hidden="true"></span>${after(5)}</td
    ><td class="metric" data-c="6"><span part="mark" class="bar" aria-hidden="true"></span>${after(6)}</td
  ></tr>`;
}

/** A row standing in for `height` px of rows that are not rendered (hidden from screen readers). */
export function spacerRow(height: number): TemplateResult | null {
  return height > 0
    ? html`<tr class="spacer" aria-hidden="true"><td colspan="11" ${styleProps({ height: `${height}px` })}></td></tr>`
    : null;
}

/**
 * The widest texts of each column in one collapsed row (`visibility: collapse`: not drawn, but
 * the columns are as wide as it needs), so columns keep their widths while rows scroll in and out.
 */
export function sizerRow(
  texts: readonly string[],
  flagText: string,
  flagged: readonly boolean[],
  qa: string | null = null,
): TemplateResult {
  const metric = (ci: number) =>
    html`<td class="metric">${texts[ci + 3]}<span class="bar"></span>${flagged[ci] ? html` <span class="flag">⚠ ${flagText}</span>` : null}</td>`;
  return html`<tfoot aria-hidden="true"><tr class="sizer"><td class="rank">${texts[0]}</td><td>${texts[1]}</td><td>${texts[2]}</td>${qa === null ? nothing : html`<td class="qa">${qa}</td>`}${[0, 1, 2, 3, 4, 5, 6].map(metric)}</tr></tfoot>`;
}

/** UTF-16 code units from U+2E80 on: East Asian wide characters (and surrogate halves). */
const WIDE = /[\u2e80-\uffff]/g;

/**
 * Display width of a text in ems, roughly: East Asian wide characters count twice. The engine's
 * regular expressions count them (no loop over the characters in script), and a text without any
 * is not scanned twice.
 */
export function textWidth(text: string): number {
  WIDE.lastIndex = 0;
  if (!WIDE.test(text)) return text.length;
  return text.length + (text.match(WIDE)?.length ?? 0);
}

/** The metric cell (row and column) an event happened in, from the cell's `data-r`/`data-c`; null outside them. */
export function cellAt(e: Event): PointFocus | null {
  const td = (e.target as Element | null)?.closest?.('td[data-r]');
  return td ? { series: Number(td.getAttribute('data-r')), index: Number(td.getAttribute('data-c')) } : null;
}
