import { css, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { hbarBox, hbarChart, hbarModel, type HBarSpec } from '../../charts/hbar-chart.js';
import { legalPipeline, type LegalPipeline } from '../../kpi/legal.js';
import { formatPercent, formatPeriod, formatTick } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import type { PointFocus } from '../../render/keyboard.js';
import { periodInterval } from '../../render/period.js';
import { tooltip } from '../../render/tooltip.js';
import {
  barLabel,
  barValue,
  LEGAL_LABEL_WIDTH,
  legalItems,
  legalPanels,
  legalTrendSeries,
  type LegalPanel,
} from '../../views/legal-model.js';
import { emit, type CkSelectDetail } from '../shared/events.js';
import { LaggingWidth } from '../shared/lagging-width.js';
import { describeRatePoint, LineView } from '../shared/line-view.js';
import { barPanelStyles, viewToggleStyles } from '../shared/panel.styles.js';
import { movePanelBars, panelBarAt } from '../shared/panel-keys.js';
import { PointFocusState } from '../shared/point-focus.js';
import { rateLines } from '../shared/rate-table.js';
import { CkWidget } from '../shared/widget-base.js';
import { widgetStyles } from '../shared/widget.styles.js';
import { legalBarAnnouncement, legalLatest, legalSummary, legalTable } from './legal-pipeline-text.js';

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
 * @cssproperty --ck-background - Widget background.
 * @cssproperty --ck-foreground - Text colour.
 */
export class CkLegalPipeline extends CkWidget<'legal'> {
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
  #panels: LegalPanel[] = [];
  #seen: [unknown, string] = [null, ''];
  #height = 260;
  /** Width the panels are drawn at (one frame behind `width`). */
  readonly #drawn = new LaggingWidth(this, () => this.width);
  readonly #bars = new PointFocusState({
    update: () => this.requestUpdate(),
    announce: (text) => this.announce(text),
    describe: (f) => {
      const b = this.#panels[f.series]?.bars[f.index];
      return b ? legalBarAnnouncement(this.locale, this.intlLocale, b, this.#currency) : '';
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
      this.#bars.focus = null;
      this.#panels = pipeline ? legalPanels(pipeline.total) : [];
      this.#lines.setSeries(pipeline ? legalTrendSeries(pipeline, (k) => t(this.locale, k)) : []);
    }
    const frame = this.renderRoot.querySelector<HTMLElement>('[part="frame"]');
    if (frame?.clientHeight) this.#height = frame.clientHeight;
  }

  #selectBar(f: PointFocus): void {
    const b = this.#panels[f.series]?.bars[f.index];
    if (!b) return;
    emit<CkSelectDetail>(this, 'ck-select', {
      series: b.key,
      period: this.#pipeline?.total.cohort ?? '',
      value: b.value,
      numerator: b.share?.numerator ?? b.value,
      denominator: b.share?.denominator ?? b.value,
    });
  }

  /** Panel width: three side by side when each gets 260 px, else stacked. */
  #panelWidth(): number {
    const columns = this.#drawn.value >= 3 * 260 + 24 ? 3 : 1;
    return Math.floor((this.#drawn.value - (columns - 1) * 12) / columns);
  }

  #spec(panel: LegalPanel, index: number): HBarSpec {
    const focus = this.#bars.focus;
    return {
      width: this.#panelWidth(),
      items: legalItems(this.locale, this.intlLocale, panel, this.#currency),
      formatValue: (v) => String(v),
      maxLabelWidth: LEGAL_LABEL_WIDTH,
      focus: focus && focus.series === index ? focus.index : null,
    };
  }

  #barTooltip(series: number, spec: HBarSpec) {
    const f = this.#bars.focus;
    const b = f && f.series === series ? this.#panels[series]?.bars[f.index] : undefined;
    if (!f || !b) return null;
    const box = hbarBox(spec, hbarModel(spec), f.index);
    const lines =
      b.share && !b.money
        ? rateLines(this.locale, this.intlLocale, b.share.rate, b.share.numerator, b.share.denominator)
        : [[t(this.locale, 'value'), barValue(this.intlLocale, b, this.#currency)] as [string, string]];
    if (b.share && b.money && b.base)
      lines.push([t(this.locale, b.base), formatPercent(this.intlLocale, b.share.rate, 1)]);
    return tooltip({
      title: barLabel(this.locale, b),
      lines,
      x: Math.min(box.x + box.width, spec.width - 40),
      y: box.y + box.height + 24,
      width: spec.width,
    });
  }

  #toolbar() {
    const button = (view: 'pipeline' | 'trend', key: 'legalViewPipeline' | 'legalViewTrend') =>
      html`<button type="button" class="view" aria-pressed=${this.view === view ? 'true' : 'false'} @click=${() => (this.view = view)}>${t(this.locale, key)}</button>`;
    return html`<span class="views" role="group" aria-label=${t(this.locale, 'legalView')}>${button('pipeline', 'legalViewPipeline')}${button('trend', 'legalViewTrend')}</span>`;
  }

  #pipelineView() {
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
    const p = this.#pipeline;
    const title = t(this.locale, 'legalTitle');
    const trend = this.view === 'trend';
    const summary = p ? legalSummary(this.locale, this.intlLocale, p, this.#currency) : '';
    return this.renderBody(
      title,
      () => html`${p ? html`<p part="value">${legalLatest(this.locale, this.intlLocale, p.total, this.#currency)}</p>` : null}
        ${trend ? this.#lines.legend(this.locale) : null}
        ${
          trend
            ? this.renderFrame(this.#trendView(), summary, this.#lines.handlers)
            : this.#drawn.value > 0
              ? this.renderFrame(this.#pipelineView(), summary, this.#bars.handlers)
              : null
        }
        ${this.renderTable(() => legalTable(this.locale, this.intlLocale, title, p ?? legalPipeline([]), this.#currency))}`,
      { empty: !p?.cohorts.length, toolbar: this.#toolbar() },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-legal-pipeline': CkLegalPipeline;
  }
}
