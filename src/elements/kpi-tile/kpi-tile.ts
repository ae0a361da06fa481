import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { sparkline } from '../../charts/sparkline.js';
import { formatNumber, formatPercent, formatPeriod, MISSING } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import { moveFocus } from '../../render/keyboard.js';
import type { TableSpec } from '../../render/table.js';
import { tooltip } from '../../render/tooltip.js';
import { emit, type CkSelectDetail } from '../shared/events.js';
import { CkWidget } from '../shared/widget-base.js';
import { widgetStyles } from '../shared/widget.styles.js';
import { kpiTileStyles } from './kpi-tile.styles.js';
import { tileDelta, tileStatus, tileSummary, tileTable, tileTitle } from '../../views/tile-text.js';
import { tileSeries, type TileMetric, type TileSeries } from '../../views/tile-series.js';
import { tilePointsReady } from '../../views/tile-points.js';
import { at } from '../../model/at.js';
import { FrameHeight } from '../shared/frame-height.js';

const DEFAULT_BETTER: Record<TileMetric, 'lower' | 'higher'> = {
  overdue: 'lower',
  recovery: 'higher',
  complaints: 'lower',
  agents: 'higher',
  'roll-rates': 'lower',
};

/**
 * One KPI at a glance: its latest value, the change against the comparison period (percentage points
 * for rates, percent for amounts), a sparkline of the trend and the status against a target, shown by
 * icon and text as well as colour. Every ratio comes from `src/kpi`.
 *
 * @summary KPI tile: value, delta, sparkline and target status (指标卡).
 * @tag ck-kpi-tile
 *
 * @attr {string} source - Id of the `<ck-source>` to read from; default: the nearest ancestor source.
 * @attr {'overdue'|'recovery'|'complaints'|'agents'|'roll-rates'} metric - Which KPI: overdue rate, recovery rate, complaints per accounts, kept-promise rate, net flow to loss 催收乘数 (`roll-rates`). Default `overdue`.
 * @attr {string} bucket - `overdue`: bucket or bucket set, e.g. `M1+` (default) or `M3`.
 * @attr {string} basis - `overdue`, `roll-rates`: `count` or `balance` (default); `recovery`: `gross` (default) or `net` (of fees).
 * @attr {number} measure - `recovery`: months since charge-off (default 12); `complaints`: per how many accounts (default 10000).
 * @attr {'previous-period'|'same-period-last-year'} compare - Comparison period of the delta. Default `previous-period`.
 * @attr {number} target - Target value, e.g. `0.035`.
 * @attr {'lower'|'higher'} better - Which direction is good; default per metric (lower for overdue and complaints).
 * @attr {'cn'|''} convention - `cn`: colour deltas by direction, red up and green down (Chinese convention), instead of by good/bad.
 * @attr {string} from - First period, inclusive (`YYYY-MM`).
 * @attr {string} to - Last period, inclusive (`YYYY-MM`).
 * @attr {'day'|'week'|'month'|'quarter'|'year'} interval - Period granularity.
 *
 * @event {CustomEvent<CkErrorDetail>} ck-error - A fetch or validation failed; `detail.message` is what the widget shows.
 * @event {CustomEvent<CkSelectDetail>} ck-select - A sparkline point was chosen by click or Enter.
 *
 * @csspart value - The big value.
 * @csspart delta - The change against the comparison period.
 * @csspart frame - The focusable sparkline.
 * @csspart mark - The sparkline and its target rule.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data table view.
 * @csspart state - Loading, empty and error messages.
 *
 * @cssproperty --ck-value-size - Font size of the value (default 2em).
 * @cssproperty --ck-sparkline-height - Height of the sparkline (default 48px).
 * @cssproperty --ck-good - Colour of a change for the better and of a met target.
 * @cssproperty --ck-bad - Colour of a change for the worse and of a missed target.
 * @cssproperty --ck-up - Colour of a rise under `convention="cn"` (default red).
 * @cssproperty --ck-down - Colour of a fall under `convention="cn"` (default green).
 * @cssproperty --ck-series-1 - Colour of the sparkline.
 */
export class CkKpiTile extends CkWidget<TileMetric> {
  static override styles = [widgetStyles, kpiTileStyles];

