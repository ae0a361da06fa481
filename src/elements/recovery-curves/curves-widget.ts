import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { emphasiseLatest } from '../../views/cohort-emphasis.js';
import type { MetricName } from '../../model/metrics.js';
import type { MetricResponse } from '../../model/response.js';
import { formatNumber, formatPercent, formatPeriod, MISSING, formatPercentTick } from '../../render/format.js';
import { t, type MessageKey } from '../../render/i18n/index.js';
import type { TableSpec } from '../../render/table.js';
import { emit, type CkSelectDetail } from '../shared/events.js';
import { CkWidget } from '../shared/widget-base.js';
import { rateLines } from '../shared/rate-table.js';
import { LineView, type PointSeries } from '../shared/line-view.js';
import { at } from '../../model/at.js';
import { FrameHeight } from '../shared/frame-height.js';

/** `ck-select` detail of a curve point: the cohort, and the month on its x axis. */
export interface CkCurveSelectDetail extends CkSelectDetail {
  /** Months on book (vintage) or months since charge-off (recovery). */
  month: number;
  projected: boolean;
}

/** Catalogue keys of a curves widget's words, and the name of their month parameter (`month` or `mob`). */
export interface CurveTexts {
  /** The frame's summary, and its latest point. */
  summary: MessageKey;
  latest: MessageKey;
  month: 'month' | 'mob';
  /** A month on the axis and in table headers. */
  monthLabel: MessageKey;
  /** The cohort column's header. */
  cohort: MessageKey;
  /** A point's announcement; `projected` marks a projected point (`{projected}`), for widgets that project. */
  point: MessageKey;
  projected?: MessageKey;
}

/**
 * Base of the cohort-curve widgets (vintage, recovery): one line per cohort on a linear month axis,
 * legend toggles, a keyboard and pointer path through the points, and a triangle table (cohorts ×
 * months) equal to what is drawn. Subclasses map the response to series and choose the words.
 */
export abstract class CkCurvesWidget<M extends Extract<MetricName, 'vintage' | 'recovery'>> extends CkWidget<M> {
  static override properties: PropertyDeclarations = {
    highlight: { type: String },
  };

