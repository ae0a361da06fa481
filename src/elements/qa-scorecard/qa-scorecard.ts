import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { hbarChart } from '../../charts/hbar-chart.js';
import { qualitySummary, type QualitySummary } from '../../kpi/quality.js';
import { formatNumber, formatPercent, formatPeriod, MISSING } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import { QA_METHOD_LABELS, QA_RULE_LABELS } from '../../render/qa-vocab.js';
import type { TableSpec } from '../../render/table.js';
import { codeLabel } from '../../render/vocab.js';
import { agentLabel, qualityBars, qualitySeries } from '../../views/quality-series.js';
import type { PointSeries } from '../shared/line-view.js';
import { periodRateChart, rateLineView } from '../shared/rate-trend.js';
import { CkWidget } from '../shared/widget-base.js';
import { widgetStyles } from '../shared/widget.styles.js';
import { qaScorecardStyles } from './qa-scorecard.styles.js';

/**
 * Call quality checks (催收质检) from the `quality` metric: coverage (checked ÷ calls) of the chosen QA method
 * beside the other method's, the red-line violation rate (calls with a violation ÷ checked) overall and per
 * rule over time, the teams worst first, and a drill to a team's collectors (pseudonymised with `redact`).
 *
 * @summary QA coverage, red-line violation rates by rule, worst teams and their collectors (催收质检).
 * @tag ck-qa-scorecard
 *
 * @attr {string} source - Id of the `<ck-source>` to read from; default: the nearest ancestor source.
 * @attr {'ai'|'manual'} method - QA method to show (default `ai`); the other method's coverage is shown beside it.
 * @attr {boolean} redact - Replace collector names by stable pseudonyms (`Agent 3FA9C1`, `催收员 3FA9C1`).
 * @attr {string} from - First period, inclusive (`YYYY-MM`).
 * @attr {string} to - Last period, inclusive (`YYYY-MM`).
 * @attr {'month'|'quarter'|'year'} interval - Period granularity.
 * @attr {string} team - Only this team (a filter of the query).
 *
 * @event {CustomEvent<CkErrorDetail>} ck-error - A fetch or validation failed; `detail.message` is what the widget shows.
 * @event {CustomEvent<CkSelectDetail>} ck-select - A point was chosen by click or Enter (`series` is the rule, `any` for all).
 *
 * @csspart frame - The focusable chart area.
 * @csspart axis - Axes and grid lines.
 * @csspart mark - Lines and bars.
 * @csspart legend - The legend with rule toggles.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data table view.
 * @csspart state - Loading, empty and error messages.
 * @csspart value - The headline figures.
 *
 * @cssproperty --ck-chart-height - Height of the line chart (default 260px).
 * @cssproperty --ck-series-1 - Colour of the first rule (up to --ck-series-7).
 */
export class CkQaScorecard extends CkWidget<'quality'> {
  static override styles = [widgetStyles, qaScorecardStyles];

  static override properties: PropertyDeclarations = {
    method: { type: String },
    redact: { type: Boolean },
  };

  /** QA method to show: `ai` (default) or `manual`. */
  declare method: string;
  /** Replace collector names by stable pseudonyms. */
  declare redact: boolean;

  protected readonly metric = 'quality' as const;

  readonly #view = rateLineView({ host: this, ...this.accessors });
  readonly #derived = this.derive(
    () => [this.data.data, this.method, this.locale],
    () => {
      const rows = this.data.data?.rows;
      if (!rows) return null;
      const summary = qualitySummary(rows, { method: this.method || 'ai' });
      const other = summary.methods.find((m) => m !== summary.method);
      return {
        summary,
        other: other ? qualitySummary(rows, { method: other }) : null,
        series: qualitySeries(summary, this.#ruleLabel),
      };
    },
  );
  #summary: QualitySummary | null = null;
  #other: QualitySummary | null = null;
  /** The team drilled into (its collectors are shown), or null for the teams. */
  #team: string | null = null;

  constructor() {
    super();
    this.method = 'ai';
    this.redact = false;
  }