  static override properties: PropertyDeclarations = {
    metric: { type: String },
    bucket: { type: String },
    basis: { type: String },
    measure: { type: Number },
    compare: { type: String },
    target: { type: Number },
    better: { type: String },
    convention: { type: String, reflect: true },
  };

  /** Which KPI: overdue rate, recovery rate, complaints per accounts, kept-promise rate, net flow to loss (`roll-rates`). Default `overdue`. */
  declare metric: TileMetric;
  /** `overdue`: bucket or bucket set, e.g. `M1+` (default) or `M3`. */
  declare bucket: string;
  /** `overdue`, `roll-rates`: `count` or `balance` (default); `recovery`: `gross` (default) or `net` (of fees). */
  declare basis: string;
  /** `recovery`: months since charge-off (default 12); `complaints`: per how many accounts (default 10000). */
  declare measure: number | undefined;
  /** Comparison period of the delta. Default `previous-period`. */
  declare compare: 'previous-period' | 'same-period-last-year';
  /** Target value, e.g. `0.035`. */
  declare target: number | undefined;
  /** Which direction is good; default per metric (lower for overdue and complaints). */
  declare better: 'lower' | 'higher' | undefined;
  /** `cn`: colour deltas by direction, red up and green down (Chinese convention), instead of by good/bad. */
  declare convention: string | undefined;