  /**
   * Latest cohorts drawn in colour when there are more than seven (default 3): the older ones recede to
   * thin grey lines under one legend entry, and the average of all cohorts is drawn as a reference.
   * `all`: every cohort in its own colour and legend entry.
   */
  declare highlight: string | undefined;
  protected readonly view = new LineView(
    () => this.requestUpdate(),
    (text) => this.announce(text),
    (s, i) => this.describe(s, i),
    (s, i) => this.#select(s, i),
  );
  readonly #height = new FrameHeight(this);
  readonly #series = this.derive(
    () => [this.data.data, this.locale, this.highlight, ...this.seriesKeys()],
    () => {
      const response = this.data.data;
      if (!response) return null;
      const latest = this.highlight === 'all' ? 0 : Number(this.highlight ?? 3);
      return emphasiseLatest(this.buildSeries(response), {
        latest: Number.isFinite(latest) ? latest : 3,
        averageLabel: t(this.locale, 'cohortAverage'),
      });
    },
  );
  #shown: PointSeries[] | null = null;

  /** Values of the attributes whose change rebuilds the series. */
  protected abstract seriesKeys(): readonly unknown[];
  /** Response → series (all KPI math in `src/kpi`). */
  protected abstract buildSeries(response: MetricResponse<M>): PointSeries[];
  protected abstract chartTitle(): string;
  /** The catalogue keys of the widget's words (see `CurveTexts`). */
  protected abstract readonly texts: CurveTexts;

  /** Announcement of a point: cohort, month, value with its numerator and denominator, and whether it is projected. */
  protected describe(s: PointSeries, i: number): string {
    const k = this.texts;
    return t(this.locale, k.point, {
      cohort: formatPeriod(this.intlLocale, s.label),
      [k.month]: formatNumber(this.intlLocale, s.xs[i]),
      value: formatPercent(this.intlLocale, s.ys[i], 2),
      numerator: formatNumber(this.intlLocale, s.numerators[i]),
      denominator: formatNumber(this.intlLocale, s.denominators[i]),
      projected: k.projected && this.projected(s, i) ? t(this.locale, k.projected) : '',
    });
  }

  /** Label of a month on the axis and in table headers. */
  protected monthLabel(month: number): string {
    return t(this.locale, this.texts.monthLabel, { [this.texts.month]: formatNumber(this.intlLocale, month) });
  }

  /** Header of the cohort column. */
  protected cohortHeader(): string {
    return t(this.locale, this.texts.cohort);
  }

  protected projected(s: PointSeries, i: number): boolean {
    return s.projectedFrom !== undefined && i >= s.projectedFrom;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const series = this.#series.update();
    if (series !== this.#shown) this.view.setSeries((this.#shown = series) ?? []);
    this.#height.read();
  }

  #select(s: PointSeries, i: number): void {
    const v = at(s.ys, i);
    emit<CkCurveSelectDetail>(this, 'ck-select', {
      series: s.key,
      period: s.key,
      month: at(s.xs, i),
      value: Number.isFinite(v) ? v : null,
      numerator: at(s.numerators, i),
      denominator: at(s.denominators, i),
      projected: this.projected(s, i),
    });
  }

  /** The triangle: one row per visible cohort, one column per month; projected cells say so. */
  #table(): TableSpec {
    const loc = this.intlLocale;
    const visible = this.view.series.filter((s) => !this.view.hidden.has(s.key));
    let max = 0;
    let min = Infinity;
    for (const s of visible) {
      if (s.xs.length) {
        min = Math.min(min, at(s.xs, 0));
        max = Math.max(max, at(s.xs, s.xs.length - 1));
      }
    }
    const months: number[] = [];
    for (let m = Number.isFinite(min) ? min : 1; m <= max; m++) months.push(m);
    const projection = t(this.locale, 'projection');
    return {
      caption: this.chartTitle(),
      columns: [this.cohortHeader(), ...months.map((m) => this.monthLabel(m))],
      rows: visible.map((s) => {
        const at = new Map<number, number>();
        s.xs.forEach((x, i) => at.set(x, i));
        return [
          s.label,
          ...months.map((m) => {
            const i = at.get(m);
            if (i === undefined) return '';
            const v = formatPercent(loc, s.ys[i], 2);
            return this.projected(s, i) ? `${v} (${projection})` : v;
          }),
        ];
      }),
    };
  }

  protected override render() {
    const title = this.chartTitle();
    const loc = this.intlLocale;
    const l = this.locale;
    return this.renderBody(
      title,
      () => {
        this.view.layout({
          width: this.width,
          height: this.#height.value,
          xType: 'linear',
          formatValue: this.#formatValue,
          formatTime: (m) => formatNumber(loc, m),
          projectionLabel: t(l, 'projection'),
        });
        return html`${this.view.legend(l)}${this.renderFrame(
          this.view.chart(
            (s, i) => ({
              title: `${s.label} · ${this.monthLabel(at(s.xs, i))}${this.projected(s, i) ? ` (${t(l, 'projection')})` : ''}`,
              lines: rateLines(l, loc, s.ys[i], s.numerators[i], s.denominators[i]),
            }),
            this.width,
          ),
          this.summary(),
          this.view.handlers,
        )}${this.renderTable(() => this.#table())}`;
      },
      { empty: !this.view.series.some((s) => s.xs.length) },
    );
  }

  #formatLocale = '';
  #format: (v: number) => string = (v) => formatPercentTick('en', v);
  /** Tick format of the value axis, one function per locale so the cached layout survives renders. */
  get #formatValue(): (v: number) => string {
    if (this.#formatLocale !== this.intlLocale) {
      const loc = (this.#formatLocale = this.intlLocale);
      this.#format = (v: number) => formatPercentTick(loc, v);
    }
    return this.#format;
  }

  /** The last observed point of the oldest visible cohort (the longest curve), for summaries. */
  protected latest(): { s: PointSeries; i: number } | null {
    const s = this.view.visible()[0];
    if (!s) return null;
    let i = s.xs.length - 1;
    while (i > 0 && this.projected(s, i)) i--;
    return { s, i };
  }

  /** The frame's summary: how many cohorts, from which to which, and the latest observed point of the oldest. */
  protected summary(): string {
    const vis = this.view.visible();
    const latest = this.latest();
    if (!vis.length || !latest) return '';
    const { summary, latest: latestKey, month } = this.texts;
    return t(this.locale, summary, {
      n: vis.length,
      from: formatPeriod(this.intlLocale, at(vis, 0).label),
      to: formatPeriod(this.intlLocale, at(vis, vis.length - 1).label),
      latest: t(this.locale, latestKey, {
        cohort: formatPeriod(this.intlLocale, latest.s.label),
        [month]: formatNumber(this.intlLocale, latest.s.xs[latest.i]),
        value: formatPercent(this.intlLocale, latest.s.ys[latest.i], 2),
      }),
    });
  }

  protected missing = MISSING;
}
