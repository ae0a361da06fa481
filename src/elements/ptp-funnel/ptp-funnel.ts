import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { promiseFunnel, type PromiseFunnel } from '../../kpi/promises.js';
import type { Query } from '../../model/metrics.js';
import { t } from '../../render/i18n/index.js';
import {
  FUNNEL_LABEL_WIDTH,
  funnelPanels,
  funnelTrendSeries,
  panelItems,
  type FunnelPanel,
} from '../../views/ptp-funnel-model.js';
import { panelsTrendStyles } from '../shared/panel.styles.js';
import { PanelsTrend } from '../shared/panels-trend.js';
import { rateLines } from '../shared/rate-table.js';
import { viewToggle } from '../shared/view-toggle.js';
import { CkWidget } from '../shared/widget-base.js';
import { widgetStyles } from '../shared/widget.styles.js';
import { barAnnouncement, funnelSummary, funnelTable, latestLine } from './ptp-funnel-text.js';

/** The views the toolbar toggles, with their catalogue keys. */
const VIEWS = [
  ['funnel', 'ptpViewFunnel'],
  ['trend', 'ptpViewTrend'],
] as const;

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
 */
export class CkPtpFunnel extends CkWidget<'promises'> {
  static override styles = [widgetStyles, panelsTrendStyles];

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
  readonly #chart = new PanelsTrend<FunnelPanel>({
    host: this,
    ...this.accessors,
    minWidth: 240,
    labelWidth: FUNNEL_LABEL_WIDTH,
    items: (panel) => panelItems(this.locale, this.intlLocale, panel),
    describe: (b) => barAnnouncement(this.locale, this.intlLocale, b),
    period: () => this.#funnel?.total.period ?? '',
    tooltip: (b) => ({
      title: t(this.locale, b.label),
      lines: b.share
        ? rateLines(this.locale, this.intlLocale, b.share.rate, b.share.numerator, b.share.denominator)
        : [[t(this.locale, 'value'), String(b.value)]],
    }),
  });

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
      this.#funnel = derived?.funnel ?? null;
      this.#chart.set(derived?.panels ?? [], derived?.trend ?? []);
    }
    if (this.view === 'trend') this.#chart.trend.measure(this.renderRoot); // the frame's height is the trend's only
  }

  #title(): string {
    return t(this.locale, 'ptpTitle', { grace: this.#graceDays });
  }

  protected override render() {
    const f = this.#funnel;
    const currency = this.data.data?.meta.currency ?? 'CNY';
    const summary = f ? funnelSummary(this.locale, this.intlLocale, f) : '';
    const toolbar = viewToggle(this.locale, 'ptpView', this.view, VIEWS, (v) => (this.view = v));
    return this.renderBody(
      this.#title(),
      () => html`${f ? html`<p part="value">${latestLine(this.locale, this.intlLocale, f.total)}</p>` : null}
        ${this.#chart.view(this.view === 'trend', this.width, this.locale, (content, handlers) => this.renderFrame(content, summary, handlers))}
        ${this.renderTable(() => funnelTable(this.locale, this.intlLocale, this.#title(), f ?? promiseFunnel([]), currency))}`,
      { empty: !f?.periods.length, toolbar },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-ptp-funnel': CkPtpFunnel;
  }
}
