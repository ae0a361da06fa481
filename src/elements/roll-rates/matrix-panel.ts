import { html, type TemplateResult } from 'lit';
import { heatmap, heatmapCellAt, heatmapLayout, type HeatmapLayout, type HeatmapSpec } from '../../charts/heatmap.js';
import { t } from '../../render/i18n/index.js';
import { moveFocus, type PointFocus } from '../../render/keyboard.js';
import { tooltip } from '../../render/tooltip.js';
import type { MatrixView } from '../../views/roll-model.js';
import type { CkSelectDetail } from '../shared/events.js';
import type { FrameHandlers } from '../shared/frame.js';
import { matrixCellLines, matrixCellText, matrixSummary } from './roll-text.js';
import { at } from '../../model/at.js';
import { handlePointKeys } from '../shared/point-keys.js';

/** `moveFocus`, except that the first arrow press lands on the top-left cell. */
const firstArrowTopLeft: typeof moveFocus = (focus, key, lengths) =>
  !focus && key.startsWith('Arrow') ? { series: 0, index: 0 } : moveFocus(focus, key, lengths);

/** What the panel needs of its widget for one render. */
export interface MatrixPanelContext {
  width: number;
  height: number;
  locale: string;
  intlLocale: string;
  formatValue: (v: number) => string;
  /** Shorter value text for narrow cells (a whole percent). */
  compactValue: (v: number) => string;
  /** The matrix as a table, shown instead of the heatmap when its cells are too small to carry their values. */
  table: () => TemplateResult;
  /** The widget's focusable frame around the heatmap (`renderFrame`). */
  frame: (content: unknown, summary: string, handlers: FrameHandlers) => TemplateResult;
}

/**
 * The transition matrix of the roll-rate widget as an interactive heatmap: the focused cell (arrow keys
 * along rows and columns, or the pointer), its tooltip and announcement, Enter or click to select.
 * Like `LineView` for line charts, it keeps the widget to data and words.
 */
export class MatrixPanel {
  /** The matrix shown, or null before data. */
  matrix: MatrixView | null = null;
  #cell: PointFocus | null = null;
  #pointer = false;
  #context: MatrixPanelContext | null = null;

  constructor(
    private readonly update: () => void,
    private readonly announce: (text: string) => void,
    private readonly select: (detail: CkSelectDetail) => void,
  ) {}

  /** Shows `matrix` (new data or another period); the focus is dropped. */
  setMatrix(matrix: MatrixView | null): void {
    this.matrix = matrix;
    this.#cell = null;
  }

  /** Drops the focused cell (e.g. when the widget switches views). */
  clearFocus(): void {
    this.#cell = null;
  }

  #setCell(f: PointFocus | null, pointer: boolean): void {
    this.#cell = f;
    this.#pointer = pointer;
    const c = this.#context;
    if (f && !pointer && c && this.matrix) this.announce(matrixCellText(c.locale, c.intlLocale, this.matrix, f));
    else this.update();
  }

  #selectCell(): void {
    const f = this.#cell;
    const m = this.matrix;
    if (!f || !m) return;
    this.select({
      series: `${m.rows[f.series]}→${m.columns[f.index]}`,
      period: m.period,
      value: at(m.rates, f.series)[f.index] ?? null,
      numerator: at(at(m.numerators, f.series), f.index),
      denominator: at(m.denominators, f.series),
    });
  }

  #keys = (e: KeyboardEvent) => {
    const m = this.matrix;
    if (!m) return;
    // Rows are the "series", columns the points: Left/Right along a row, Up/Down between rows.
    const lengths = m.rows.map(() => m.columns.length);
    handlePointKeys(
      e,
      this.#cell,
      lengths,
      { setFocus: (f) => this.#setCell(f, false), select: () => this.#selectCell() },
      firstArrowTopLeft,
    );
  };

  #spec(c: MatrixPanelContext, m: MatrixView): HeatmapSpec {
    return {
      width: c.width,
      height: c.height,
      rows: m.rows,
      columns: m.columns,
      values: m.rates,
      formatValue: c.formatValue,
      compactValue: c.compactValue,
      columnTitle: t(c.locale, 'rollTo'),
      rowTitle: t(c.locale, 'rollFrom'),
      focus: this.#cell ? { row: this.#cell.series, col: this.#cell.index } : null,
    };
  }

  #pointerMove = (e: PointerEvent) => {
    const c = this.#context;
    if (!c || !this.matrix) return;
    const spec = this.#spec(c, this.matrix);
    const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const cell = heatmapCellAt(heatmapLayout(spec), spec, e.clientX - rect.left, e.clientY - rect.top);
    if (cell && (cell.row !== this.#cell?.series || cell.col !== this.#cell?.index))
      this.#setCell({ series: cell.row, index: cell.col }, true);
  };

  #tooltip(c: MatrixPanelContext, m: MatrixView, layout: HeatmapLayout): TemplateResult | null {
    const f = this.#cell;
    if (!f) return null;
    return tooltip({
      title: `${m.rows[f.series]} → ${m.columns[f.index]}`,
      lines: matrixCellLines(c.locale, c.intlLocale, m, f),
      x: layout.left + (f.index + 1) * layout.cellWidth,
      y: layout.top + (f.series + 0.5) * layout.cellHeight,
      width: c.width,
      height: c.height,
    });
  }

  /**
   * The heatmap in the widget's frame, with its tooltip, summary and handlers; or, when the widget is too
   * small for the cells to carry their percentages (regulators read the numbers), the matrix as a table.
   */
  render(c: MatrixPanelContext): TemplateResult | null {
    this.#context = c;
    const m = this.matrix;
    if (!m) return null;
    const spec = this.#spec(c, m);
    // One layout per render: it formats every cell to see whether the values fit.
    const layout = heatmapLayout(spec);
    if (spec.width > 0 && layout.cellText === 'none') return html`<div class="matrix-as-table">${c.table()}</div>`;
    return c.frame(
      html`${spec.width > 0 ? heatmap(spec, layout) : null}${this.#tooltip(c, m, layout)}`,
      matrixSummary(c.locale, c.intlLocale, m),
      {
        keydown: this.#keys,
        pointermove: this.#pointerMove,
        pointerleave: () => this.#pointer && this.#setCell(null, false),
        click: () => this.#selectCell(),
        blur: () => !this.#pointer && this.#cell && this.#setCell(null, false),
      },
    );
  }
}
