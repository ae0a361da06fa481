import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { legalPipeline, type LegalPipeline } from '../../kpi/legal.js';
import { formatPercent } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import {
  barLabel,
  barValue,
  LEGAL_LABEL_WIDTH,
  legalItems,
  legalPanels,
  legalTrendSeries,
  type LegalBar,
  type LegalPanel,
} from '../../views/legal-model.js';
import { panelsTrendStyles } from '../shared/panel.styles.js';
import { PanelsTrend } from '../shared/panels-trend.js';
import { rateLines } from '../shared/rate-table.js';
import { viewToggle } from '../shared/view-toggle.js';
import { CkWidget } from '../shared/widget-base.js';
import { widgetStyles } from '../shared/widget.styles.js';
import { legalBarAnnouncement, legalLatest, legalSummary, legalTable } from './legal-pipeline-text.js';

/** The views the toolbar toggles, with their catalogue keys. */
const VIEWS = [
  ['pipeline', 'legalViewPipeline'],
  ['trend', 'legalViewTrend'],
] as const;

/**
 * The legal pipeline (诉讼与债权转让) from the `legal` metric, per referral cohort: cases referred → filed
 * → judgment → enforced → recovered with each stage's conversion, the days cases took to reach each stage
 * in fixed bins, and the amounts: balance referred, recovered, legal cost, and debt sales (balance sold
 * and its price). The trend view draws each stage's conversion, the recovery rate and the sale price per
 * cohort.
 *
 * @summary Litigation pipeline and debt sales per referral cohort (诉讼与债权转让).
 * @tag ck-legal-pipeline
 *
 * @attr {string} source - Id of the `<ck-source>` to read from; default: the nearest ancestor source.
 * @attr {'pipeline'|'trend'} view - Bars over all cohorts of the range (default) or rates per cohort; the toolbar toggles it.
 * @attr {string} from - First referral cohort, inclusive (`YYYY-MM`).
 * @attr {string} to - Last referral cohort, inclusive (`YYYY-MM`): stages are as reached by its end.
 * @attr {string} product - Product filter.
 * @attr {string} region - Region filter.
 *
 * @event {CustomEvent<CkErrorDetail>} ck-error - A fetch or validation failed; `detail.message` is what the widget shows.
 * @event {CustomEvent<CkSelectDetail>} ck-select - A bar (series = its key, e.g. `filed`) or a trend point (series = the rate) was chosen.
 *
 * @csspart frame - The focusable chart area.
 * @csspart axis - Axes and labels.
 * @csspart mark - Bars and lines.
 * @csspart legend - The trend view's legend.
 * @csspart value - The recovery line over the chart.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data table view.
 * @csspart state - Loading, empty and error messages.
 *
 * @cssproperty --ck-series-1 - Colour of the stages (up to --ck-series-8 for bins, amounts and rates).
 */
export class CkLegalPipeline extends CkWidget<'legal'> {
  static override styles = [widgetStyles, panelsTrendStyles];

  static override properties: PropertyDeclarations = {
    view: { type: String, reflect: true },
  };

  /** Bars over all cohorts of the range (default) or rates per cohort. */
  declare view: 'pipeline' | 'trend';

  protected readonly metric = 'legal' as const;

  readonly #pipelineOf = this.derive(
    () => [this.data.data],
    () => (this.data.data ? legalPipeline(this.data.data.rows) : null),
  );
  #pipeline: LegalPipeline | null = null;
  #seen: [unknown, string] = [null, ''];
  readonly #chart = new PanelsTrend<LegalPanel>({
    host: this,
    ...this.accessors,
    minWidth: 260,
    labelWidth: LEGAL_LABEL_WIDTH,
    items: (panel) => legalItems(this.locale, this.intlLocale, panel, this.#currency),
    describe: (b) => legalBarAnnouncement(this.locale, this.intlLocale, b, this.#currency),
    period: () => this.#pipeline?.total.cohort ?? '',
    tooltip: (b) => this.#barTooltip(b),
  });

  constructor() {
    super();
    this.view = 'pipeline';
  }

  get #currency(): string {
    return this.data.data?.meta.currency ?? 'CNY';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const pipeline = this.#pipelineOf.update();
    if (pipeline !== this.#seen[0] || this.locale !== this.#seen[1]) {
      this.#seen = [pipeline, this.locale];
      this.#pipeline = pipeline;
      this.#chart.set(
        pipeline ? legalPanels(pipeline.total) : [],
        pipeline ? legalTrendSeries(pipeline, (k) => t(this.locale, k)) : [],
      );
    }
    if (this.view === 'trend') this.#chart.trend.measure(this.renderRoot); // the frame's height is the trend's only
  }

  /** Cases: the share with its ratio; amounts: the value, and its share of the base amount. */
  #barTooltip(b: LegalBar): { title: string; lines: [string, string][] } {
    const lines =
      b.share && !b.money
        ? rateLines(this.locale, this.intlLocale, b.share.rate, b.share.numerator, b.share.denominator)
        : [[t(this.locale, 'value'), barValue(this.intlLocale, b, this.#currency)] as [string, string]];
    if (b.share && b.money && b.base)
      lines.push([t(this.locale, b.base), formatPercent(this.intlLocale, b.share.rate, 1)]);
    return { title: barLabel(this.locale, b), lines };
  }

  protected override render() {
    const p = this.#pipeline;
    const title = t(this.locale, 'legalTitle');
    const summary = p ? legalSummary(this.locale, this.intlLocale, p, this.#currency) : '';
    const toolbar = viewToggle(this.locale, 'legalView', this.view, VIEWS, (v) => (this.view = v));
    return this.renderBody(
      title,
      () => html`${p ? html`<p part="value">${legalLatest(this.locale, this.intlLocale, p.total, this.#currency)}</p>` : null}
        ${this.#chart.view(this.view === 'trend', this.width, this.locale, (content, handlers) => this.renderFrame(content, summary, handlers))}
        ${this.renderTable(() => legalTable(this.locale, this.intlLocale, title, p ?? legalPipeline([]), this.#currency))}`,
      { empty: !p?.cohorts.length, toolbar },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-legal-pipeline': CkLegalPipeline;
  }
}
