/**
 * The interval chart panel of `<ck-outcome-gap>`, `<ck-strategy-test>` and `<ck-model-monitor>`: one row per
 * item (a gap, an arm, a score band) with its interval, drawn at the widget's width, walked by keyboard and
 * pointer row by row, with a tooltip beside the focused row. The widget says what its rows are and how
 * they read; the panel keeps the spec, layout, focus and tooltip.
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import {
  intervalChart,
  intervalHeight,
  intervalModel,
  intervalRowAt,
  intervalRowY,
} from '../../charts/interval-chart.js';
import type { IntervalModel, IntervalSpec } from '../../charts/interval-chart.js';
import { tooltip } from '../../render/tooltip.js';
import { DrawWidthController } from './draw-width.js';
import { intervalWidgetStyles } from './interval.styles.js';
import { widgetStyles } from './widget.styles.js';
import { PointFocusState } from './point-focus.js';
import { rowMove } from './row-focus.js';
import { emit, type CkSelectDetail } from './events.js';

/** What the widget tells its panel about the rows. */
export interface IntervalRows<T> {
  /** The items of the rows that can take the focus, in drawing order. */
  items(): readonly T[];
  /** Announcement of a row reached by keyboard. */
  describe(item: T): string;
  /** The `ck-select` detail of a chosen row (the panel emits it on the widget). */
  detail(item: T): CkSelectDetail;
  /** Measured width of the widget (px). */
  width(): number;
  /** Puts text in the widget's live region. */
  announce(text: string): void;
}

/** The styles of a widget with an interval panel (before its own). */
export const intervalPanelStyles = [widgetStyles, intervalWidgetStyles];

/** Spec, layout, focus and tooltip of one interval chart in a widget. */
export class IntervalPanel<T> {
  readonly #width: () => number;
  readonly #draw: DrawWidthController;
  #spec: IntervalSpec | null = null;
  #model: IntervalModel | null = null;
  #key: readonly unknown[] = [];
  #result: unknown = null;
  /** Focus and the frame's keyboard and pointer handlers. */
  readonly points: PointFocusState;

  constructor(host: ReactiveControllerHost & EventTarget, rows: IntervalRows<T>) {
    this.#width = () => rows.width();
    this.#draw = new DrawWidthController(host, this.#width);
    this.points = new PointFocusState({
      update: () => host.requestUpdate(),
      announce: (text) => rows.announce(text),
      describe: (f) => {
        const item = rows.items()[f.index];
        return item === undefined ? '' : rows.describe(item);
      },
      select: (f) => {
        const item = rows.items()[f.index];
        if (item !== undefined) emit<CkSelectDetail>(host, 'ck-select', rows.detail(item));
      },
      lengths: () => [rows.items().length],
      hit: (_x, y) => {
        const index = this.#spec && this.#model ? intervalRowAt(this.#spec, this.#model, y) : -1;
        return index < 0 ? null : { series: 0, index };
      },
      move: rowMove,
    });
  }

  /**
   * Rebuilds the spec when `key` (what the rows depend on) or the drawing width changed: `make` gets the width
   * and returns the spec, or null when there is nothing to draw. Call from `willUpdate`.
   */
  update(key: readonly unknown[], make: (width: number) => IntervalSpec | null): void {
    const width = this.#draw.width;
    const next = [...key, width];
    if (next.length === this.#key.length && next.every((v, i) => v === this.#key[i])) return;
    this.#key = next;
    this.#spec = width > 0 ? make(width) : null;
    this.#model = this.#spec ? intervalModel(this.#spec) : null;
  }

  /**
   * Follows the widget's derived `result`: a new result drops the focus, then the spec is rebuilt as by `update`,
   * keyed on the result, `keys` and the width; `make` runs only with a result. Call from `willUpdate`.
   */
  follow<R>(result: R | null, keys: readonly unknown[], make: (result: R, width: number) => IntervalSpec): void {
    if (result !== this.#result) this.points.focus = null;
    this.#result = result;
    this.update([result, ...keys], (width) => (result === null ? null : make(result, width)));
  }

  /** The current spec (null before the first width or without data). */
  get spec(): IntervalSpec | null {
    return this.#spec;
  }

  /** Index of the focused row, or null. */
  get focused(): number | null {
    return this.points.focus?.index ?? null;
  }

  /** The tooltip of the focused row: `title` and `lines` given by the widget; null without a focus. */
  tooltip(title: string, lines: [string, string][]): TemplateResult | null {
    const i = this.focused;
    if (i === null || !this.#spec || !this.#model) return null;
    const model = this.#model;
    return tooltip({
      title,
      lines,
      x: model.plot.left + model.plot.width / 2,
      y: intervalRowY(this.#spec, model, i),
      width: this.#width(),
      height: intervalHeight(this.#spec),
    });
  }

  /** The chart with the focused row marked, and `tip` beside it: what the widget puts in its frame. */
  chart(tip: TemplateResult | null): TemplateResult | unknown[] {
    return [this.#spec && this.#model ? intervalChart({ ...this.#spec, focus: this.focused }, this.#model) : null, tip];
  }
}
