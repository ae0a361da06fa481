import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { complianceRates } from '../../kpi/compliance.js';
import { nearestIndex } from '../../kpi/downsample.js';
import { hbarChart, type HBarItem } from '../../charts/hbar-chart.js';
import { lineChart, lineChartModel, type LineChartModel, type LineChartSpec } from '../../charts/line-chart.js';
import { formatNumber, formatPercent, formatPeriod, formatTick, MISSING } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import type { PointFocus } from '../../render/keyboard.js';
import { legend } from '../../render/legend.js';
import { periodKind } from '../../render/period.js';
import type { TableSpec } from '../../render/table.js';
import { tooltip } from '../../render/tooltip.js';
import { codeLabel, COMPLIANCE_PRESET_LABELS, COMPLIANCE_RULE_LABELS } from '../../render/vocab.js';
import { emit, type CkSelectDetail } from '../shared/events.js';
import { CkWidget } from '../shared/widget-base.js';
import { widgetStyles } from '../shared/widget.styles.js';
import { complianceMonitorStyles } from './compliance-monitor.styles.js';
import { parseRules, ruleSeries, type RuleSeries } from './compliance-series.js';
import { handlePointKeys } from '../shared/point-keys.js';

/**
 * Contact-rule compliance (合规监测) from the `compliance` metric: the breach rate (breaches ÷ contacts
 * checked) of every rule of the chosen preset over time, one line per rule, and the latest period's
 * breach rate and count by rule as bars. Rule names in English and Chinese.
 *
 * @summary Breach rate per contact rule over time (合规监测).
 * @tag ck-compliance-monitor
 *
 * @attr {string} source - Id of the `<ck-source>` to read from; default: the nearest ancestor source.
 * @attr {string} rules - Rule preset `cn-cba-2026` (default) or `us-reg-f`, several separated by `,` or `|`, or single rule ids such as `us-reg-f/7-in-7`.
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
 * @cssproperty --ck-background - Widget background.
 * @cssproperty --ck-foreground - Text colour.
 */
export class CkComplianceMonitor extends CkWidget<'compliance'> {
  static override styles = [widgetStyles, complianceMonitorStyles];

  static override properties: PropertyDeclarations = {
    ...CkWidget.properties,
    rules: { type: String },
  };

  declare rules: string;

  protected readonly metric = 'compliance' as const;

  #series: RuleSeries[] = [];
  #error = '';
  #model: LineChartModel | null = null;
  #spec: LineChartSpec | null = null;
  #hidden = new Set<string>();
  #focus: PointFocus | null = null;
  #pointer = false;
  #height = 260;
  #dataSeen: unknown = null;
  #seriesKey: unknown[] = [];

  constructor() {
    super();
    this.rules = 'cn-cba-2026';
  }

  #ruleLabel = (rule: string) => codeLabel(COMPLIANCE_RULE_LABELS, rule, this.locale);

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const response = this.data.data;
    const key = [response, this.rules, this.locale];
    if (key.some((v, i) => v !== this.#seriesKey[i])) {
      if (response !== this.#dataSeen || changed.has('rules')) this.#focus = null;
      this.#seriesKey = key;
      this.#dataSeen = response;
      this.#series = [];
      this.#error = '';
      if (response) {
        try {
          this.#series = ruleSeries(complianceRates(response.rows), parseRules(this.rules), this.#ruleLabel);
        } catch (error) {
          this.#error = error instanceof Error ? error.message : String(error);
          emit(this, 'ck-error', { message: this.#error, kind: 'validation', metric: 'compliance', stale: false });
        }
      }
      this.#spec = null;
    }
    const frame = this.renderRoot.querySelector<HTMLElement>('[part="frame"]');
    if (frame?.clientHeight) this.#height = frame.clientHeight;
    const spec = this.#chartSpec();
    const prev = this.#spec;
    if (!prev || spec.width !== prev.width || spec.height !== prev.height || spec.hidden !== prev.hidden || spec.series !== prev.series || this.#specLocale !== this.intlLocale) {
      this.#specLocale = this.intlLocale;
      this.#model = spec.width > 0 && this.#series.length ? lineChartModel(spec) : null;
    }
    this.#spec = spec;
  }

  #specLocale = '';

  #chartSpec(): LineChartSpec {
    const locale = this.intlLocale;
    const kind = this.#series[0]?.periods[0] ? periodKind(this.#series[0].periods[0]) : 'month';
    return {
      width: this.width,
      height: this.#height,
      series: this.#series,
      hidden: this.#hidden,
      formatValue: (v) => formatPercent(locale, v, v !== 0 && Math.abs(v) < 0.01 ? 2 : 1),
      formatTime: (time) => formatTick(locale, time, kind),
      focus: this.#focus,
    };
  }

  #toggle(key: string): void {
    const next = new Set(this.#hidden);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    this.#hidden = next;
    this.#focus = null;
    this.requestUpdate();
  }

  #lengths(): number[] {
    return this.#series.map((s) => (this.#hidden.has(s.key) ? 0 : s.xs.length));
  }

  #describe(focus: PointFocus): string {
    const s = this.#series[focus.series]!;
    const i = focus.index;
    return t(this.locale, 'pointAnnouncement', {
      series: s.label,
      period: formatPeriod(this.intlLocale, s.periods[i]!),
      value: formatPercent(this.intlLocale, s.ys[i], 2),
      numerator: formatNumber(this.intlLocale, s.numerators[i]),
      denominator: formatNumber(this.intlLocale, s.denominators[i]),
    });
  }

