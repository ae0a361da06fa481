import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { shiftPeriod, type PeriodTransitionMatrix } from '../../kpi/index.js';
import type { Basis } from '../../model/metrics.js';
import { formatCurrency, formatPercent, formatPeriod, formatTick } from '../../render/format.js';
import { periodInterval } from '../../render/period.js';
import { t } from '../../render/i18n/index.js';
import { dataTable, type TableSpec } from '../../render/table.js';
import { emit, type CkSelectDetail } from '../shared/events.js';
import { CkWidget } from '../shared/widget-base.js';
import { rateLines, rateTable } from '../shared/rate-table.js';
import { forecastTable, matrixTable } from './roll-text.js';
import { MatrixPanel } from './matrix-panel.js';
import { widgetStyles } from '../shared/widget.styles.js';
import { heatmapStyles, viewToggleStyles } from '../shared/panel.styles.js';
import { describeRatePoint, LineView, type PointSeries } from '../shared/line-view.js';
import { forecastView, matrixView, rollMatrices, rollTrend, type ForecastView } from '../../views/roll-model.js';
import { rollRatesStyles } from './roll-rates.styles.js';
import { at } from '../../model/at.js';
import { cureDays, type CureDaysResult } from '../../kpi/cure.js';
import { cureTrend } from '../../views/cure-model.js';
import { renderCureDays } from './cure-panel.js';
import { FrameHeight } from '../shared/frame-height.js';
import { memoByRef } from '../../views/memo.js';

/** Views of `<ck-roll-rates>`. */
export type RollView = 'matrix' | 'trend' | 'forecast' | 'cure';
const VIEWS: readonly RollView[] = ['matrix', 'trend', 'forecast', 'cure'];
const VIEW_KEYS = { matrix: 'rollViewMatrix', trend: 'rollViewTrend', forecast: 'rollViewForecast', cure: 'rollViewCure' } as const;
/** Days to cure of a response's rows, once for all the page's roll-rate views (they share the response). */
const daysToCure = memoByRef(cureDays);

/**
 * Roll rates (迁徙率) from the `roll-rates` metric: the transition matrix of one month as a heatmap
 * with the rate in every cell, the roll-forward rates (M0→M1, M1→M2, …) over time, the balances by
 * bucket rolled forward with the average matrix (dashed, labelled as projection), and the cure rate per
 * bucket over time with the days to cure in bins. Matrices, rates and the forecast come from `src/kpi`.
 *
 * @summary Transition matrix, roll rates over time and bucket forecast (迁徙率).
 * @tag ck-roll-rates
 *
 * @attr {string} source - Id of the `<ck-source>` to read from; default: the nearest ancestor source.
 * @attr {'matrix'|'trend'|'forecast'|'cure'} view - What to show. Default `matrix`; the toolbar switches it.
 * @attr {string} period - Month of the matrix (`YYYY-MM`, the "to" month); default the latest.
 * @attr {'count'|'balance'} basis - Rates by accounts or by balance. Default `balance`.
 * @attr {number} months - Months to project in the forecast view. Default 6.
 * @attr {number} window - Matrices averaged for the forecast (the latest ones). Default 6.
 * @attr {string} from - First period, inclusive (`YYYY-MM`).
 * @attr {string} to - Last period, inclusive (`YYYY-MM`).
 *
 * @event {CustomEvent<CkErrorDetail>} ck-error - A fetch or validation failed.
 * @event {CustomEvent<CkSelectDetail>} ck-select - A cell or point was chosen by click or Enter; `series` is `from→to` or the bucket.
 *
 * @csspart frame - The focusable chart area.
 * @csspart axis - Axes and labels.
 * @csspart mark - Cells and lines.
 * @csspart legend - The legend of the trend and forecast views.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data table view.
 * @csspart state - Loading, empty and error messages.
 *
 * @cssproperty --ck-chart-height - Height of the chart area (default 300px).
 * @cssproperty --ck-series-1 - Colour of the first series (up to --ck-series-7).
 */
export class CkRollRates extends CkWidget<'roll-rates'> {
  static override styles = [widgetStyles, viewToggleStyles, heatmapStyles, rollRatesStyles];
  static override properties: PropertyDeclarations = {
    view: { type: String, reflect: true },
    period: { type: String },
    basis: { type: String },
    months: { type: Number },
    window: { type: Number },
  };

  /** What to show. Default `matrix`; the toolbar switches it. */
  declare view: RollView;
  /** Month of the matrix (`YYYY-MM`, the "to" month); default the latest. */
  declare period: string | undefined;
  /** Rates by accounts or by balance. Default `balance`. */
  declare basis: Basis;
  /** Months to project in the forecast view. Default 6. */
  declare months: number;
  /** Matrices averaged for the forecast (the latest ones). Default 6. */
  declare window: number;

