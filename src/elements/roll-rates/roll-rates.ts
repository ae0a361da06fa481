import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { heatmap, heatmapCellAt, heatmapLayout, type HeatmapSpec } from '../../charts/heatmap.js';
import { shiftPeriod, type PeriodTransitionMatrix } from '../../kpi/index.js';
import type { Basis } from '../../model/metrics.js';
import { formatCurrency, formatNumber, formatPercent, formatPeriod, formatTick, MISSING } from '../../render/format.js';
import { periodInterval } from '../../render/period.js';
import { t } from '../../render/i18n/index.js';
import { moveFocus, type PointFocus } from '../../render/keyboard.js';
import type { TableSpec } from '../../render/table.js';
import { tooltip } from '../../render/tooltip.js';
import { emit, type CkSelectDetail } from '../shared/events.js';
import { CkWidget } from '../shared/widget-base.js';
import { widgetStyles } from '../shared/widget.styles.js';
import { LineView, type PointSeries } from '../shared/line-view.js';
import { forecastView, matrixView, rollMatrices, rollTrend, type ForecastView, type MatrixView } from '../../views/roll-model.js';
import { rollRatesStyles } from './roll-rates.styles.js';

/** Views of `<ck-roll-rates>`. */
export type RollView = 'matrix' | 'trend' | 'forecast';
const VIEWS: readonly RollView[] = ['matrix', 'trend', 'forecast'];
const VIEW_KEYS = { matrix: 'rollViewMatrix', trend: 'rollViewTrend', forecast: 'rollViewForecast' } as const;

/**
 * Roll rates (迁徙率) from the `roll-rates` metric: the transition matrix of one month as a heatmap
 * with the rate in every cell, the roll-forward rates (M0→M1, M1→M2, …) over time, and the balances by
 * bucket rolled forward with the average matrix (dashed, labelled as projection). Matrices, rates and
 * the forecast come from `src/kpi`.
 *
 * @summary Transition matrix, roll rates over time and bucket forecast (迁徙率).
 * @tag ck-roll-rates
 *
 * @attr {string} source - Id of the `<ck-source>` to read from; default: the nearest ancestor source.
 * @attr {'matrix'|'trend'|'forecast'} view - What to show. Default `matrix`; the toolbar switches it.
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
 * @cssproperty --ck-background - Widget background.
 * @cssproperty --ck-foreground - Text colour.
 */
export class CkRollRates extends CkWidget<'roll-rates'> {
  static override styles = [widgetStyles, rollRatesStyles];

