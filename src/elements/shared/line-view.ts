import { html, type TemplateResult } from 'lit';
import { nearestIndex } from '../../kpi/downsample.js';
import {
  lineChart,
  lineChartModel,
  pointValue,
  type LineChartModel,
  type LineChartSpec,
  type LineSeries,
} from '../../charts/line-chart.js';
import type { PointFocus } from '../../render/keyboard.js';
import { PointFocusState } from './point-focus.js';
import type { PointSeries } from '../../views/point-series.js';
import { legend, type LegendItem } from '../../render/legend.js';
import { CONTEXT_COLOR, seriesStyle } from '../../render/palette.js';

/** Legend key of the one entry standing for all context series. */
const CONTEXT_GROUP = '\u0000context';
import { tooltip } from '../../render/tooltip.js';
import { formatNumber, formatPercent, formatPeriod } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import { at } from '../../model/at.js';

export type { PointSeries } from '../../views/point-series.js';

/** The chart-level part of a spec: everything but the series, hidden set and focus the view owns. */
export type LineViewSpec = Omit<LineChartSpec, 'series' | 'hidden' | 'focus'>;

/**
 * The interactive state of a line chart inside a widget: series, legend toggles, the focused point
 * (keyboard via `moveFocus`, pointer via binary search on the raw x), the cached layout and the
 * tooltip. Shared by the roll-rate trend and forecast views, the vintage and recovery curves and the
 * compliance monitor, so that each element only maps data to `PointSeries` and words.
 */
/**
 * The point of a line chart nearest the pointer at (px, py): binary search on the raw x of each
 * visible series, then the series whose value there is closest in y (`valueAt` when the series has
 * one, else `ys`). Null when no series is visible.
 */
export function nearestPoint(
  series: readonly LineSeries[],
  hidden: ReadonlySet<string>,
  model: LineChartModel,
  px: number,
  py: number,
): PointFocus | null {
  const xv = +model.x.invert(px);
  let best: PointFocus | null = null;
  let bestDist = Infinity;
  series.forEach((s, i) => {
    if (hidden.has(s.key) || !s.xs.length) return;
    const index = nearestIndex(s.xs, xv);
    const v = pointValue(s, index);
    const d = Number.isFinite(v) ? Math.abs(model.y(v) - py) : Infinity;
    if (d < bestDist || !best) {
      bestDist = d;
      best = { series: i, index };
    }
  });
  return best;
}

export class LineView {
  series: PointSeries[] = [];
  #points: PointFocusState;
  #model: LineChartModel | null = null;
  #spec: LineChartSpec | null = null;
  /** Frame event handlers for `renderFrame`. */
  readonly handlers: PointFocusState['handlers'];
  /** Shows or hides a series (legend toggle). */
  readonly toggle: (key: string) => void;

  constructor(
    update: () => void,
    announce: (text: string) => void,
    describe: (s: PointSeries, index: number) => string,
    select: (s: PointSeries, index: number) => void,
  ) {
    this.#points = new PointFocusState({
      update,
      announce,
      describe: (f) => describe(at(this.series, f.series), f.index),
      select: (f) => select(at(this.series, f.series), f.index),
      lengths: () => this.lengths(),
      hit: (x, y) => this.#hit(x, y),
    });
    this.handlers = this.#points.handlers;
    this.toggle = this.#points.toggle;
  }

  /** Keys of the series hidden by legend toggles. */
  get hidden(): Set<string> {
    return this.#points.hidden;
  }

  /** The focused point, if any. */
  get focus(): PointFocus | null {
    return this.#points.focus;
  }

  /** Replaces the series (new data): focus and layout are dropped. */
  setSeries(series: PointSeries[]): void {
    this.series = series;
    this.#points.focus = null;
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

  #hit(px: number, py: number): PointFocus | null {
    return this.#model ? nearestPoint(this.series, this.hidden, this.#model, px, py) : null;
  }

  /** The chart (and tooltip) for the frame. */
  chart(
    lines: (s: PointSeries, index: number) => { title: string; lines: [string, string][] },
    width: number,
  ): TemplateResult {
    const spec = this.#spec;
    const model = this.#model;
    let tip: TemplateResult | null = null;
    if (this.focus && model) {
      const s = at(this.series, this.focus.series);
      const v = at(s.ys, this.focus.index);
      if (Number.isFinite(v)) {
        const content = lines(s, this.focus.index);
        tip = tooltip({
          ...content,
          x: model.x(at(s.xs, this.focus.index)),
          y: model.y(v),
          width,
          height: spec?.height,
        });
      }
    }
    return html`${model && spec ? lineChart(spec, model) : null}${tip}`;
  }

  /**
   * The legend with toggles, in each series' own colour and dash; context series (receded cohorts) share
   * one entry, "Earlier cohorts (n)", that shows or hides them together.
   */
  legend(locale: string): TemplateResult {
    const context = this.series.filter((s) => s.tone === 'context').map((s) => s.key);
    const items: LegendItem[] = [];
    this.series.forEach((s, i) => {
      if (s.tone === 'context') {
        if (s.key === context[0]) {
          items.push({
            key: CONTEXT_GROUP,
            label: t(locale, 'earlierCohorts', { n: context.length }),
            hidden: context.every((k) => this.hidden.has(k)),
            color: CONTEXT_COLOR,
            dash: '',
          });
        }
        return;
      }
      const style = seriesStyle(s, i);
      items.push({ key: s.key, label: s.label, hidden: this.hidden.has(s.key), color: style.color, dash: style.dash });
    });
    return legend(items, locale, (key) => (key === CONTEXT_GROUP ? this.#points.toggleAll(context) : this.toggle(key)));
  }

  /** Visible series. */
  visible(): PointSeries[] {
    return this.series.filter((s) => !this.hidden.has(s.key) && s.xs.length);
  }
}

/** The live-region text of a rate point: "M1, Oct 2025: 3.45% (1,234 of 35,800)". */
export function describeRatePoint(locale: string, intlLocale: string, s: PointSeries, i: number): string {
  return t(locale, 'pointAnnouncement', {
    series: s.label,
    period: formatPeriod(intlLocale, at(s.labels, i)),
    value: formatPercent(intlLocale, s.ys[i], 2),
    numerator: formatNumber(intlLocale, s.numerators[i]),
    denominator: formatNumber(intlLocale, s.denominators[i]),
  });
}
