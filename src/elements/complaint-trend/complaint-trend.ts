import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { complaintTrend } from '../../kpi/complaints.js';
import type { ComplaintTrend } from '../../kpi/types.js';
import { barsLineChart, barsLineModel, segmentBox, type BarsLineModel, type BarsLineSpec } from '../../charts/bars-line-chart.js';
import { barColor, barLegend } from '../../render/bars.js';
import { formatNumber, formatPercent, formatPeriod } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import type { PointFocus } from '../../render/keyboard.js';
import type { TableSpec } from '../../render/table.js';
import { tooltip } from '../../render/tooltip.js';
import { CHANNEL_LABELS, codeLabel, COMPLAINT_CATEGORY_LABELS } from '../../render/vocab.js';
import { emit, type CkSelectDetail } from '../shared/events.js';
import { CkWidget } from '../shared/widget-base.js';
import { complaintPointText, complaintsSummary, complaintsTable, latestComplaintsText, lineTooltipLines, segmentTooltipLines } from './complaint-text.js';
import { widgetStyles } from '../shared/widget.styles.js';
import { complaintColumns, type ComplaintColumns } from '../../views/complaint-series.js';
import { complaintTrendStyles } from './complaint-trend.styles.js';
import { PointFocusState } from '../shared/point-focus.js';
import { at } from '../../model/at.js';
import { FrameHeight } from '../shared/frame-height.js';

/**
 * Complaints (投诉) received per period as bars stacked by category (CFPB debt-collection issues) or
 * by channel, with complaints per `per` active accounts as a line on a second axis; on-time and
 * upheld rates in the summary line, tooltips and table. Periods whose on-time rate misses the `sla`
 * target are marked ⚠ (and say so in text).
 *
 * @summary Complaint trend by category or channel (投诉趋势).
 * @tag ck-complaint-trend
 *
 * @attr {string} source - Id of the `<ck-source>` to read from; default: the nearest ancestor source.
 * @attr {'category'|'channel'} by - Breakdown of the stacked bars. Default `category`.
 * @attr {number} per - Complaints are expressed per this many active accounts. Default 10000.
 * @attr {number} sla - On-time target (share of complaints closed within the deadline), e.g. `0.95`.
 * @attr {string} from - First period, inclusive (`YYYY-MM`).
 * @attr {string} to - Last period, inclusive (`YYYY-MM`).
 * @attr {'day'|'week'|'month'|'quarter'|'year'} interval - Period granularity.
 *
 * @event {CustomEvent<CkErrorDetail>} ck-error - A fetch or validation failed; `detail.message` is what the widget shows.
 * @event {CustomEvent<CkSelectDetail>} ck-select - A bar segment (series = category or channel) or a point of the rate line (series `perAccounts`) was chosen.
 *
 * @csspart frame - The focusable chart area.
 * @csspart axis - Axes and grid lines.
 * @csspart mark - Bars and the rate line.
 * @csspart legend - The legend with toggles.
 * @csspart value - The summary line of the latest period.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data table view.
 * @csspart state - Loading, empty and error messages.
 *
 * @cssproperty --ck-chart-height - Height of the chart area (default 260px).
 * @cssproperty --ck-series-1 - Colour of the first stack (up to --ck-series-8).
 * @cssproperty --ck-line-color - Colour of the rate line (default the text colour).
 */
export class CkComplaintTrend extends CkWidget<'complaints'> {
  static override styles = [widgetStyles, complaintTrendStyles];

  static override properties: PropertyDeclarations = {
    by: { type: String },
    per: { type: Number },
    sla: { type: Number },
  };

  /** Breakdown of the stacked bars. Default `category`. */
  declare by: 'category' | 'channel';
  /** Complaints are expressed per this many active accounts. Default 10000. */
  declare per: number;
  /** On-time target (share of complaints closed within the deadline), e.g. `0.95`. */
  declare sla: number | undefined;

  protected readonly metric = 'complaints' as const;

  readonly #trendOf = this.derive(
    () => [this.data.data, this.by, this.per],
    () => (this.data.data ? complaintTrend(this.data.data.rows, this.data.data.exposure ?? [], { per: this.#perValue, by: this.#byKey }) : null),
  );
  #trend: ComplaintTrend | null = null;
  #columns: ComplaintColumns | null = null;
  readonly #points = new PointFocusState({
    update: () => this.requestUpdate(),
    announce: (text) => this.announce(text),
    describe: (f) => this.#describe(f),
    select: (f) => this.#select(f),
    lengths: () => this.#lengths(),
    hit: (x, y) => this.#hit(x, y),
  });
  readonly #height = new FrameHeight(this);
  #spec: BarsLineSpec | null = null;
  #model: BarsLineModel | null = null;
  #specKey: unknown[] = [];