  protected readonly metric = 'roll-rates' as const;

  #matrices: readonly PeriodTransitionMatrix[] = [];
  #forecast: ForecastView | null = null;
  #error = '';
  #dataSeen: unknown = null;
  #panel = new MatrixPanel(
    () => this.requestUpdate(),
    (text) => this.announce(text),
    (detail) => emit<CkSelectDetail>(this, 'ck-select', detail),
  );
  readonly #height = new FrameHeight(this, 300);

  #trend = this.#rateView();
  #cure = this.#rateView();
  #days: CureDaysResult | null = null;
  #projection = new LineView(() => this.requestUpdate(), (text) => this.announce(text), (s, i) => this.#describeBalance(s, i), (s, i) => this.#selectPoint(s, i));

  constructor() {
    super();
    this.view = 'matrix';
    this.basis = 'balance';
    this.months = 6;
    this.window = 6;
  }

  get #view(): RollView {
    return VIEWS.includes(this.view) ? this.view : 'matrix';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const response = this.data.data;
    const newData = response !== this.#dataSeen || changed.has('basis');
    if (newData) {
      this.#dataSeen = response;
      this.#matrices = [];
      this.#error = '';
      this.#try(() => {
        this.#matrices = response ? rollMatrices(response.rows, this.basis === 'count' ? 'count' : 'balance') : [];
        this.#trend.setSeries(rollTrend(this.#matrices));
        this.#cure.setSeries(cureTrend(this.#matrices));
        this.#days = response ? daysToCure(response.rows) : null;
      });
    }
    if (newData || changed.has('period')) this.#try(() => this.#panel.setMatrix(matrixView(this.#matrices, this.period)));
    if (newData || changed.has('months') || changed.has('window')) {
      this.#try(() => {
        this.#forecast = this.#matrices.length
          ? forecastView(this.#matrices, Math.max(1, this.months || 6), Math.max(1, this.window || 6), (p, k) => shiftPeriod(p, k) ?? p)
          : null;
        this.#projection.setSeries(this.#forecast?.series ?? []);
      });
    }
    this.#height.read();
  }

  /** Runs one derivation step; its failure shows the error view and emits one `ck-error`. */
  #try(step: () => void): void {
    try {
      step();
    } catch (error) {
      if (this.#error) return;
      this.#error = error instanceof Error ? error.message : String(error);
      emit(this, 'ck-error', { message: this.#error, kind: 'validation', metric: 'roll-rates', stale: false });
    }
  }

  // ── words ──────────────────────────────────────────────────────────────────────────────────

  #basisWord(): string {
    return t(this.locale, this.basis === 'count' ? 'accounts' : 'balance');
  }

  #title(): string {
    const l = this.locale;
    switch (this.#view) {
      case 'trend':
        return t(l, 'rollTrendTitle', { basis: this.#basisWord() });
      case 'forecast':
        return t(l, 'rollForecastTitle', { months: Math.max(1, this.months || 6) });
      case 'cure':
        return t(l, 'cureTitle', { basis: this.#basisWord() });
      default:
        return t(l, 'rollMatrixTitle', { period: this.#panel.matrix ? formatPeriod(this.intlLocale, this.#panel.matrix.period) : '', basis: this.#basisWord() });
    }
  }

  #pct = (v: number | null | undefined) => formatPercent(this.intlLocale, v, 1);
  #money = (v: number | null | undefined) => formatCurrency(this.intlLocale, v, this.data.data?.meta.currency ?? 'CNY', true);

  #rateView(): LineView {
    const describe = (s: PointSeries, i: number) => describeRatePoint(this.locale, this.intlLocale, s, i);
    return new LineView(() => this.requestUpdate(), (text) => this.announce(text), describe, (s, i) => this.#selectPoint(s, i));
  }

  #describeBalance(s: PointSeries, i: number): string {
    const projected = s.projectedFrom !== undefined && i >= s.projectedFrom;
    return `${s.label}, ${formatPeriod(this.intlLocale, at(s.labels, i))}: ${this.#money(s.ys[i])} (${t(this.locale, projected ? 'projection' : 'actual')})`;
  }

  #selectPoint(s: PointSeries, i: number): void {
    const v = at(s.ys, i);
    emit<CkSelectDetail>(this, 'ck-select', {
      series: s.key,
      period: at(s.labels, i),
      value: Number.isFinite(v) ? v : null,
      ...(Number.isFinite(at(s.denominators, i)) ? { numerator: at(s.numerators, i), denominator: at(s.denominators, i) } : {}),
    });
  }

  // ── tables ────────────────────────────────────────────────────────────────────────────────

  #table(): TableSpec {
    const caption = this.#title();
    const matrix = this.#panel.matrix;
    if (this.#view === 'matrix') return matrix ? matrixTable(this.locale, this.intlLocale, caption, matrix) : { caption, columns: [], rows: [] };
    if (this.#view === 'trend' || this.#view === 'cure') {
      const lines = this.#view === 'cure' ? this.#cure : this.#trend;
      const vis = lines.series.filter((s) => !lines.hidden.has(s.key));
      const columns = vis.map((s) => ({ label: s.label, rate: (i: number) => s.ys[i], numerator: (i: number) => s.numerators[i], denominator: (i: number) => s.denominators[i] }));
      return rateTable(this.locale, this.intlLocale, caption, vis[0]?.labels ?? [], columns);
    }
    const vis = this.#projection.series.filter((s) => !this.#projection.hidden.has(s.key));
    const chargedOff = this.#forecast?.forecast.months.map((m) => m.chargedOff) ?? [];
    return forecastTable(this.locale, this.intlLocale, caption, vis, chargedOff, this.data.data?.meta.currency ?? 'CNY');
  }

  // ── render ────────────────────────────────────────────────────────────────────────────────

  #toolbar(): TemplateResult {
    return html`<span class="views" role="group">${VIEWS.map(
      (v) => html`<button type="button" aria-pressed=${this.#view === v ? 'true' : 'false'} @click=${() => {
        this.view = v;
        this.#panel.clearFocus();
      }}>${t(this.locale, VIEW_KEYS[v])}</button>`,
    )}</span>`;
  }

  #renderMatrix(): TemplateResult | null {
    return this.#panel.render({
      width: this.width,
      height: this.#height.value,
      locale: this.locale,
      intlLocale: this.intlLocale,
      formatValue: this.#pct,
      compactValue: (v) => formatPercent(this.intlLocale, v, 0),
      table: () => dataTable(this.#table(), 'matrix-table'),
      frame: (content, summary, handlers) => this.renderFrame(content, summary, handlers),
    });
  }

  #renderLines(view: LineView, forecast: boolean, summaryKey: 'rollTrendSummary' | 'cureSummary' = 'rollTrendSummary'): TemplateResult {
    const loc = this.intlLocale;
    const first = view.series[0];
    view.layout({
      width: this.width,
      height: this.#height.value,
      formatValue: forecast ? this.#money : this.#pct,
      formatTime: (time, unit) => formatTick(loc, time, unit ?? 'month'),
      interval: periodInterval(first?.labels[0], first?.labels[1]),
      ...(forecast ? { projectionLabel: t(this.locale, 'projection') } : {}),
    });
    const l = this.locale;
    const summary = forecast
      ? t(l, 'rollForecastSummary', {
          from: first ? formatPeriod(loc, at(first.labels, 0)) : '',
          months: Math.max(1, this.months || 6),
          period: this.#forecast ? formatPeriod(loc, this.#forecast.period) : '',
          window: Math.min(Math.max(1, this.window || 6), this.#matrices.length),
          chargedOff: this.#money(this.#forecast?.forecast.months.reduce((sum, m) => sum + m.chargedOff, 0)),
        })
      : t(l, summaryKey, {
          series: view.visible().map((s) => s.label).join(', '),
          from: first ? formatPeriod(loc, at(first.labels, 0)) : '',
          to: first ? formatPeriod(loc, at(first.labels, first.labels.length - 1)) : '',
        });
    return html`${view.legend(l)}${this.renderFrame(
      view.chart((s, i) => {
        const projected = s.projectedFrom !== undefined && i >= s.projectedFrom;
        return {
          title: `${s.label} · ${formatPeriod(loc, at(s.labels, i))}`,
          lines: forecast
            ? [[t(l, 'balance'), this.#money(s.ys[i])], [t(l, 'value'), t(l, projected ? 'projection' : 'actual')]]
            : rateLines(l, loc, s.ys[i], s.numerators[i], s.denominators[i]),
        };
      }, this.width),
      summary,
      view.handlers,
    )}`;
  }

  protected override render() {
    if (this.#error) return this.renderDataError(this.#title(), this.#error);
    const view = this.#view;
    const lines = view === 'cure' ? this.#cure : this.#trend;
    const empty = view === 'matrix' ? !this.#panel.matrix?.rows.length : view === 'forecast' ? !this.#projection.series.length : !lines.series.some((s) => s.xs.length);
    const chart = () =>
      view === 'matrix'
        ? this.#renderMatrix()
        : view === 'cure'
          ? html`${this.#renderLines(lines, false, 'cureSummary')}${renderCureDays(this.locale, this.intlLocale, this.#days)}`
          : this.#renderLines(view === 'trend' ? lines : this.#projection, view === 'forecast');
    return this.renderBody(
      this.#title(),
      () => html`${chart()}${this.renderTable(() => this.#table())}`,
      { empty, toolbar: this.#toolbar() },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-roll-rates': CkRollRates;
  }
}
