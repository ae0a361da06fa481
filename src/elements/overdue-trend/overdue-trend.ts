import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { basisOf, type Basis } from '../../model/metrics.js';
import { lineChart, lineChartModel, type LineChartModel, type LineChartSpec } from '../../charts/line-chart.js';
import { formatNumber, formatPercent, formatPeriod, formatTick, MISSING } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import type { PointFocus } from '../../render/keyboard.js';
import { legend } from '../../render/legend.js';
import { periodInterval } from '../../render/period.js';
import type { TableSpec } from '../../render/table.js';
import { tooltip } from '../../render/tooltip.js';
import { emit, type CkSelectDetail } from '../shared/events.js';
import { CkWidget } from '../shared/widget-base.js';
import { rateLines, rateTable } from '../shared/rate-table.js';
import { widgetStyles } from '../shared/widget.styles.js';
import { overdueSeries, type OverdueSeries } from '../../views/overdue-series.js';
import { overdueTrendStyles } from './overdue-trend.styles.js';
import { PointFocusState } from '../shared/point-focus.js';
import { nearestPoint } from '../shared/line-view.js';
import { at } from '../../model/at.js';
import { FrameHeight } from '../shared/frame-height.js';

/**
 * Overdue (delinquency) rate by bucket over time, as a multi-series line chart computed from the
 * `overdue` metric's counts and balances (rate = bucket ÷ all active accounts or balance).
 *
 * @summary Overdue rate trend by bucket (逾期率趋势).
 * @tag ck-overdue-trend
 *
 * @attr {string} source - Id of the `<ck-source>` to read from; default: the nearest ancestor source.
 * @attr {string} buckets - Buckets or bucket sets to draw, comma separated, e.g. `M1,M2,M3,M4+` or `M1+`.
 * @attr {'count'|'balance'} basis - Rate by number of accounts or by balance. Default `balance`.
 * @attr {string} from - First period, inclusive (`YYYY-MM`).
 * @attr {string} to - Last period, inclusive (`YYYY-MM`).
 * @attr {'day'|'week'|'month'|'quarter'|'year'} interval - Period granularity.
 * @attr {number} target - Target rate drawn as a dashed rule, e.g. `0.035`.
 * @attr {number} tolerance - Half-width of a shaded tolerance band around the target, e.g. `0.005` (±0.5 pp).
 *
 * @event {CustomEvent<CkErrorDetail>} ck-error - A fetch or validation failed; `detail.message` is what the widget shows.
 * @event {CustomEvent<CkSelectDetail>} ck-select - A data point was chosen by click or Enter.
 *
 * @csspart frame - The focusable chart area.
 * @csspart axis - Axes and grid lines.
 * @csspart mark - Lines, target rule and band.
 * @csspart legend - The legend with series toggles.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data table view.
 * @csspart state - Loading, empty and error messages.
 *
 * @cssproperty --ck-chart-height - Height of the chart area (default 260px).
 * @cssproperty --ck-series-1 - Colour of the first series (up to --ck-series-7).
 */
export class CkOverdueTrend extends CkWidget<'overdue'> {
  static override styles = [widgetStyles, overdueTrendStyles];

  static override properties: PropertyDeclarations = {
    buckets: { type: String },
    basis: { type: String },
    target: { type: Number },
    tolerance: { type: Number },
  };

  /** Buckets or bucket sets to draw, comma separated, e.g. `M1,M2,M3,M4+` or `M1+`. */
  declare buckets: string;
  /** Rate by number of accounts or by balance. Default `balance`. */
  declare basis: Basis;
  /** Target rate drawn as a dashed rule, e.g. `0.035`. */
  declare target: number | undefined;
  /** Half-width of a shaded tolerance band around the target, e.g. `0.005` (±0.5 pp). */
  declare tolerance: number | undefined;

  protected readonly metric = 'overdue' as const;