  constructor() {
    super();
    this.by = 'category';
    this.per = 10_000;
  }

  get #byKey(): 'category' | 'channel' {
    return this.by === 'channel' ? 'channel' : 'category';
  }

  get #perValue(): number {
    return Number.isFinite(this.per) && this.per > 0 ? this.per : 10_000;
  }

  #label = (key: string) => codeLabel(this.#byKey === 'channel' ? CHANNEL_LABELS : COMPLAINT_CATEGORY_LABELS, key, this.locale);

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const trend = this.#trendOf.update();
    if (trend !== this.#trend) this.#points.focus = null;
    this.#trend = trend;
    const sla = this.sla != null && Number.isFinite(this.sla) ? this.sla : null;
    const colKey = [this.#trend, this.locale, sla];
    if (colKey.some((v, i) => v !== this.#colKey[i])) {
      this.#colKey = colKey;
      this.#columns = this.#trend ? complaintColumns(this.#trend, this.#label, sla) : null;
      if (this.#columns) this.#columns.line.label = t(this.locale, 'complaintsPer', { per: formatNumber(this.intlLocale, this.#perValue) });
    }
    this.#height.read();
    // The height only with columns to draw: reading it while loading would force a style recalculation.
    const key = [this.#columns, this.width, this.#columns ? this.#height.value : 0, this.#points.hidden, this.intlLocale];
    if (key.some((v, i) => v !== this.#specKey[i])) {
      this.#specKey = key;
      this.#spec = this.#chartSpec();
      this.#model = this.#spec && this.width > 0 ? barsLineModel(this.#spec) : null;
    }
  }

  #colKey: unknown[] = [];

  #chartSpec(): BarsLineSpec | null {
    const c = this.#columns;
    if (!c) return null;
    const locale = this.intlLocale;
    return {
      width: this.width,
      height: this.#height.value,
      categories: c.periods,
      formatCategory: (p) => formatPeriod(locale, p),
      stacks: c.stacks,
      hidden: this.#points.hidden,
      minTop: 1,
      formatValue: (v) => formatNumber(locale, v),
      line: c.line,
      formatLine: (v) => formatNumber(locale, v, 2),
      flags: c.missed,
    };
  }

  /** Series lengths for `moveFocus`: the stacks (0 when hidden), then the line. */
  #lengths(): number[] {
    const c = this.#columns;
    if (!c) return [];
    const n = c.periods.length;
    return [...c.stacks.map((s) => (this.#points.hidden.has(s.key) ? 0 : n)), n];
  }

  #isLine(focus: PointFocus): boolean {
    return focus.series === (this.#columns?.stacks.length ?? 0);
  }

  #describe(focus: PointFocus): string {
    return this.#trend && this.#columns ? complaintPointText(this.locale, this.intlLocale, at(this.#trend.periods, focus.index), this.#columns, focus.series, focus.index, this.#slaText(false)) : '';
  }

  #slaText(met: boolean): string {
    return t(this.locale, met ? 'complaintsSlaMet' : 'complaintsSlaMissed', { sla: formatPercent(this.intlLocale, this.sla ?? null, 0) });
  }

  #select(focus: PointFocus): void {
    if (!this.#trend || !this.#columns) return;
    const p = at(this.#trend.periods, focus.index);
    if (this.#isLine(focus)) {
      emit<CkSelectDetail>(this, 'ck-select', {
        series: 'perAccounts',
        period: p.period,
        value: p.perAccounts.rate,
        numerator: p.perAccounts.numerator,
        denominator: p.perAccounts.denominator,
      });
      return;
    }
    const key = at(this.#columns.stacks, focus.series).key;
    const b = p.breakdown.find((x) => x.key === key);
    emit<CkSelectDetail>(this, 'ck-select', {
      series: key,
      period: p.period,
      value: b?.received ?? 0,
      numerator: b?.received ?? 0,
      denominator: p.received,
    });
  }

  /** The bar segment or line point under the pointer (frame coordinates). */
  #hit(px: number, py: number): PointFocus | null {
    const model = this.#model;
    const spec = this.#spec;
    const c = this.#columns;
    if (!model || !spec || !c || !c.periods.length) return null;
    const index = Math.max(0, Math.min(c.periods.length - 1, Math.floor((px - model.plot.left) / Math.max(1, model.x.step()))));
    const lineValue = at(c.line.values, index);
    if (model.y2 && Number.isFinite(lineValue) && Math.abs(model.y2(lineValue) - py) < 8) return { series: c.stacks.length, index };
    let focus: PointFocus | null = null;
    c.stacks.forEach((_, si) => {
      const b = segmentBox(spec, model, si, index);
      if (b.height > 0 && py >= b.y && py <= b.y + b.height) focus = { series: si, index };
    });
    return focus;
  }

  #title(): string {
    return t(this.locale, 'complaintsTitle', { by: t(this.locale, this.#byKey === 'channel' ? 'complaintsByChannel' : 'complaintsByCategory') });
  }

  #latestText(): { text: string; missed: boolean } | null {
    const trend = this.#trend;
    const last = trend?.periods[trend.periods.length - 1];
    if (!trend || !last) return null;
    const hasSla = this.sla != null && Number.isFinite(this.sla) && last.onTime.rate !== null;
    const missed = !!this.#columns?.missed[trend.periods.length - 1];
    return { missed, text: latestComplaintsText(this.locale, this.intlLocale, last, this.#perValue, hasSla ? this.#slaText(!missed) : '') };
  }

  #summary(): string {
    const trend = this.#trend;
    return trend?.periods.length ? complaintsSummary(this.locale, this.intlLocale, trend, this.#byKey, this.#perValue, this.#latestText()?.text ?? '') : '';
  }

  #table(trend: ComplaintTrend, columns: ComplaintColumns): TableSpec {
    const visible = columns.stacks.filter((st) => !this.#points.hidden.has(st.key)).map((st) => st.key);
    return complaintsTable(this.locale, this.intlLocale, this.#title(), trend, columns, new Set(visible), this.#slaText(false));
  }

  #tooltip() {
    const focus = this.#points.focus;
    const model = this.#model;
    const spec = this.#spec;
    if (!focus || !model || !spec || !this.#trend || !this.#columns) return null;
    const p = this.#trend.periods[focus.index];
    if (!p) return null;
    const locale = this.intlLocale;
    const period = formatPeriod(locale, p.period);
    if (this.#isLine(focus)) {
      const v = at(this.#columns.line.values, focus.index);
      return tooltip({
        title: `${this.#columns.line.label} · ${period}`,
        lines: lineTooltipLines(this.locale, locale, p, !!this.#columns.missed[focus.index]),
        x: model.xi(focus.index),
        y: Number.isFinite(v) && model.y2 ? model.y2(v) : model.plot.top,
        width: this.width,
        height: spec.height,
      });
    }
    const s = at(this.#columns.stacks, focus.series);
    const b = p.breakdown.find((x) => x.key === s.key);
    const box = segmentBox(spec, model, focus.series, focus.index);
    return tooltip({
      title: `${s.label} · ${period}`,
      lines: segmentTooltipLines(this.locale, locale, p, b),
      x: box.x + box.width / 2,
      y: box.y,
      width: this.width,
      height: spec.height,
    });
  }

  protected override render() {
    const [c, trend] = [this.#columns, this.#trend];
    const latest = this.#latestText();
    const items = [
      ...(c?.stacks ?? []).map((s, i) => ({ key: s.key, label: s.label, hidden: this.#points.hidden.has(s.key), color: barColor(i) })),
      ...(c ? [{ key: c.line.key, label: c.line.label, hidden: false, color: 'var(--ck-line-color, currentColor)', line: true, toggle: false }] : []),
    ];
    return this.renderBody(
      this.#title(),
      () => html`${latest ? html`<p part="value" class=${latest.missed ? 'missed' : ''}>${latest.text}</p>` : null}
        ${barLegend(items, this.locale, this.#points.toggle)}
        ${this.renderFrame(html`${this.#model && this.#spec ? barsLineChart({ ...this.#spec, focus: this.#points.focus }, this.#model) : null}${this.#tooltip()}`, this.#summary(), this.#points.handlers)}
        ${trend && c ? this.renderTable(() => this.#table(trend, c)) : null}`,
      { empty: !trend?.periods.length },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-complaint-trend': CkComplaintTrend;
  }
}