  #series: TileSeries | null = null;
  readonly #derived = this.derive(
    () => [this.data.data, this.metric, this.bucket, this.basis, this.measure, this.compare],
    () => {
      const response = this.data.data;
      if (!response) return null;
      const basis = this.basis === 'count' ? 'count' : 'balance';
      const compare = this.compare === 'same-period-last-year' ? 'same-period-last-year' : 'previous-period';
      return tileSeries(this.metric, response, { bucket: this.bucket || 'M1+', basis, net: this.basis === 'net', measure: this.measure, compare });
    },
  );
  #focus: number | null = null;
  #pointer = false;
  readonly #height = new FrameHeight(this, 48, '--ck-sparkline-height');

  constructor() {
    super();
    this.metric = 'overdue';
    this.bucket = 'M1+';
    this.basis = '';
    this.compare = 'previous-period';
  }

  /** Waits for the KPI module of the tile's metric the first time it shows that metric (see `tilePointsReady`). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const wait = tilePointsReady(this.metric);
    return wait ? wait.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  get #better(): 'lower' | 'higher' {
    return this.better === 'lower' || this.better === 'higher' ? this.better : (DEFAULT_BETTER[this.metric] ?? 'lower');
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const series = this.#derived.update();
    if (series !== this.#series) this.#focus = null;
    this.#series = series;
    this.#height.read();
  }

  #title(): string {
    return tileTitle(this.locale, this.intlLocale, { metric: this.metric, bucket: this.bucket, basis: this.basis, measure: this.measure });
  }

  #format(v: number | null | undefined, digits = 2): string {
    if (!this.#series) return MISSING;
    return this.#series.kind === 'rate' ? formatPercent(this.intlLocale, v, digits) : formatNumber(this.intlLocale, v, digits);
  }

  #period(period: string): string {
    return period ? formatPeriod(this.intlLocale, period) : '';
  }

  /** Delta text, direction and whether it is for the better. */
  #delta() {
    return tileDelta(this.locale, this.intlLocale, this.#series?.comparison, this.#better);
  }

  /** Target status: icon, text and whether the target is met; null without a target or value. */
  #status() {
    return tileStatus(this.locale, this.#series?.comparison?.value, this.target, this.#better, (v) => this.#format(v));
  }

  #describe(s: TileSeries, i: number): string {
    return t(this.locale, 'pointAnnouncement', {
      series: this.#title(),
      period: this.#period(at(s.periods, i)),
      value: this.#format(s.values[i]),
      numerator: formatNumber(this.intlLocale, s.numerators[i]),
      denominator: formatNumber(this.intlLocale, s.denominators[i]),
    });
  }

  #setFocus(i: number | null, pointer: boolean): void {
    this.#focus = i;
    this.#pointer = pointer;
    if (i !== null && !pointer && this.#series) this.announce(this.#describe(this.#series, i));
    else this.requestUpdate();
  }

  #select(): void {
    const s = this.#series;
    if (!s || !s.periods.length) return;
    const i = this.#focus ?? s.periods.length - 1;
    const v = at(s.values, i);
    emit<CkSelectDetail>(this, 'ck-select', {
      series: this.metric,
      period: at(s.periods, i),
      value: Number.isFinite(v) ? v : null,
      numerator: at(s.numerators, i),
      denominator: at(s.denominators, i),
    });
  }

  #onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      if (this.#focus !== null) this.#setFocus(null, false);
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.#select();
      return;
    }
    const n = this.#series?.periods.length ?? 0;
    const next = moveFocus(this.#focus === null ? null : { series: 0, index: this.#focus }, e.key, [n]);
    if (next === undefined) return;
    e.preventDefault();
    this.#setFocus(next ? next.index : null, false);
  };

  #onPointerMove = (e: PointerEvent) => {
    const n = this.#series?.periods.length ?? 0;
    if (n < 1 || this.width <= 8) return;
    const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const i = Math.max(0, Math.min(n - 1, Math.round(((e.clientX - rect.left - 4) / (this.width - 8)) * (n - 1))));
    if (i !== this.#focus) this.#setFocus(i, true);
  };

  #tooltip(): TemplateResult | null {
    const s = this.#series;
    const i = this.#focus;
    if (!s || i === null) return null;
    const n = s.periods.length;
    const l = this.locale;
    return tooltip({
      title: this.#period(at(s.periods, i)) || this.#title(),
      lines: [
        [t(l, 'value'), this.#format(s.values[i])],
        [t(l, 'numerator'), formatNumber(this.intlLocale, s.numerators[i])],
        [t(l, 'denominator'), formatNumber(this.intlLocale, s.denominators[i])],
      ],
      x: 4 + (n > 1 ? (i / (n - 1)) * (this.width - 8) : this.width / 2),
      y: 0,
      width: this.width,
      height: this.#height.value,
    });
  }

  #summary(): string {
    const c = this.#series?.comparison;
    return c ? tileSummary(this.locale, this.#title(), this.#format(c.value), this.#period(c.period ?? ''), this.#delta(), this.#status()) : '';
  }

  #table(s: TileSeries): TableSpec {
    return tileTable(this.locale, this.intlLocale, this.#title(), s, (v) => this.#format(v));
  }

  protected override render() {
    const s = this.#series;
    return this.renderBody(
      this.#title(),
      () => {
        if (!s) return null; // (`empty` below: the body is drawn only with a series)
        const c = s.comparison;
        const d = this.#delta();
        const status = this.#status();
        const arrow = d.direction === 'up' ? '▲' : d.direction === 'down' ? '▼' : d.direction === 'flat' ? '＝' : '';
        const tone = d.good === null ? '' : d.good ? 'good' : 'bad';
        return html`<div class="figures">
            <span part="value">${this.#format(c?.value)}</span>
            <span part="delta" class="${tone} ${d.direction}"
              ><span aria-hidden="true">${arrow}</span> ${d.text}
              ${d.good === null ? null : html`<span class="verdict">(${t(this.locale, d.good ? 'tileBetter' : 'tileWorse')})</span>`}
              <span class="muted">${d.vs}</span></span
            >
          </div>
          ${status
            ? html`<p class="status ${status.met ? 'good' : 'bad'}"><span aria-hidden="true">${status.icon}</span> ${status.text}</p>`
            : null}
          ${s.periods.length > 1
            ? this.renderFrame(
                html`${sparkline({ width: this.width, height: this.#height.value, values: s.values, target: this.target ?? null, focus: this.#focus })}${this.#tooltip()}`,
                this.#summary(),
                {
                  keydown: this.#onKeyDown,
                  pointermove: this.#onPointerMove,
                  pointerleave: () => this.#pointer && this.#setFocus(null, false),
                  click: () => this.#select(),
                  blur: () => !this.#pointer && this.#focus !== null && this.#setFocus(null, false),
                },
              )
            : html`<p id="summary" class="sr-only">${this.#summary()}</p>`}
          ${this.renderTable(() => this.#table(s))}`;
      },
      { empty: !s || !s.periods.length },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-kpi-tile': CkKpiTile;
  }
}
