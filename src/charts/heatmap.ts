import { svg, type SVGTemplateResult } from 'lit';
import { heatColor } from '../render/heat-scale.js';
import { labelWidth } from '../render/layout.js';

const r = (v: number) => Math.round(v * 100) / 100;

/** A matrix of values with row and column labels, e.g. a transition matrix (from-state × to-state). */
export interface HeatmapSpec {
  width: number;
  height: number;
  rows: readonly string[];
  columns: readonly string[];
  /** `values[row][col]`; null = no value (drawn as an empty cell with a dash). */
  values: readonly (readonly (number | null)[])[];
  /** Text of a value in its cell and for the colour legend. */
  formatValue: (v: number) => string;
  /** Shorter text of a value (e.g. a whole percent), written in the cells when `formatValue`'s does not fit. */
  compactValue?: (v: number) => string;
  /** Value of the darkest colour (default 1, the top of a rate). */
  max?: number;
  /** Title over the column labels (e.g. "To (this month)"). */
  columnTitle?: string;
  /** Title over the row labels (e.g. "From"). */
  rowTitle?: string;
  /** The focused cell. */
  focus?: { row: number; col: number } | null;
}

/** Geometry of a heatmap: the cell grid's origin and cell size, for drawing and pointer hit tests. */
export interface HeatmapLayout {
  left: number;
  top: number;
  cellWidth: number;
  cellHeight: number;
  /** Column labels written upright (rotated a quarter turn) because one is wider than its column. */
  uprightColumns: boolean;
  /**
   * What the cells say: `full` (`formatValue`), `compact` (`compactValue`, when the full text of some
   * value does not fit its cell), or `none` when not even that fits: the matrix cannot be read at this
   * size, and a widget should show it another way (e.g. as a table).
   */
  cellText: 'full' | 'compact' | 'none';
}

/** Smallest cell height that holds a line of cell text. */
const MIN_TEXT_HEIGHT = 14;

/** Whether the text of every finite value fits a cell `cellWidth` wide. */
function textsFit(spec: HeatmapSpec, format: (v: number) => string, cellWidth: number): boolean {
  return spec.values.every((row) =>
    row.every((v) => v === null || !Number.isFinite(v) || labelWidth(format(v)) <= cellWidth - 4),
  );
}

/**
 * Lays out the grid: the left margin fits the row labels, cells share the rest (cells at most 48 px
 * high); column labels turn upright when one is wider than its column, and the cells carry the full
 * value, else the compact one, else nothing (`cellText`).
 */
export function heatmapLayout(spec: HeatmapSpec): HeatmapLayout {
  const left = Math.ceil(Math.max(24, labelWidth(spec.rowTitle ?? ''), ...spec.rows.map(labelWidth)) + 10);
  const cols = Math.max(1, spec.columns.length);
  const rows = Math.max(1, spec.rows.length);
  const cellWidth = Math.max(0, (spec.width - left - 4) / cols);
  const widest = Math.max(0, ...spec.columns.map(labelWidth));
  const uprightColumns = widest > cellWidth - 2;
  const top = (spec.columnTitle ? 14 : 0) + (uprightColumns ? widest + 8 : 20);
  const cellHeight = Math.max(0, Math.min(48, (spec.height - top - 4) / rows));
  const cellText =
    cellHeight < MIN_TEXT_HEIGHT
      ? 'none'
      : textsFit(spec, spec.formatValue, cellWidth)
        ? 'full'
        : spec.compactValue && textsFit(spec, spec.compactValue, cellWidth)
          ? 'compact'
          : 'none';
  return { left, top, cellWidth, cellHeight, uprightColumns, cellText };
}

/** A column label over its column: centred, or upright (reading bottom to top) when the columns are narrow. */
function columnLabel(text: string, x: number, top: number, upright: boolean): SVGTemplateResult {
  return upright
    ? svg`<text transform="translate(${r(x)} ${r(top - 6)}) rotate(-90)" dy="0.32em">${text}</text>`
    : svg`<text x=${r(x)} y=${r(top - 6)} text-anchor="middle">${text}</text>`;
}

