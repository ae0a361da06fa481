import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { complianceRates } from '../../kpi/compliance.js';
import { hbarChart, type HBarItem } from '../../charts/hbar-chart.js';
import { formatNumber, formatPercent, formatPeriod, MISSING } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import type { TableSpec } from '../../render/table.js';
import { codeLabel, COMPLIANCE_PRESET_LABELS, COMPLIANCE_RULE_LABELS } from '../../render/vocab.js';
import { CkWidget } from '../shared/widget-base.js';
import { widgetStyles } from '../shared/widget.styles.js';
import { complianceMonitorStyles } from './compliance-monitor.styles.js';
import { periodRateChart, rateLineView } from '../shared/rate-trend.js';
import { parseRules, ruleSeries, type RuleSeries } from '../../views/compliance-series.js';
import { at } from '../../model/at.js';
import { registerContactRuleLines } from '../../model/definitions/contact-rules.js';
import { FrameHeight } from '../shared/frame-height.js';

// Exports of this view carry the contact rules' clauses and readings.
registerContactRuleLines();

/**
 * Contact-rule compliance (合规监测) from the `compliance` metric: the breach rate (breaches ÷ contacts
 * checked) of every rule of the chosen preset over time, one line per rule, and the latest period's
 * breach rate and count by rule as bars. Rule names in English and Chinese.
 *
 * @summary Breach rate per contact rule over time (合规监测).
 * @tag ck-compliance-monitor
 *
 * @attr {string} source - Id of the `<ck-source>` to read from; default: the nearest ancestor source.
 * @attr {string} rules - Rule preset `cn-cba-2026` (default), `cn-gbt-2025` or `us-reg-f`, several separated by `,` or `|`, or single rule ids such as `us-reg-f/7-in-7`.
 * @attr {string} from - First period, inclusive (`YYYY-MM`).
 * @attr {string} to - Last period, inclusive (`YYYY-MM`).
 * @attr {'day'|'week'|'month'|'quarter'|'year'} interval - Period granularity.
 *
 * @event {CustomEvent<CkErrorDetail>} ck-error - A fetch or validation failed; `detail.message` is what the widget shows.
 * @event {CustomEvent<CkSelectDetail>} ck-select - A data point was chosen by click or Enter (`series` is the rule id).
 *
 * @csspart frame - The focusable chart area.
 * @csspart axis - Axes and grid lines.
 * @csspart mark - Lines and bars.
 * @csspart legend - The legend with rule toggles.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data table view.
 * @csspart state - Loading, empty and error messages.
 *
 * @cssproperty --ck-chart-height - Height of the line chart (default 260px).
 * @cssproperty --ck-series-1 - Colour of the first rule (up to --ck-series-7).
 */
export class CkComplianceMonitor extends CkWidget<'compliance'> {
  static override styles = [widgetStyles, complianceMonitorStyles];

  static override properties: PropertyDeclarations = {
    rules: { type: String },
  };

  /** Rule preset `cn-cba-2026` (default), `cn-gbt-2025` or `us-reg-f`, several separated by `,` or `|`, or single rule ids such as `us-reg-f/7-in-7`. */
  declare rules: string;

  protected readonly metric = 'compliance' as const;

  readonly #view = rateLineView({ host: this, ...this.accessors });
  readonly #height = new FrameHeight(this);
  readonly #series = this.derive(
    () => [this.data.data, this.rules, this.locale],
    () =>
      this.data.data ? ruleSeries(complianceRates(this.data.data.rows), parseRules(this.rules), this.#ruleLabel) : null,
  );
  #shown: RuleSeries[] | null = null;

  constructor() {
    super();
    this.rules = 'cn-cba-2026';
  }

  #ruleLabel = (rule: string) => codeLabel(COMPLIANCE_RULE_LABELS, rule, this.locale);

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const series = this.#series.update();
    if (series !== this.#shown) this.#view.setSeries((this.#shown = series) ?? []);
    this.#height.read();
  }

