import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { hbarBox, hbarChart, hbarHeight, hbarModel, type HBarItem, type HBarSpec } from '../../charts/hbar-chart.js';
import { t, type MessageKey } from '../../render/i18n/index.js';
import { tooltip } from '../../render/tooltip.js';
import { LaggingWidth } from './lagging-width.js';
import { movePanelBars, panelBarAt } from './panel-keys.js';
import { PointFocusState } from './point-focus.js';

/** One panel of horizontal bars: its heading (a catalogue key) and its bars. */
export interface BarPanel<B> {
  title: MessageKey;
  bars: readonly B[];
}

/** The bar type of a panel type. */
export type BarOf<P extends BarPanel<unknown>> = P['bars'][number];

/** What a widget tells its `BarPanels`: its size and words, and what each bar says and does. */
export interface BarPanelsHost<P extends BarPanel<unknown>> {
  /** The element; its updates redraw the panels. */
  host: ReactiveControllerHost & EventTarget;
  /** The widget's content width. */
  width(): number;
  /** The catalogue language. */
  locale(): string;
  /** Puts text in the widget's live region. */
  announce(text: string): void;
  /** Least width of one panel for all side by side (else they stack). */
  minWidth: number;
  /** Longest bar label before it is shortened, in CSS px. */
  labelWidth: number;
  /** The bars of a panel for `hbarChart`. */
  items(panel: P): HBarItem[];
  /** The text at the end of a panel's bars that give none (default `String`). */
  formatValue?(panel: P): (v: number) => string;
  /** The live-region text of a bar reached by keyboard. */
  describe(bar: BarOf<P>, panel: P): string;
  /** Emits `ck-select` for a bar (click, Enter, Space). */
  select(bar: BarOf<P>, panel: P): void;
  /** The tooltip of the focused bar. */
  tooltip(bar: BarOf<P>, panel: P): { title: string; lines: [string, string][] };
}

/**
 * Panels of horizontal bars, all side by side or stacked (drawn one frame behind the widget's width): the
 * focused bar (Up/Down within a panel, Left/Right across), its tooltip and announcement.
 */
export class BarPanels<P extends BarPanel<unknown>> {
  panels: readonly P[] = [];
  /** Width the panels are drawn at (one frame behind the widget's). */
  readonly #drawn: LaggingWidth;
  readonly #focus: PointFocusState;
  /** Frame event handlers for `renderFrame`. */
  readonly handlers: PointFocusState['handlers'];

  constructor(private readonly h: BarPanelsHost<P>) {
    this.#drawn = new LaggingWidth(h.host, () => h.width());
    this.#focus = new PointFocusState({
      update: () => h.host.requestUpdate(),
      announce: (text) => h.announce(text),
      describe: (f) => {
        const panel = this.panels[f.series];
        const b = panel?.bars[f.index];
        return panel && b ? h.describe(b, panel) : '';
      },
      select: (f) => {
        const panel = this.panels[f.series];
        const b = panel?.bars[f.index];
        if (panel && b) h.select(b, panel);
      },
      lengths: () => this.panels.map((p) => p.bars.length),
      hit: (_x, _y, e) =>
        panelBarAt(e, (m) => {
          const panel = this.panels[m];
          return panel ? this.#spec(panel, m) : null;
        }),
      move: movePanelBars,
    });
    this.handlers = this.#focus.handlers;
  }

  /** Replaces the panels (new data): the focus is dropped. */
  setPanels(panels: readonly P[]): void {
    this.panels = panels;
    this.#focus.focus = null;
  }

  /** Whether the panels have a width to be drawn at yet. */
  get ready(): boolean {
    return this.#drawn.value > 0;
  }

  #columns(): number {
    const n = this.panels.length;
    return this.#drawn.value >= n * this.h.minWidth + (n - 1) * 12 ? n : 1;
  }

  #spec(panel: P, index: number): HBarSpec {
    const focus = this.#focus.focus;
    const columns = this.#columns();
    return {
      width: Math.floor((this.#drawn.value - (columns - 1) * 12) / columns),
      items: this.h.items(panel),
      formatValue: this.h.formatValue?.(panel) ?? ((v) => String(v)),
      maxLabelWidth: this.h.labelWidth,
      focus: focus && focus.series === index ? focus.index : null,
    };
  }

  #tooltip(panel: P, series: number, spec: HBarSpec): TemplateResult | null {
    const f = this.#focus.focus;
    const b = f && f.series === series ? panel.bars[f.index] : undefined;
    if (!f || !b) return null;
    const box = hbarBox(spec, hbarModel(spec), f.index);
    return tooltip({
      ...this.h.tooltip(b, panel),
      x: Math.min(box.x + box.width, spec.width - 40),
      y: box.y + box.height + 24,
      width: spec.width,
      height: hbarHeight(spec),
    });
  }

  /** The panels, each with its heading, bars and the focused bar's tooltip. */
  view(): TemplateResult {
    return html`<div class=${`panels cols-${this.#columns()}`}>${this.panels.map((panel, i) => {
      const spec = this.#spec(panel, i);
      return html`<div class="panel"><h3 aria-hidden="true">${t(this.h.locale(), panel.title)}</h3><div class="plot" data-m=${i}>${hbarChart(spec)}${this.#tooltip(panel, i, spec)}</div></div>`;
    })}</div>`;
  }
}