/** The cell under a point of the frame, or null outside the grid. */
export function heatmapCellAt(
  layout: HeatmapLayout,
  spec: Pick<HeatmapSpec, 'rows' | 'columns'>,
  px: number,
  py: number,
): { row: number; col: number } | null {
  const col = Math.floor((px - layout.left) / layout.cellWidth);
  const row = Math.floor((py - layout.top) / layout.cellHeight);
  if (!(col >= 0 && col < spec.columns.length && row >= 0 && row < spec.rows.length)) return null;
  return { row, col };
}

/**
 * A heatmap as a lit `svg` template: one `rect` per cell (`part="mark"`, class `cell`) filled from the
 * sequential ramp of `heat-scale`, the value written in every cell (in full or compact, the same for all
 * cells, per `heatmapLayout`) in black or white, whichever contrasts more with the fill; column labels on
 * top, row labels on the left, and a ring on the focused cell.
 */
export function heatmap(spec: HeatmapSpec, layout: HeatmapLayout = heatmapLayout(spec)): SVGTemplateResult {
  const { left, top, cellWidth: cw, cellHeight: ch, cellText } = layout;
  const format = cellText === 'compact' && spec.compactValue ? spec.compactValue : spec.formatValue;
  const max = spec.max ?? 1;
  const focus = spec.focus;
  return svg`<svg xmlns="http://www.w3.org/2000/svg" class="chart heatmap" width=${spec.width} height=${spec.height} viewBox="0 0 ${spec.width} ${spec.height}" aria-hidden="true"><g part="axis" class="axis" aria-hidden="true">${
    spec.columnTitle ? svg`<text class="axis-title" x=${r(left)} y="11">${spec.columnTitle}</text>` : null
  }${spec.rowTitle ? svg`<text class="axis-title" x="0" y=${r(top - 6)}>${spec.rowTitle}</text>` : null}${spec.columns.map((c, j) => columnLabel(c, left + (j + 0.5) * cw, top, layout.uprightColumns))}${spec.rows.map(
    (row, i) => svg`<text x=${r(left - 6)} y=${r(top + (i + 0.5) * ch)} dy="0.32em" text-anchor="end">${row}</text>`,
  )}</g><g class="cells">${spec.rows.map((_, i) =>
    spec.columns.map((_, j) => {
      const v = spec.values[i]?.[j] ?? null;
      const x = left + j * cw;
      const y = top + i * ch;
      if (v === null || !Number.isFinite(v)) {
        return svg`<rect part="mark" class="cell empty" x=${r(x)} y=${r(y)} width=${r(cw)} height=${r(ch)}></rect>`;
      }
      const { fill, text } = heatColor(v, max);
      // Cell and value in one template: one template instance per cell, not two (same markup).
      return cellText === 'none'
        ? svg`<rect part="mark" class="cell" x=${r(x)} y=${r(y)} width=${r(cw)} height=${r(ch)} fill=${fill}></rect>`
        : svg`<rect part="mark" class="cell" x=${r(x)} y=${r(y)} width=${r(cw)} height=${r(ch)} fill=${fill}></rect><text class="cell-value" x=${r(x + cw / 2)} y=${r(y + ch / 2)} dy="0.32em" text-anchor="middle" fill=${text}>${format(v)}</text>`;
    }),
  )}</g>${
    focus && focus.row < spec.rows.length && focus.col < spec.columns.length
      ? svg`<rect class="focus-ring" x=${r(left + focus.col * cw + 1)} y=${r(top + focus.row * ch + 1)} width=${r(Math.max(0, cw - 2))} height=${r(Math.max(0, ch - 2))} fill="none"></rect>`
      : null
  }</svg>`;
}