  static override properties: PropertyDeclarations = {
    ...CkWidget.properties,
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

  #matrices: PeriodTransitionMatrix[] = [];
  #matrix: MatrixView | null = null;
  #forecast: ForecastView | null = null;
  #error = '';
  #dataSeen: unknown = null;
  #cell: PointFocus | null = null;
  #pointer = false;
  #height = 300;

  #trend = new LineView(
    () => this.requestUpdate(),
    (text) => this.announce(text),
    (s, i) => this.#describePoint(s, i),
    (s, i) => this.#selectPoint(s, i),
  );
  #projection = new LineView(
    () => this.requestUpdate(),
    (text) => this.announce(text),
    (s, i) => this.#describeBalance(s, i),
    (s, i) => this.#selectPoint(s, i),
  );

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
      try {
        this.#matrices = response ? rollMatrices(response.rows, this.basis === 'count' ? 'count' : 'balance') : [];
        this.#trend.setSeries(rollTrend(this.#matrices));
      } catch (error) {
        this.#fail(error);
      }
    }
    if (newData || changed.has('period')) {
      this.#cell = null;
      try {
        this.#matrix = matrixView(this.#matrices, this.period);
      } catch (error) {
        this.#fail(error);
      }
    }
    if (newData || changed.has('months') || changed.has('window')) {
      try {
        this.#forecast = this.#matrices.length
          ? forecastView(this.#matrices, Math.max(1, this.months || 6), Math.max(1, this.window || 6), (p, k) => shiftPeriod(p, k) ?? p)
          : null;
        this.#projection.setSeries(this.#forecast?.series ?? []);
      } catch (error) {
        this.#fail(error);
      }
    }
    const frame = this.renderRoot.querySelector<HTMLElement>('[part="frame"]');
    if (frame?.clientHeight) this.#height = frame.clientHeight;
  }

  #fail(error: unknown): void {
    if (this.#error) return;
    this.#error = error instanceof Error ? error.message : String(error);
    emit(this, 'ck-error', { message: this.#error, kind: 'validation', metric: 'roll-rates', stale: false });
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
      default:
        return t(l, 'rollMatrixTitle', { period: this.#matrix ? formatPeriod(this.intlLocale, this.#matrix.period) : '', basis: this.#basisWord() });
    }
  }

  #pct = (v: number | null | undefined) => formatPercent(this.intlLocale, v, 1);
  #money = (v: number | null | undefined) => formatCurrency(this.intlLocale, v, this.data.data?.meta.currency ?? 'CNY', true);

  #describeCell(f: PointFocus): string {
    const m = this.#matrix!;
    return t(this.locale, 'rollCell', {
      from: m.rows[f.series]!,
      to: m.columns[f.index]!,
      value: formatPercent(this.intlLocale, m.rates[f.series]![f.index], 2),
      numerator: formatNumber(this.intlLocale, m.numerators[f.series]![f.index]),
      denominator: formatNumber(this.intlLocale, m.denominators[f.series]),
    });
  }

  #describePoint(s: PointSeries, i: number): string {
    return t(this.locale, 'pointAnnouncement', {
      series: s.label,
      period: formatPeriod(this.intlLocale, s.labels[i]!),
      value: formatPercent(this.intlLocale, s.ys[i], 2),
      numerator: formatNumber(this.intlLocale, s.numerators[i]),
      denominator: formatNumber(this.intlLocale, s.denominators[i]),
    });
  }

  #describeBalance(s: PointSeries, i: number): string {
    const projected = s.projectedFrom !== undefined && i >= s.projectedFrom;
    return `${s.label}, ${formatPeriod(this.intlLocale, s.labels[i]!)}: ${this.#money(s.ys[i])} (${t(this.locale, projected ? 'projection' : 'actual')})`;
  }

  #selectPoint(s: PointSeries, i: number): void {
    const v = s.ys[i]!;
    emit<CkSelectDetail>(this, 'ck-select', {
      series: s.key,
      period: s.labels[i]!,
      value: Number.isFinite(v) ? v : null,
      ...(Number.isFinite(s.denominators[i]!) ? { numerator: s.numerators[i]!, denominator: s.denominators[i]! } : {}),
    });
  }

  // ── matrix interaction ─────────────────────────────────────────────────────────────────────

  #setCell(f: PointFocus | null, pointer: boolean): void {
    this.#cell = f;
    this.#pointer = pointer;
    if (f && !pointer) this.announce(this.#describeCell(f));
    else this.requestUpdate();
  }

  #selectCell(): void {
    const f = this.#cell;
    const m = this.#matrix;
    if (!f || !m) return;
    emit<CkSelectDetail>(this, 'ck-select', {
      series: `${m.rows[f.series]}→${m.columns[f.index]}`,
      period: m.period,
      value: m.rates[f.series]![f.index] ?? null,
      numerator: m.numerators[f.series]![f.index]!,
      denominator: m.denominators[f.series]!,
    });
  }

  #matrixKeys = (e: KeyboardEvent) => {
    const m = this.#matrix;
    if (!m) return;
    if (e.key === 'Escape') {
      if (this.#cell) this.#setCell(null, false);
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      if (this.#cell) {
        e.preventDefault();
        this.#selectCell();
      }
      return;
    }
    // Rows are the "series", columns the points: Left/Right along a row, Up/Down between rows.
    // The first arrow press lands on the top-left cell.
    const next = !this.#cell && e.key.startsWith('Arrow') ? { series: 0, index: 0 } : moveFocus(this.#cell, e.key, m.rows.map(() => m.columns.length));
    if (next === undefined) return;
    e.preventDefault();
    this.#setCell(next, false);
  };

  #heatSpec(): HeatmapSpec | null {
    const m = this.#matrix;
    if (!m) return null;
    return {
      width: this.width,
      height: this.#height,
      rows: m.rows,
      columns: m.columns,
      values: m.rates,
      formatValue: this.#pct,
      columnTitle: t(this.locale, 'rollTo'),
      rowTitle: t(this.locale, 'rollFrom'),
      focus: this.#cell ? { row: this.#cell.series, col: this.#cell.index } : null,
    };
  }

  #matrixPointer = (e: PointerEvent) => {
    const spec = this.#heatSpec();
    if (!spec) return;
    const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const c = heatmapCellAt(heatmapLayout(spec), spec, e.clientX - rect.left, e.clientY - rect.top);
    if (!c) return;
    if (c.row !== this.#cell?.series || c.col !== this.#cell?.index) this.#setCell({ series: c.row, index: c.col }, true);
  };

  #matrixTooltip(spec: HeatmapSpec): TemplateResult | null {
    const f = this.#cell;
    const m = this.#matrix;
    if (!f || !m) return null;
    const layout = heatmapLayout(spec);
    const l = this.locale;
    return tooltip({
      title: `${m.rows[f.series]} → ${m.columns[f.index]}`,
      lines: [
        [t(l, 'rate'), formatPercent(this.intlLocale, m.rates[f.series]![f.index], 2)],
        [t(l, 'numerator'), formatNumber(this.intlLocale, m.numerators[f.series]![f.index])],
        [t(l, 'denominator'), formatNumber(this.intlLocale, m.denominators[f.series])],
      ],
      x: layout.left + (f.index + 1) * layout.cellWidth,
      y: layout.top + (f.series + 0.5) * layout.cellHeight,
      width: this.width,
    });
  }

  #matrixSummary(): string {
    const m = this.#matrix;
    if (!m) return '';
    const cure = m.rows
      .map((from, i) =>
        // The first column is the current state: its share of a delinquent row is that row's cure rate.
        i > 0 && from !== 'NEW' ? t(this.locale, 'rollCure', { state: from, value: formatPercent(this.intlLocale, m.rates[i]![0], 1) }) : '',
      )
      .filter(Boolean)
      .slice(0, 3)
      .join(' ');
    return t(this.locale, 'rollMatrixSummary', { period: formatPeriod(this.intlLocale, m.period), cure });
  }

  // ── tables ────────────────────────────────────────────────────────────────────────────────

  #table(): TableSpec {
    const l = this.locale;
    const loc = this.intlLocale;
    if (this.#view === 'matrix') {
      const m = this.#matrix!;
      return {
        caption: this.#title(),
        columns: [`${t(l, 'rollFrom')} \\ ${t(l, 'rollTo')}`, ...m.columns, t(l, 'denominator')],
        rows: m.rows.map((from, i) => [from, ...m.rates[i]!.map((r) => formatPercent(loc, r, 1)), formatNumber(loc, m.denominators[i])]),
      };
    }
    if (this.#view === 'trend') {
      const vis = this.#trend.series.filter((s) => !this.#trend.hidden.has(s.key));
      const labels = vis[0]?.labels ?? [];
      return {
        caption: this.#title(),
        columns: [t(l, 'period'), ...vis.flatMap((s) => [s.label, `${s.label} ${t(l, 'numerator')}`, `${s.label} ${t(l, 'denominator')}`])],
        rows: labels.map((p, i) => [
          formatPeriod(loc, p),
          ...vis.flatMap((s) => [formatPercent(loc, s.ys[i], 2), formatNumber(loc, s.numerators[i]), formatNumber(loc, s.denominators[i])]),
        ]),
      };
    }
    const vis = this.#projection.series.filter((s) => !this.#projection.hidden.has(s.key));
    const labels = vis[0]?.labels ?? [];
    const f = this.#forecast;
    return {
      caption: this.#title(),
      columns: [t(l, 'period'), ...vis.map((s) => s.label), t(l, 'rollChargedOff')],
      rows: labels.map((p, i) => [
        `${formatPeriod(loc, p)} (${t(l, i === 0 ? 'actual' : 'projection')})`,
        ...vis.map((s) => formatCurrency(loc, s.ys[i], this.data.data?.meta.currency ?? 'CNY')),
        i === 0 ? MISSING : formatCurrency(loc, f?.forecast.months[i - 1]?.chargedOff, this.data.data?.meta.currency ?? 'CNY'),
      ]),
    };
  }

  // ── render ────────────────────────────────────────────────────────────────────────────────

  #toolbar(): TemplateResult {
    return html`<span class="views" role="group">${VIEWS.map(
      (v) => html`<button type="button" aria-pressed=${this.#view === v ? 'true' : 'false'} @click=${() => {
        this.view = v;
        this.#cell = null;
      }}>${t(this.locale, VIEW_KEYS[v])}</button>`,
    )}</span>`;
  }

  #renderMatrix(): TemplateResult {
    const spec = this.#heatSpec()!;
    return html`${this.renderFrame(html`${spec.width > 0 ? heatmap(spec) : null}${this.#matrixTooltip(spec)}`, this.#matrixSummary(), {
      keydown: this.#matrixKeys,
      pointermove: this.#matrixPointer,
      pointerleave: () => this.#pointer && this.#setCell(null, false),
      click: () => this.#selectCell(),
      blur: () => !this.#pointer && this.#cell && this.#setCell(null, false),
    })}`;
  }

  #renderLines(view: LineView, forecast: boolean): TemplateResult {
    const loc = this.intlLocale;
    const first = view.series[0];
    view.layout({
      width: this.width,
      height: this.#height,
      formatValue: forecast ? this.#money : this.#pct,
      formatTime: (time, unit) => formatTick(loc, time, unit ?? 'month'),
      interval: periodInterval(first?.labels[0], first?.labels[1]),
      ...(forecast ? { projectionLabel: t(this.locale, 'projection') } : {}),
    });
    const l = this.locale;
    const summary = forecast
      ? t(l, 'rollForecastSummary', {
          from: first ? formatPeriod(loc, first.labels[0]!) : '',
          months: Math.max(1, this.months || 6),
          period: this.#forecast ? formatPeriod(loc, this.#forecast.period) : '',
          window: Math.min(Math.max(1, this.window || 6), this.#matrices.length),
          chargedOff: this.#money(this.#forecast?.forecast.months.reduce((sum, m) => sum + m.chargedOff, 0)),
        })
      : t(l, 'rollTrendSummary', {
          series: view.visible().map((s) => s.label).join(', '),
          from: first ? formatPeriod(loc, first.labels[0]!) : '',
          to: first ? formatPeriod(loc, first.labels[first.labels.length - 1]!) : '',
        });
    return html`${view.legend(l)}${this.renderFrame(
      view.chart((s, i) => {
        const projected = s.projectedFrom !== undefined && i >= s.projectedFrom;
        return {
          title: `${s.label} · ${formatPeriod(loc, s.labels[i]!)}`,
          lines: forecast
            ? [[t(l, 'balance'), this.#money(s.ys[i])], [t(l, 'value'), t(l, projected ? 'projection' : 'actual')]]
            : [
                [t(l, 'rate'), formatPercent(loc, s.ys[i], 2)],
                [t(l, 'numerator'), formatNumber(loc, s.numerators[i])],
                [t(l, 'denominator'), formatNumber(loc, s.denominators[i])],
              ],
        };
      }, this.width),
      summary,
      view.handlers,
    )}`;
  }

  protected override render() {
    if (this.#error) {
      return html`${this.renderHeader(this.#title())}<div part="state" class="state error" role="alert"><strong>${t(this.locale, 'error')}</strong><span>${this.#error}</span></div>`;
    }
    const view = this.#view;
    const empty =
      view === 'matrix' ? !this.#matrix?.rows.length : view === 'trend' ? !this.#trend.series.some((s) => s.xs.length) : !this.#projection.series.length;
    return this.renderBody(
      this.#title(),
      () =>
        html`${view === 'matrix' ? this.#renderMatrix() : this.#renderLines(view === 'trend' ? this.#trend : this.#projection, view === 'forecast')}${this.renderTable(() =>
          this.#table(),
        )}`,
      { empty, toolbar: this.#toolbar() },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-roll-rates': CkRollRates;
  }
}
