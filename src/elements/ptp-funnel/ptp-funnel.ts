import { css, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { promiseFunnel, type PromiseFunnel } from '../../kpi/promises.js';
import type { Query } from '../../model/metrics.js';
import { hbarBox, hbarChart, hbarModel, type HBarSpec } from '../../charts/hbar-chart.js';
import { formatPercent, formatPeriod, formatTick } from '../../render/format.js';
import { periodInterval } from '../../render/period.js';
import { t } from '../../render/i18n/index.js';
import type { PointFocus } from '../../render/keyboard.js';
import { tooltip } from '../../render/tooltip.js';
import {
  FUNNEL_LABEL_WIDTH,
  funnelPanels,
  funnelTrendSeries,
  panelItems,
  type FunnelPanel,
} from '../../views/ptp-funnel-model.js';
import { emit, type CkSelectDetail } from '../shared/events.js';
import { describeRatePoint, LineView } from '../shared/line-view.js';
import { movePanelBars, panelBarAt } from '../shared/panel-keys.js';
import { PointFocusState } from '../shared/point-focus.js';
import { rateLines } from '../shared/rate-table.js';
import { CkWidget } from '../shared/widget-base.js';
import { LaggingWidth } from '../shared/lagging-width.js';
import { widgetStyles } from '../shared/widget.styles.js';
import { barPanelStyles, viewToggleStyles } from '../shared/panel.styles.js';
import { barAnnouncement, funnelSummary, funnelTable, latestLine } from './ptp-funnel-text.js';

/**
 * The promise-to-pay funnel (承诺还款漏斗) from the `promises` metric: attempts → contacts → right-party
 * contacts → promises with each step's conversion, the matured promises split into kept, partly kept and
 * broken (pending promises shown apart, never in a denominator), and how soon broken promises were followed
 * up. The trend view draws contact, RPC, PTP, kept and amount-kept rates per period.
 *
 * @summary Promise-to-pay funnel: contacts, promises and whether they are kept (承诺还款漏斗).
 * @tag ck-ptp-funnel
 *
 * @attr {string} source - Id of the `<ck-source>` to read from; default: the nearest ancestor source.
 * @attr {number} grace - Days after the due date before a promise matures, sent to the backend as `grace`. Default 0.
 * @attr {'funnel'|'trend'} view - Funnel bars for the range (default) or rates per period; the toolbar toggles it.
 * @attr {string} from - First period, inclusive (`YYYY-MM`).
 * @attr {string} to - Last period, inclusive (`YYYY-MM`).
 * @attr {string} team - Collectors' team filter.
 *
 * @event {CustomEvent<CkErrorDetail>} ck-error - A fetch or validation failed; `detail.message` is what the widget shows.
 * @event {CustomEvent<CkSelectDetail>} ck-select - A bar (series = its field, e.g. `kept`) or a trend point (series = the rate) was chosen.
 *
 * @csspart frame - The focusable chart area.
 * @csspart axis - Axes and labels.
 * @csspart mark - Bars and lines.
 * @csspart legend - The trend view's legend.
 * @csspart value - The kept-rate line over the chart.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data table view.
 * @csspart state - Loading, empty and error messages.
 *
 * @cssproperty --ck-series-1 - Colour of the funnel steps (up to --ck-series-8 for outcomes and rates).
 * @cssproperty --ck-background - Widget background.
 * @cssproperty --ck-foreground - Text colour.
 */
export class CkPtpFunnel extends CkWidget<'promises'> {
  static override styles = [
    widgetStyles,
    barPanelStyles,
    viewToggleStyles,
    css`
    :host(:not([view='trend'])) [part='frame'] {
      height: auto;
    }
  `,
  ];

  static override properties: PropertyDeclarations = {
    grace: { type: Number },
    view: { type: String, reflect: true },
  };

  /** Days after the due date before a promise matures, sent to the backend as `grace`. Default 0. */
  declare grace: number;
  /** Funnel bars for the range (default) or rates per period. */
  declare view: 'funnel' | 'trend';

  protected readonly metric = 'promises' as const;

  /** The funnel, its panels and its trend (whose series labels are in the page's language). */
  readonly #derived = this.derive(
    () => [this.data.data, this.locale],
    () => {
      const rows = this.data.data?.rows;
      if (!rows) return null;
      const funnel = promiseFunnel(rows);
      return {
        funnel,
        panels: funnelPanels(funnel.total),
        trend: funnelTrendSeries(funnel, (k) => t(this.locale, k)),
      };
    },
  );
  #funnel: PromiseFunnel | null = null;
  #panels: FunnelPanel[] = [];
  #height = 260;
  /** Width the panels are drawn at (one frame behind `width`). */
  readonly #drawn = new LaggingWidth(this, () => this.width);
  readonly #bars = new PointFocusState({
    update: () => this.requestUpdate(),
    announce: (text) => this.announce(text),
    describe: (f) => {
      const b = this.#panels[f.series]?.bars[f.index];
      return b ? barAnnouncement(this.locale, this.intlLocale, b) : '';
    },
    select: (f) => this.#selectBar(f),
    lengths: () => this.#panels.map((p) => p.bars.length),
    hit: (_x, _y, e) =>
      panelBarAt(e, (m) => {
        const panel = this.#panels[m];
        return panel ? this.#spec(panel, m) : null;
      }),
    move: movePanelBars,
  });
  readonly #lines = new LineView(
    () => this.requestUpdate(),
    (text) => this.announce(text),
    (s, i) => describeRatePoint(this.locale, this.intlLocale, s, i),
    (s, i) =>
      emit<CkSelectDetail>(this, 'ck-select', {
        series: s.key,
        period: s.labels[i] ?? '',
        value: Number.isFinite(s.ys[i]) ? (s.ys[i] ?? null) : null,
        numerator: s.numerators[i] ?? 0,
        denominator: s.denominators[i] ?? 0,
      }),
  );

  constructor() {
    super();
    this.grace = 0;
    this.view = 'funnel';
  }

  get #graceDays(): number {
    return Number.isInteger(this.grace) && this.grace >= 0 && this.grace <= 30 ? this.grace : 0;
  }

  /** The filters plus `grace`, which the backend applies (it decides which promises have matured). */
  override get query(): Query {
    const q = super.query;
    return this.#graceDays ? ({ ...q, grace: String(this.#graceDays) } as Query) : q;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const derived = this.#derived.update();
    if ((derived?.funnel ?? null) !== this.#funnel) {
      this.#bars.focus = null;
      this.#funnel = derived?.funnel ?? null;
      this.#panels = derived?.panels ?? [];
      this.#lines.setSeries(derived?.trend ?? []);
    }
    const frame = this.renderRoot.querySelector<HTMLElement>('[part="frame"]');
    if (frame?.clientHeight) this.#height = frame.clientHeight;
  }

  #selectBar(f: PointFocus): void {
    const b = this.#panels[f.series]?.bars[f.index];
    if (!b) return;
    emit<CkSelectDetail>(this, 'ck-select', {
      series: b.key,
      period: this.#funnel?.total.period ?? '',
      value: b.value,
      numerator: b.share?.numerator ?? b.value,
      denominator: b.share?.denominator ?? b.value,
    });
  }

  /** Panel width: three side by side when each gets 240 px, else stacked. */
  #panelWidth(): number {
    const columns = this.#drawn.value >= 3 * 240 + 24 ? 3 : 1;
    return Math.floor((this.#drawn.value - (columns - 1) * 12) / columns);
  }

  #spec(panel: FunnelPanel, index: number): HBarSpec {
    const focus = this.#bars.focus;
    return {
      width: this.#panelWidth(),
      items: panelItems(this.locale, this.intlLocale, panel),
      formatValue: (v) => String(v),
      maxLabelWidth: FUNNEL_LABEL_WIDTH,
      focus: focus && focus.series === index ? focus.index : null,
    };
  }

  #barTooltip(series: number, spec: HBarSpec) {
    const f = this.#bars.focus;
    const b = f && f.series === series ? this.#panels[series]?.bars[f.index] : undefined;
    if (!f || !b) return null;
    const box = hbarBox(spec, hbarModel(spec), f.index);
    const lines = b.share
      ? rateLines(this.locale, this.intlLocale, b.share.rate, b.share.numerator, b.share.denominator)
      : [[t(this.locale, 'value'), String(b.value)] as [string, string]];
    return tooltip({
      title: t(this.locale, b.label),
      lines,
      x: Math.min(box.x + box.width, spec.width - 40),
      y: box.y + box.height + 24,
      width: spec.width,
    });
  }

  #title(): string {
    return t(this.locale, 'ptpTitle', { grace: this.#graceDays });
  }

  #toolbar() {
    const button = (view: 'funnel' | 'trend', key: 'ptpViewFunnel' | 'ptpViewTrend') =>
      html`<button type="button" class="view" aria-pressed=${this.view === view ? 'true' : 'false'} @click=${() => (this.view = view)}>${t(this.locale, key)}</button>`;
    return html`<span class="views" role="group" aria-label=${t(this.locale, 'ptpView')}>${button('funnel', 'ptpViewFunnel')}${button('trend', 'ptpViewTrend')}</span>`;
  }

  #funnelView() {
    const columns = this.#panelWidth() * 3 + 24 <= this.#drawn.value ? 3 : 1;
    return html`<div class=${`panels cols-${columns}`}>${this.#panels.map((panel, i) => {
      const spec = this.#spec(panel, i);
      return html`<div class="panel"><h3 aria-hidden="true">${t(this.locale, panel.title)}</h3><div class="plot" data-m=${i}>${hbarChart(spec)}${this.#barTooltip(i, spec)}</div></div>`;
    })}</div>`;
  }

  #formatLocale = '';
  #formatValue: (v: number) => string = String;

  #trendView() {
    const locale = this.intlLocale;
    if (this.#formatLocale !== locale) {
      // One function per locale, so the cached layout of the line view survives renders.
      this.#formatLocale = locale;
      this.#formatValue = (v: number) => formatPercent(locale, v, 0);
    }
    const labels = this.#lines.series[0]?.labels ?? [];
    this.#lines.layout({
      width: this.width,
      height: this.#height,
      formatValue: this.#formatValue,
      formatTime: (time, unit) => formatTick(locale, time, unit ?? 'month'),
      interval: periodInterval(labels[0], labels[1]),
    });
    return this.#lines.chart(
      (s, i) => ({
        title: `${s.label} · ${formatPeriod(locale, s.labels[i] ?? '')}`,
        lines: rateLines(this.locale, locale, s.ys[i], s.numerators[i], s.denominators[i]),
      }),
      this.width,
    );
  }

  protected override render() {
    const f = this.#funnel;
    const trend = this.view === 'trend';
    const currency = this.data.data?.meta.currency ?? 'CNY';
    return this.renderBody(
      this.#title(),
      () => html`${f ? html`<p part="value">${latestLine(this.locale, this.intlLocale, f.total)}</p>` : null}
        ${trend ? this.#lines.legend(this.locale) : null}
        ${
          trend
            ? this.renderFrame(
                this.#trendView(),
                f ? funnelSummary(this.locale, this.intlLocale, f) : '',
                this.#lines.handlers,
              )
            : this.#drawn.value > 0
              ? this.renderFrame(
                  this.#funnelView(),
                  f ? funnelSummary(this.locale, this.intlLocale, f) : '',
                  this.#bars.handlers,
                )
              : null
        }
        ${this.renderTable(() => funnelTable(this.locale, this.intlLocale, this.#title(), f ?? promiseFunnel([]), currency))}`,
      { empty: !f?.periods.length, toolbar: this.#toolbar() },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-ptp-funnel': CkPtpFunnel;
  }
}
