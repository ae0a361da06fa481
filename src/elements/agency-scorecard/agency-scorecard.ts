import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { hbarChart, hbarModel, type HBarModel, type HBarSpec } from '../../charts/hbar-chart.js';
import { agencyScorecard, type AgencyScorecard } from '../../kpi/agencies.js';
import { formatCompact, formatNumber, formatPercent, formatPeriod } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import type { PointFocus } from '../../render/keyboard.js';
import {
  AGENCY_MEASURE_LABELS,
  AGENCY_MEASURES,
  agencyBars,
  agencyMeasure,
  agencyTable,
  formatMeasure,
  measureOf,
  type AgencyMeasure,
} from '../../views/agencies-series.js';
import { emit, type CkSelectDetail } from '../shared/events.js';
import { PointFocusState } from '../shared/point-focus.js';
import { rowMove } from '../shared/row-focus.js';
import { CkWidget } from '../shared/widget-base.js';
import { widgetStyles } from '../shared/widget.styles.js';
import { agencyScorecardStyles } from './agency-scorecard.styles.js';

/**
 * Outside collection agencies (委外机构) from the `agencies` metric: per agency, recovered ÷ balance placed,
 * complaints per 10,000 accounts placed, the red-line violation rate of its checked calls and commission as
 * a share of what it recovered, one of them charted as bars, all of them in the table; agencies whose last
 * evaluation is older than 12 months at the data's as-of date (or who were never evaluated) are flagged.
 *
 * @summary Outside agencies: recovery, complaints, violations, commission and overdue evaluations (委外机构).
 * @tag ck-agency-scorecard
 *
 * @attr {string} source - Id of the `<ck-source>` to read from; default: the nearest ancestor source.
 * @attr {'recovery'|'complaints'|'violations'|'commission'} measure - Measure the bars show (default `recovery`).
 * @attr {string} from - First period, inclusive (`YYYY-MM`).
 * @attr {string} to - Last period, inclusive (`YYYY-MM`).
 * @attr {'month'|'quarter'|'year'} interval - Period granularity.
 * @attr {string} agency - Only this agency (a filter of the query).
 *
 * @event {CustomEvent<CkErrorDetail>} ck-error - A fetch or validation failed; `detail.message` is what the widget shows.
 * @event {CustomEvent<CkSelectDetail>} ck-select - An agency was chosen by click or Enter (`series` is the agency, `period` from/to).
 *
 * @csspart frame - The focusable chart area.
 * @csspart axis - Axes.
 * @csspart mark - Bars.
 * @csspart table - The data table view.
 * @csspart state - Loading, empty and error messages.
 * @csspart value - The headline figures.
 *
 * @cssproperty --ck-series-1 - Colour of the bars.
 */
export class CkAgencyScorecard extends CkWidget<'agencies'> {
  static override styles = [widgetStyles, agencyScorecardStyles];

  static override properties: PropertyDeclarations = {
    measure: { type: String },
  };

  /** Measure the bars show: `recovery` (default), `complaints`, `violations` or `commission`. */
  declare measure: string;

  protected readonly metric = 'agencies' as const;