  #ruleLabel = (rule: string) => codeLabel(QA_RULE_LABELS, rule, this.locale);
  #methodLabel = (method: string) => codeLabel(QA_METHOD_LABELS, method, this.locale);

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const derived = this.#derived.update();
    if (derived?.summary === this.#summary) return;
    this.#summary = derived?.summary ?? null;
    this.#other = derived?.other ?? null;
    const team = this.#team;
    if (team && !this.#summary?.byTeam.some((c) => c.key === team)) this.#team = null;
    this.#view.setSeries(derived?.series ?? []);
  }

  #title(): string {
    return t(this.locale, 'qaTitle', { method: this.#methodLabel(this.#summary?.method ?? (this.method || 'ai')) });
  }

  #pct = (v: number | null | undefined, digits = 2) => formatPercent(this.intlLocale, v ?? NaN, digits);

  #headline(summary: QualitySummary) {
    const c = summary.total;
    const n = (v: number) => formatNumber(this.intlLocale, v);
    const other = this.#other;
    return html`<p class="headline" part="value">
      ${t(this.locale, 'qaHeadline', {
        method: this.#methodLabel(summary.method),
        coverage: this.#pct(c.coverage.rate, 1),
        checked: n(c.checked),
        calls: n(c.calls),
        rate: this.#pct(c.violationRate.rate),
        violating: n(c.violating),
        score: c.averageScore.rate === null ? MISSING : formatNumber(this.intlLocale, c.averageScore.rate, 1),
      })}${other ? ` · ${t(this.locale, 'qaOtherMethod', { method: this.#methodLabel(other.method), coverage: this.#pct(other.total.coverage.rate, 1) })}` : ''}
    </p>`;
  }

  #drill(team: string | null): void {
    this.#team = team;
    this.requestUpdate();
  }

  #bars(summary: QualitySummary) {
    const loc = this.intlLocale;
    const count = (v: number) => formatNumber(loc, v);
    const team = this.#team;
    const agents = team ? summary.byAgent.filter((a) => a.team === team) : [];
    const items = team
      ? qualityBars(
          agents,
          (c) => agentLabel(c.key, agents.find((a) => a.key === c.key)?.name ?? c.key, this.redact, this.locale),
          (v) => this.#pct(v),
          count,
        )
      : qualityBars(
          summary.byTeam,
          (c) => c.key,
          (v) => this.#pct(v),
          count,
        );
    return html`<figure>
      <figcaption>${team ? t(this.locale, 'qaAgentsOf', { team }) : t(this.locale, 'qaTeams')}</figcaption>
      <div class="drill" role="group" aria-label=${t(this.locale, 'qaTeams')}>
        <button type="button" aria-pressed=${team === null ? 'true' : 'false'} @click=${() => this.#drill(null)}>${t(this.locale, 'qaAllTeams')}</button>
        ${summary.byTeam.map(
          (c) =>
            html`<button type="button" aria-pressed=${team === c.key ? 'true' : 'false'} @click=${() => this.#drill(c.key)}>${t(this.locale, 'qaDrill', { team: c.key })}</button>`,
        )}
      </div>
      ${items.length ? hbarChart({ width: this.width, items, formatValue: (v) => this.#pct(v), maxLabelWidth: 200 }) : null}
    </figure>`;
  }

  #summaryText(): string {
    const s = this.#view.series;
    const any = s[0];
    if (!any || !any.labels.length) return '';
    const loc = this.intlLocale;
    const last = any.labels.length - 1;
    const period = any.labels[last] ?? '';
    let top: { s: PointSeries; i: number } | null = null;
    for (const x of s.slice(1)) {
      const i = x.labels.lastIndexOf(period);
      const v = x.ys[i] ?? NaN;
      if (i >= 0 && Number.isFinite(v) && (!top || v > (top.s.ys[top.i] ?? NaN))) top = { s: x, i };
    }
    return t(this.locale, 'qaSummary', {
      method: this.#methodLabel(this.#summary?.method ?? 'ai'),
      from: formatPeriod(loc, any.labels[0] ?? ''),
      to: formatPeriod(loc, period),
      latest: top
        ? t(this.locale, 'qaHighest', {
            period: formatPeriod(loc, period),
            rule: top.s.label,
            rate: this.#pct(top.s.ys[top.i]),
            numerator: formatNumber(loc, top.s.numerators[top.i]),
            denominator: formatNumber(loc, top.s.denominators[top.i]),
          })
        : '',
    });
  }

  #table(): TableSpec {
    const loc = this.intlLocale;
    const l = this.locale;
    const cells = this.#summary?.byPeriod ?? [];
    const rules = this.#view.series.slice(1).filter((s) => !this.#view.hidden.has(s.key));
    const n = (v: number) => formatNumber(loc, v);
    return {
      caption: this.#title(),
      columns: [
        t(l, 'period'),
        t(l, 'qaCalls'),
        t(l, 'qaChecked'),
        t(l, 'qaCoverage'),
        t(l, 'qaViolating'),
        t(l, 'qaViolationRate'),
        t(l, 'qaAverageScore'),
        ...rules.map((s) => `${s.label} ${t(l, 'qaViolationRate')}`),
      ],
      rows: cells.map((c) => [
        formatPeriod(loc, c.key),
        n(c.calls),
        n(c.checked),
        this.#pct(c.coverage.rate, 1),
        n(c.violating),
        this.#pct(c.violationRate.rate),
        c.averageScore.rate === null ? MISSING : formatNumber(loc, c.averageScore.rate, 1),
        ...rules.map((s) => {
          const i = s.labels.indexOf(c.key);
          return i < 0 ? MISSING : `${this.#pct(s.ys[i])} (${n(s.numerators[i] ?? 0)})`;
        }),
      ]),
    };
  }

  protected override render() {
    const view = this.#view;
    const summary = this.#summary;
    const loc = this.intlLocale;
    const l = this.locale;
    return this.renderBody(
      this.#title(),
      () => html`${summary ? this.#headline(summary) : null} ${view.legend(l)}
          ${this.renderFrame(
            periodRateChart(view, {
              width: this.width,
              height: 260,
              locale: l,
              intlLocale: loc,
              keys: ['qaViolationRate', 'qaViolating', 'qaChecked'],
            }),
            this.#summaryText(),
            view.handlers,
          )}
          ${summary ? this.#bars(summary) : null} ${this.renderTable(() => this.#table())}`,
      { empty: !view.series.some((s) => s.xs.length) },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-qa-scorecard': CkQaScorecard;
  }
}