  #presetText(): string {
    return parseRules(this.rules)
      .map((r) =>
        COMPLIANCE_PRESET_LABELS[r] ? codeLabel(COMPLIANCE_PRESET_LABELS, r, this.locale) : this.#ruleLabel(r),
      )
      .join(this.locale.startsWith('zh') ? '、' : ', ');
  }

  #title(): string {
    return t(this.locale, 'complianceTitle', { rules: this.#presetText() });
  }

  /** The last period of the data and each rule's index at it (-1 when the rule has no row then). */
  #latest(): { period: string; indexes: number[] } | null {
    let period = '';
    let time = -Infinity;
    for (const s of this.#view.series) {
      const n = s.xs.length;
      if (n && at(s.xs, n - 1) > time) {
        time = at(s.xs, n - 1);
        period = at(s.labels, n - 1);
      }
    }
    if (!period) return null;
    return { period, indexes: this.#view.series.map((s) => s.labels.lastIndexOf(period)) };
  }

  #latestItems(latest: { indexes: number[] }): HBarItem[] {
    const locale = this.intlLocale;
    return this.#view.series.flatMap((s, k) => {
      const i = at(latest.indexes, k);
      if (i < 0 || this.#view.hidden.has(s.key)) return [];
      return [
        {
          key: s.key,
          label: s.label,
          value: at(s.ys, i),
          colorIndex: k,
          text: `${formatPercent(locale, s.ys[i], 2)} (${formatNumber(locale, s.numerators[i])})`,
        },
      ];
    });
  }

  #summary(): string {
    const first = this.#view.visible()[0];
    const latest = this.#latest();
    if (!first || !latest) return '';
    const locale = this.intlLocale;
    let top: { s: RuleSeries; i: number } | null = null;
    this.#view.series.forEach((s, k) => {
      const i = at(latest.indexes, k);
      if (i < 0 || this.#view.hidden.has(s.key) || !Number.isFinite(at(s.ys, i))) return;
      if (!top || at(s.ys, i) > at(top.s.ys, top.i)) top = { s, i };
    });
    const best = top as { s: RuleSeries; i: number } | null;
    return t(this.locale, 'complianceSummary', {
      rules: this.#presetText(),
      from: formatPeriod(locale, at(first.labels, 0)),
      to: formatPeriod(locale, latest.period),
      latest: best
        ? t(this.locale, 'complianceHighest', {
            period: formatPeriod(locale, latest.period),
            rule: best.s.label,
            rate: formatPercent(locale, best.s.ys[best.i], 2),
            numerator: formatNumber(locale, best.s.numerators[best.i]),
            denominator: formatNumber(locale, best.s.denominators[best.i]),
          })
        : '',
    });
  }

  #table(): TableSpec {
    const locale = this.intlLocale;
    const visible = this.#view.series.filter((s) => !this.#view.hidden.has(s.key));
    const periods = [...new Set(visible.flatMap((s) => s.labels))].sort();
    return {
      caption: this.#title(),
      columns: [
        t(this.locale, 'period'),
        ...visible.flatMap((s) => [
          `${s.label} ${t(this.locale, 'complianceBreachRate')}`,
          `${s.label} ${t(this.locale, 'complianceBreaches')}`,
          `${s.label} ${t(this.locale, 'complianceChecked')}`,
        ]),
      ],
      rows: periods.map((period) => [
        formatPeriod(locale, period),
        ...visible.flatMap((s) => {
          const i = s.labels.indexOf(period);
          return i < 0
            ? [MISSING, MISSING, MISSING]
            : [
                formatPercent(locale, s.ys[i], 2),
                formatNumber(locale, s.numerators[i]),
                formatNumber(locale, s.denominators[i]),
              ];
        }),
      ]),
    };
  }

  protected override render() {
    const view = this.#view;
    const latest = this.#latest();
    const bars = latest ? this.#latestItems(latest) : [];
    const loc = this.intlLocale;
    const l = this.locale;
    return this.renderBody(
      this.#title(),
      () => html`${view.legend(l)}
          ${this.renderFrame(
            periodRateChart(view, {
              width: this.width,
              height: this.#height.value,
              locale: l,
              intlLocale: loc,
              keys: ['complianceBreachRate', 'complianceBreaches', 'complianceChecked'],
            }),
            this.#summary(),
            view.handlers,
          )}
          ${
            latest && bars.length
              ? html`<figure class="latest">
                <figcaption>${t(l, 'complianceLatest', { period: formatPeriod(loc, latest.period) })}</figcaption>
                ${hbarChart({ width: this.width, items: bars, formatValue: (v) => formatPercent(loc, v, 2), maxLabelWidth: 220 })}
              </figure>`
              : null
          }
          ${this.renderTable(() => this.#table())}`,
      { empty: !view.series.some((s) => s.xs.length) },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-compliance-monitor': CkComplianceMonitor;
  }
}