  readonly #card = this.derive(
    () => [this.data.data],
    () => (this.data.data ? agencyScorecard(this.data.data.rows, { asOf: this.data.data.meta.asOf }) : null),
  );
  readonly #points = new PointFocusState({
    update: () => this.requestUpdate(),
    announce: (text) => this.announce(text),
    describe: (f) => this.#describe(f),
    select: (f) => this.#select(f),
    lengths: () => [this.#spec?.items.length ?? 0],
    hit: (_x, y) => this.#rowAt(y),
    move: rowMove,
  });
  #spec: HBarSpec | null = null;
  #model: HBarModel | null = null;
  #key: unknown[] = [];

  constructor() {
    super();
    this.measure = 'recovery';
  }

  get #measure(): AgencyMeasure {
    return agencyMeasure(this.measure);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const card = this.#card.update();
    const key = [card, this.#measure, this.width, this.intlLocale];
    if (!key.some((v, i) => v !== this.#key[i])) return;
    if (key[0] !== this.#key[0] || key[1] !== this.#key[1]) this.#points.focus = null;
    this.#key = key;
    this.#spec = card
      ? {
          width: this.width,
          items: agencyBars(card, this.#measure, this.intlLocale),
          formatValue: (v) => formatMeasure(this.intlLocale, this.#measure, v),
          colorIndex: 0,
          maxLabelWidth: 220,
        }
      : null;
    this.#model = this.#spec && this.width > 0 ? hbarModel(this.#spec) : null;
  }

  #agency(focus: PointFocus) {
    const item = this.#spec?.items[focus.index];
    return item ? this.#card.value?.agencies.find((a) => a.key === item.key) : undefined;
  }

  #describe(focus: PointFocus): string {
    const a = this.#agency(focus);
    if (!a) return '';
    const m = measureOf(a, this.#measure);
    const last = a.lastEvaluation ?? t(this.locale, 'agencyNever');
    return `${a.key}: ${t(this.locale, AGENCY_MEASURE_LABELS[this.#measure])} ${formatMeasure(this.intlLocale, this.#measure, m.rate)} · ${t(this.locale, 'agencyLastEvaluation')} ${last}${a.evaluationOverdue ? ` ⚠ ${t(this.locale, 'agencyOverdue')}` : ''}`;
  }

  #select(focus: PointFocus): void {
    const a = this.#agency(focus);
    const periods = this.#card.value?.byPeriod ?? [];
    if (!a) return;
    const m = measureOf(a, this.#measure);
    emit<CkSelectDetail>(this, 'ck-select', {
      series: a.key,
      period: `${periods[0]?.key ?? ''}/${periods.at(-1)?.key ?? ''}`,
      value: m.rate,
      numerator: m.numerator,
      denominator: m.denominator,
    });
  }

  #rowAt(y: number): PointFocus | null {
    const spec = this.#spec;
    const model = this.#model;
    if (!spec || !model) return null;
    const step = model.y.step();
    const first = model.y(spec.items[0]?.key ?? '') ?? model.plot.top;
    const index = Math.floor((y - first + (step - model.y.bandwidth()) / 2) / step);
    return index >= 0 && index < spec.items.length ? { series: 0, index } : null;
  }

  #title(): string {
    return t(this.locale, 'agencyTitle', { measure: t(this.locale, AGENCY_MEASURE_LABELS[this.#measure]) });
  }

  #setMeasure(m: AgencyMeasure): void {
    this.measure = m;
  }

  #headline(card: AgencyScorecard) {
    const loc = this.intlLocale;
    const c = card.total;
    const overdue = card.agencies.filter((a) => a.evaluationOverdue);
    return html`<p class="headline" part="value">
        ${t(this.locale, 'agencyHeadline', {
          count: formatNumber(loc, card.agencies.length),
          recovered: formatCompact(loc, c.recovered),
          placed: formatCompact(loc, c.balancePlaced),
          rate: formatPercent(loc, c.recoveryRate.rate, 1),
          commission: formatPercent(loc, c.commissionShare.rate, 1),
          per10k: formatNumber(loc, c.complaintsPer10k.rate, 1),
          violations: formatPercent(loc, c.violationRate.rate, 2),
        })}
      </p>
      <p class="evaluations ${overdue.length ? 'overdue' : ''}" role="status">
        ${
          overdue.length
            ? t(this.locale, 'agencyOverdueNote', {
                asOf: card.asOf,
                agencies: overdue
                  .map((a) => `${a.key} (${a.lastEvaluation ?? t(this.locale, 'agencyNever')})`)
                  .join(', '),
              })
            : t(this.locale, 'agencyAllEvaluated', { asOf: card.asOf })
        }
      </p>`;
  }

  #summary(card: AgencyScorecard): string {
    const top = this.#spec?.items[0];
    const periods = card.byPeriod;
    return t(this.locale, 'agencySummary', {
      measure: t(this.locale, AGENCY_MEASURE_LABELS[this.#measure]),
      from: formatPeriod(this.intlLocale, periods[0]?.key ?? ''),
      to: formatPeriod(this.intlLocale, periods.at(-1)?.key ?? ''),
      agency: top?.label ?? '',
      value: top?.text ?? '',
    });
  }

  protected override render() {
    const card = this.#card.value;
    return this.renderBody(
      this.#title(),
      () =>
        card
          ? html`${this.#headline(card)}
              <div class="measures" role="group" aria-label=${t(this.locale, 'agencyMeasures')}>
                ${AGENCY_MEASURES.map(
                  (m) =>
                    html`<button type="button" aria-pressed=${m === this.#measure ? 'true' : 'false'} @click=${() => this.#setMeasure(m)}>${t(this.locale, AGENCY_MEASURE_LABELS[m])}</button>`,
                )}
              </div>
              ${this.renderFrame(
                this.#spec && this.#model
                  ? hbarChart({ ...this.#spec, focus: this.#points.focus?.index ?? null }, this.#model)
                  : null,
                this.#summary(card),
                this.#points.handlers,
              )}
              ${this.renderTable(() => agencyTable(card, this.locale, this.intlLocale, this.#title()))}`
          : null,
      { empty: !card?.agencies.length },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-agency-scorecard': CkAgencyScorecard;
  }
}
