import { html, type TemplateResult } from 'lit';
import { nearestIndex } from '../../kpi/downsample.js';
import { lineChart, lineChartModel, type LineChartModel, type LineChartSpec, type LineSeries } from '../../charts/line-chart.js';
import type { PointFocus } from '../../render/keyboard.js';
import { handlePointKeys } from './point-keys.js';
import { legend } from '../../render/legend.js';
import { tooltip } from '../../render/tooltip.js';

/** A drawn series with what a tooltip, announcement, table and `ck-select` need per point. */
export interface PointSeries extends LineSeries {
  /** Raw label of each point's x (period `2025-10`, or month on book as text). */
  labels: string[];
  numerators: Float64Array;
  denominators: Float64Array;
}

/** The chart-level part of a spec: everything but the series, hidden set and focus the view owns. */
export type LineViewSpec = Omit<LineChartSpec, 'series' | 'hidden' | 'focus'>;

/**
 * The interactive state of a line chart inside a widget: series, legend toggles, the focused point
 * (keyboard via `moveFocus`, pointer via binary search on the raw x), the cached layout and the
 * tooltip. Shared by the roll-rate trend and forecast views, the vintage and recovery curves and the
 * compliance monitor, so that each element only maps data to `PointSeries` and words.
 */
export class LineView {
  series: PointSeries[] = [];
  hidden = new Set<string>();
  focus: PointFocus | null = null;
  #pointer = false;
  #model: LineChartModel | null = null;
  #spec: LineChartSpec | null = null;

  constructor(
    private readonly update: () => void,
    private readonly announce: (text: string) => void,
    private readonly describe: (s: PointSeries, index: number) => string,
    private readonly select: (s: PointSeries, index: number) => void,
  ) {}

  /** Replaces the series (new data): focus and layout are dropped. */
  setSeries(series: PointSeries[]): void {
    this.series = series;
    this.focus = null;
    this.#spec = null;
  }

  /** The full spec of the current state; the layout is recomputed only when size, data or options change. */
  layout(base: LineViewSpec): LineChartSpec {
    const spec: LineChartSpec = { ...base, series: this.series, hidden: this.hidden, focus: this.focus };
    const prev = this.#spec;
    const same =
      prev &&
      prev.width === spec.width &&
      prev.height === spec.height &&
      prev.series === spec.series &&
      prev.hidden === spec.hidden &&
      prev.target === spec.target &&
      prev.xType === spec.xType &&
      prev.formatValue === spec.formatValue;
    if (!same) this.#model = spec.width > 0 && this.series.length ? lineChartModel(spec) : null;
    this.#spec = spec;
    return spec;
  }

  get model(): LineChartModel | null {
    return this.#model;
  }

  /** Point counts per series for `moveFocus` (0 for hidden series). */
  lengths(): number[] {
    return this.series.map((s) => (this.hidden.has(s.key) ? 0 : s.xs.length));
  }

  toggle = (key: string): void => {
    const next = new Set(this.hidden);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    this.hidden = next;
    this.focus = null;
    this.update();
  };

  setFocus(focus: PointFocus | null, pointer: boolean): void {
    this.focus = focus;
    this.#pointer = pointer;
    if (focus && !pointer) this.announce(this.describe(this.series[focus.series]!, focus.index));
    this.update();
  }

  #select(): void {
    if (this.focus) this.select(this.series[this.focus.series]!, this.focus.index);
  }

  /** Frame event handlers for `renderFrame`. */
  readonly handlers = {
    keydown: (e: KeyboardEvent) =>
      handlePointKeys(e, this.focus, this.lengths(), { setFocus: (f) => this.setFocus(f, false), select: () => this.#select() }),
    pointermove: (e: PointerEvent) => {
      const model = this.#model;
      if (!model) return;
      const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
      const px = e.clientX - rect.left;
      const py = e.clientY - rect.top;
      const xv = +model.x.invert(px);
      let best: PointFocus | null = null;
      let bestDist = Infinity;
      this.series.forEach((s, i) => {
        if (this.hidden.has(s.key) || !s.xs.length) return;
        const index = nearestIndex(s.xs, xv);
        const v = s.ys[index]!;
        const d = Number.isFinite(v) ? Math.abs(model.y(v) - py) : Infinity;
        if (d < bestDist || !best) {
          bestDist = d;
          best = { series: i, index };
        }
      });
      const f = best as PointFocus | null;
      if (f && (f.index !== this.focus?.index || f.series !== this.focus?.series)) this.setFocus(f, true);
    },
    pointerleave: () => {
      if (this.#pointer) this.setFocus(null, false);
    },
    click: () => this.#select(),
    blur: () => {
      if (!this.#pointer && this.focus) this.setFocus(null, false);
    },
  };

  /** The chart (and tooltip) for the frame. */
  chart(lines: (s: PointSeries, index: number) => { title: string; lines: [string, string][] }, width: number): TemplateResult {
    const spec = this.#spec;
    const model = this.#model;
    let tip: TemplateResult | null = null;
    if (this.focus && model) {
      const s = this.series[this.focus.series]!;
      const v = s.ys[this.focus.index]!;
      if (Number.isFinite(v)) {
        const content = lines(s, this.focus.index);
        tip = tooltip({ ...content, x: model.x(s.xs[this.focus.index]!), y: model.y(v), width });
      }
    }
    return html`${model && spec ? lineChart(spec, model) : null}${tip}`;
  }

  /** The legend with toggles. */
  legend(locale: string): TemplateResult {
    return legend(
      this.series.map((s) => ({ key: s.key, label: s.label, hidden: this.hidden.has(s.key) })),
      locale,
      this.toggle,
    );
  }

  /** Visible series. */
  visible(): PointSeries[] {
    return this.series.filter((s) => !this.hidden.has(s.key) && s.xs.length);
  }
}