  #setFocus(focus: PointFocus | null, pointer: boolean): void {
    this.#focus = focus;
    this.#pointer = pointer;
    if (focus && !pointer) this.announcement = this.#describe(focus);
    this.requestUpdate();
  }

  #select(): void {
    if (!this.#focus) return;
    const s = this.#series[this.#focus.series]!;
    const i = this.#focus.index;
    const v = s.ys[i]!;
    emit<CkSelectDetail>(this, 'ck-select', {
      series: s.key,
      period: s.periods[i]!,
      value: Number.isFinite(v) ? v : null,
      numerator: s.numerators[i]!,
      denominator: s.denominators[i]!,
    });
  }

  #onKeyDown = (e: KeyboardEvent) => {
    handlePointKeys(e, this.#focus, this.#lengths(), { setFocus: (f) => this.#setFocus(f, false), select: () => this.#select() });
  };

  #onPointerMove = (e: PointerEvent) => {
    const model = this.#model;
    if (!model) return;
    const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const time = +model.x.invert(e.clientX - rect.left);
    const py = e.clientY - rect.top;
    let best: PointFocus | null = null;
    let bestDist = Infinity;
    this.#series.forEach((s, i) => {
      if (this.#hidden.has(s.key) || !s.xs.length) return;
      const index = nearestIndex(s.xs, time);
      const v = s.ys[index]!;
      const d = Number.isFinite(v) ? Math.abs(model.y(v) - py) : Infinity;
      if (d < bestDist || !best) {
        bestDist = d;
        best = { series: i, index };
      }
    });
    const f = best as PointFocus | null;
    if (f && (f.index !== this.#focus?.index || f.series !== this.#focus?.series)) this.#setFocus(f, true);
  };

  #onPointerLeave = () => {
    if (this.#pointer) this.#setFocus(null, false);
  };

  #presetText(): string {
    return parseRules(this.rules)
      .map((r) => (COMPLIANCE_PRESET_LABELS[r] ? codeLabel(COMPLIANCE_PRESET_LABELS, r, this.locale) : this.#ruleLabel(r)))
      .join(this.locale.startsWith('zh') ? '、' : ', ');
  }

  #title(): string {
    return t(this.locale, 'complianceTitle', { rules: this.#presetText() });
  }

  /** The last period of the data and each visible rule's index at it (-1 when the rule has no row then). */
  #latest(): { period: string; indexes: number[] } | null {
    let period = '';
    let time = -Infinity;
    for (const s of this.#series) {
      const n = s.xs.length;
      if (n && s.xs[n - 1]! > time) {
        time = s.xs[n - 1]!;
        period = s.periods[n - 1]!;
      }
    }
    if (!period) return null;
    return { period, indexes: this.#series.map((s) => s.periods.lastIndexOf(period)) };
  }

  #latestItems(latest: { indexes: number[] }): HBarItem[] {
    const locale = this.intlLocale;
    return this.#series.flatMap((s, k) => {
      const i = latest.indexes[k]!;
      if (i < 0 || this.#hidden.has(s.key)) return [];
      return [{ key: s.key, label: s.label, value: s.ys[i]!, colorIndex: k, text: `${formatPercent(locale, s.ys[i], 2)} (${formatNumber(locale, s.numerators[i])})` }];
    });
  }

  #summary(): string {
    const visible = this.#series.filter((s) => !this.#hidden.has(s.key) && s.xs.length);
    const latest = this.#latest();
    const first = visible[0];
    if (!first || !latest) return '';
    const locale = this.intlLocale;
    let top: { s: RuleSeries; i: number } | null = null;
    this.#series.forEach((s, k) => {
      const i = latest.indexes[k]!;
      if (i < 0 || this.#hidden.has(s.key) || !Number.isFinite(s.ys[i]!)) return;
      if (!top || s.ys[i]! > top.s.ys[top.i]!) top = { s, i };
    });
    const best = top as { s: RuleSeries; i: number } | null;
    return t(this.locale, 'complianceSummary', {
      rules: this.#presetText(),
      from: formatPeriod(locale, first.periods[0]!),
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
    const visible = this.#series.filter((s) => !this.#hidden.has(s.key));
    const periods = [...new Set(visible.flatMap((s) => s.periods))].sort();
    return {
      caption: this.#title(),
      columns: [
        t(this.locale, 'period'),
        ...visible.flatMap((s) => [`${s.label} ${t(this.locale, 'complianceBreachRate')}`, `${s.label} ${t(this.locale, 'complianceBreaches')}`, `${s.label} ${t(this.locale, 'complianceChecked')}`]),
      ],
      rows: periods.map((period) => [
        formatPeriod(locale, period),
        ...visible.flatMap((s) => {
          const i = s.periods.indexOf(period);
          return i < 0 ? [MISSING, MISSING, MISSING] : [formatPercent(locale, s.ys[i], 2), formatNumber(locale, s.numerators[i]), formatNumber(locale, s.denominators[i])];
        }),
      ]),
    };
  }

  #tooltip() {
    if (!this.#focus || !this.#model) return null;
    const s = this.#series[this.#focus.series]!;
    const i = this.#focus.index;
    const v = s.ys[i]!;
    if (!Number.isFinite(v)) return null;
    const locale = this.intlLocale;
    return tooltip({
      title: `${s.label} · ${formatPeriod(locale, s.periods[i]!)}`,
      lines: [
        [t(this.locale, 'complianceBreachRate'), formatPercent(locale, v, 2)],
        [t(this.locale, 'complianceBreaches'), formatNumber(locale, s.numerators[i])],
        [t(this.locale, 'complianceChecked'), formatNumber(locale, s.denominators[i])],
      ],
      x: this.#model.x(s.xs[i]!),
      y: this.#model.y(v),
      width: this.width,
    });
  }

  protected override render() {
    if (this.#error) {
      return html`${this.renderHeader(this.#title())}<div part="state" class="state error" role="alert"><strong>${t(this.locale, 'error')}</strong><span>${this.#error}</span></div>`;
    }
    const items = this.#series.map((s) => ({ key: s.key, label: s.label, hidden: this.#hidden.has(s.key) }));
    const latest = this.#latest();
    const bars = latest ? this.#latestItems(latest) : [];
    return this.renderBody(
      this.#title(),
      () => html`${legend(items, this.locale, (key) => this.#toggle(key))}
        ${this.renderFrame(html`${this.#model && this.#spec ? lineChart(this.#spec, this.#model) : null}${this.#tooltip()}`, this.#summary(), {
          keydown: this.#onKeyDown,
          pointermove: this.#onPointerMove,
          pointerleave: this.#onPointerLeave,
          click: () => this.#select(),
          blur: () => !this.#pointer && this.#focus && this.#setFocus(null, false),
        })}
        ${latest && bars.length
          ? html`<figure class="latest">
              <figcaption>${t(this.locale, 'complianceLatest', { period: formatPeriod(this.intlLocale, latest.period) })}</figcaption>
              ${hbarChart({ width: this.width, items: bars, formatValue: (v) => formatPercent(this.intlLocale, v, 2), maxLabelWidth: 220 })}
            </figure>`
          : null}
        ${this.renderTable(() => this.#table())}`,
      { empty: !this.#series.some((s) => s.xs.length) },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-compliance-monitor': CkComplianceMonitor;
  }
}