  #series: OverdueSeries[] = [];
  #seriesError = '';
  #model: LineChartModel | null = null;
  #spec: LineChartSpec | null = null;
  readonly #points: PointFocusState = new PointFocusState({
    update: () => this.requestUpdate(),
    announce: (text) => this.announce(text),
    describe: (f) => this.#describe(f),
    select: (f) => this.#select(f),
    lengths: () => this.#series.map((s) => (this.#points.hidden.has(s.key) ? 0 : s.xs.length)),
    hit: (x, y) => this.#hit(x, y),
  });
  readonly #height = new FrameHeight(this);
  #dataSeen: unknown = null;

  constructor() {
    super();
    this.buckets = 'M1,M2,M3,M4+';
    this.basis = 'balance';
  }

  get #bucketList(): string[] {
    return this.buckets
      .split(',')
      .map((b) => b.trim())
      .filter(Boolean);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const response = this.data.data;
    if (response !== this.#dataSeen || changed.has('buckets') || changed.has('basis')) {
      this.#dataSeen = response;
      this.#series = [];
      this.#seriesError = '';
      this.#points.focus = null;
      if (response) {
        try {
          this.#series = overdueSeries(response, this.#bucketList, basisOf(this.basis));
        } catch (error) {
          this.#seriesError = error instanceof Error ? error.message : String(error);
          emit(this, 'ck-error', { message: this.#seriesError, kind: 'validation', metric: 'overdue', stale: false });
        }
      }
      this.#spec = null;
    }
    this.#height.read();
    const spec = this.#chartSpec();
    if (
      !this.#spec ||
      spec.width !== this.#spec.width ||
      spec.height !== this.#spec.height ||
      spec.hidden !== this.#spec.hidden ||
      spec.target !== this.#spec.target ||
      spec.band?.[0] !== this.#spec.band?.[0] ||
      spec.band?.[1] !== this.#spec.band?.[1] ||
      spec.series !== this.#spec.series ||
      spec.formatValue !== this.#spec.formatValue
    ) {
      this.#model = spec.width > 0 && this.#series.length ? lineChartModel(spec) : null;
    }
    this.#spec = spec;
  }

  #formatValue = (v: number) => formatPercent(this.intlLocale, v, 1);
  #formatLocale = '';

  #chartSpec(): LineChartSpec {
    if (this.#formatLocale !== this.intlLocale) {
      this.#formatLocale = this.intlLocale;
      const locale = this.intlLocale;
      this.#formatValue = (v: number) => formatPercent(locale, v, 1);
    }
    const first = this.#series.find((s) => s.xs.length);
    const interval = first
      ? periodInterval(first.period(0), first.xs.length > 1 ? first.period(1) : undefined)
      : 'month';
    const locale = this.intlLocale;
    const width = this.width;
    return {
      width,
      height: width > 0 ? this.#height.value : 0,
      series: this.#series,
      hidden: this.#points.hidden,
      formatValue: this.#formatValue,
      formatTime: (time, unit) => formatTick(locale, time, unit ?? 'month'),
      interval,
      target: this.target ?? null,
      band: this.target != null && this.tolerance ? [this.target - this.tolerance, this.target + this.tolerance] : null,
      targetLabel: this.target != null ? formatPercent(locale, this.target, 1) : '',
      focus: this.#points.focus,
    };
  }

  #point(focus: PointFocus) {
    const s = at(this.#series, focus.series);
    return {
      s,
      period: s.period(focus.index),
      value: s.valueAt(focus.index),
      numerator: s.numeratorAt(focus.index),
      denominator: s.denominatorAt(focus.index),
    };
  }

  #describe(focus: PointFocus): string {
    const p = this.#point(focus);
    return t(this.locale, 'pointAnnouncement', {
      series: p.s.label,
      period: formatPeriod(this.intlLocale, p.period),
      value: Number.isFinite(p.value) ? formatPercent(this.intlLocale, p.value, 2) : MISSING,
      numerator: formatNumber(this.intlLocale, p.numerator),
      denominator: formatNumber(this.intlLocale, p.denominator),
    });
  }

  #select(focus: PointFocus): void {
    const p = this.#point(focus);
    emit<CkSelectDetail>(this, 'ck-select', {
      series: p.s.key,
      period: p.period,
      value: Number.isFinite(p.value) ? p.value : null,
      numerator: p.numerator,
      denominator: p.denominator,
    });
  }

  /** The point nearest the pointer (binary search on the raw times, then the closest in y). */
  #hit(px: number, py: number): PointFocus | null {
    return this.#model ? nearestPoint(this.#series, this.#points.hidden, this.#model, px, py) : null;
  }

  #summary(): string {
    const visible = this.#series.filter((s) => !this.#points.hidden.has(s.key) && s.xs.length);
    const first = visible[0];
    if (!first) return '';
    const n = first.xs.length;
    const latestValue = first.valueAt(n - 1);
    const prev = n > 1 ? first.valueAt(n - 2) : NaN;
    const trend =
      !Number.isFinite(prev) || !Number.isFinite(latestValue) || latestValue === prev
        ? 'trendFlat'
        : latestValue > prev
          ? 'trendUp'
          : 'trendDown';
    const latest = t(this.locale, 'latestValue', {
      series: first.label,
      value: formatPercent(this.intlLocale, latestValue, 2),
      period: formatPeriod(this.intlLocale, first.period(n - 1)),
      trend: t(this.locale, trend),
      previous: formatPercent(this.intlLocale, prev, 2),
    });
    return t(this.locale, 'overdueTrendSummary', {
      basis: t(this.locale, this.basis === 'count' ? 'accounts' : 'balance'),
      series: visible.map((s) => s.label).join(', '),
      from: formatPeriod(this.intlLocale, first.period(0)),
      to: formatPeriod(this.intlLocale, first.period(n - 1)),
      latest,
    });
  }

  #table(): TableSpec {
    const visible = this.#series.filter((s) => !this.#points.hidden.has(s.key));
    const periods = Array.from({ length: visible[0]?.xs.length ?? 0 }, (_, i) => at(visible, 0).period(i));
    const columns = visible.map((s) => ({
      label: s.label,
      rate: (i: number) => s.valueAt(i),
      numerator: (i: number) => s.numeratorAt(i),
      denominator: (i: number) => s.denominatorAt(i),
    }));
    return rateTable(this.locale, this.intlLocale, this.#title(), periods, columns);
  }

  #title(): string {
    return t(this.locale, 'overdueTrendTitle', {
      basis: t(this.locale, this.basis === 'count' ? 'accounts' : 'balance'),
    });
  }

  #tooltip() {
    if (!this.#points.focus || !this.#model) return null;
    const p = this.#point(this.#points.focus);
    if (!Number.isFinite(p.value)) return null;
    const locale = this.intlLocale;
    return tooltip({
      title: `${p.s.label} · ${formatPeriod(locale, p.period)}`,
      lines: rateLines(this.locale, locale, p.value, p.numerator, p.denominator),
      x: this.#model.x(at(p.s.xs, this.#points.focus.index)),
      y: this.#model.y(p.value),
      width: this.width,
      height: this.#spec?.height,
    });
  }

  protected override render() {
    if (this.#seriesError) return this.renderDataError(this.#title(), this.#seriesError);
    const items = this.#series.map((s) => ({ key: s.key, label: s.label, hidden: this.#points.hidden.has(s.key) }));
    return this.renderBody(
      this.#title(),
      () => html`${legend(items, this.locale, this.#points.toggle)}
        ${this.renderFrame(
          html`${this.#model && this.#spec ? lineChart(this.#spec, this.#model) : null}${this.#tooltip()}`,
          this.#summary(),
          this.#points.handlers,
        )}
        ${this.renderTable(() => this.#table())}`,
      { empty: !this.#series.some((s) => s.xs.length) },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-overdue-trend': CkOverdueTrend;
  }
}
