import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  callingWindow,
  contactHeatmap,
  windowBreaches,
  type CallingWindow,
  type ContactHeatmap,
} from '../../kpi/contact-hours.js';
import type { CompliancePreset } from '../../kpi/types.js';
import { heatmapCellAt, heatmapLayout, type HeatmapLayout } from '../../charts/heatmap.js';
import { hourHeatmap, type HourHeatmapSpec } from '../../charts/hour-heatmap.js';
import { formatCompact, formatNumber, formatPercent } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import type { PointFocus } from '../../render/keyboard.js';
import { tooltip } from '../../render/tooltip.js';
import { codeLabel, COMPLIANCE_PRESET_LABELS } from '../../render/vocab.js';
import { HEAT_MEASURES, heatGrid, type HeatMeasure } from '../../views/contact-heatmap-model.js';
import { emit, type CkSelectDetail } from '../shared/events.js';
import { PointFocusState } from '../shared/point-focus.js';
import { rateLines } from '../shared/rate-table.js';
import { CkWidget } from '../shared/widget-base.js';
import { widgetStyles } from '../shared/widget.styles.js';
import { heatmapStyles, viewToggleStyles } from '../shared/panel.styles.js';
import { contactHeatmapStyles } from './contact-heatmap.styles.js';
import { cellAnnouncement, dayName, heatmapSummary, heatmapTable, MEASURE_LABELS } from './contact-heatmap-text.js';
import { FrameHeight } from '../shared/frame-height.js';
import { periodSpan } from '../../views/period-span.js';

/**
 * Best time to call (最佳拨打时段) from the `contact-hours` metric: a 7 × 24 heatmap of the consumer-local
 * weekday × hour with the RPC rate (or promises per RPC, or the volume of attempts), the calling window of
 * a contact-rule preset outlined, cells outside it marked with their attempt counts (each one a breach) and
 * rates on too small a denominator suppressed (–), never drawn as zero.
 *
 * @summary Best time to call: RPC rate by local weekday and hour (最佳拨打时段).
 * @tag ck-contact-heatmap
 *
 * @attr {string} source - Id of the `<ck-source>` to read from; default: the nearest ancestor source.
 * @attr {'rpc-rate'|'promises-per-rpc'|'volume'} measure - What the cells show; the toolbar toggles it. Default `rpc-rate`.
 * @attr {'cn-cba-2026'|'us-reg-f'} rules - Contact-rule preset whose calling window is drawn. Default `cn-cba-2026`.
 * @attr {number} min-denominator - Rates whose denominator is below this are suppressed. Default 30.
 * @attr {string} channel - Only this channel's attempts (`phone`, `visit`); default all.
 * @attr {string} from - First period, inclusive (`YYYY-MM`).
 * @attr {string} to - Last period, inclusive (`YYYY-MM`).
 *
 * @event {CustomEvent<CkErrorDetail>} ck-error - A fetch or validation failed; `detail.message` is what the widget shows.
 * @event {CustomEvent<CkSelectDetail>} ck-select - A cell was chosen (`series` is `weekday-hour`, e.g. `2-19`).
 *
 * @csspart frame - The focusable chart area.
 * @csspart axis - Weekday and hour labels.
 * @csspart mark - The cells.
 * @csspart value - The line on attempts outside the calling window.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data table view.
 * @csspart state - Loading, empty and error messages.
 *
 * @cssproperty --ck-chart-height - Height of the chart area (default 260px).
 */
export class CkContactHeatmap extends CkWidget<'contact-hours'> {
  static override styles = [widgetStyles, viewToggleStyles, heatmapStyles, contactHeatmapStyles];

  static override properties: PropertyDeclarations = {
    measure: { type: String, reflect: true },
    rules: { type: String },
    minDenominator: { type: Number, attribute: 'min-denominator' },
    channel: { type: String },
  };

  /** What the cells show: `rpc-rate` (default), `promises-per-rpc` or `volume`. */
  declare measure: string;
  /** Contact-rule preset whose calling window is drawn. Default `cn-cba-2026`. */
  declare rules: string;
  /** Rates whose denominator is below this are suppressed. Default 30. */
  declare minDenominator: number;
  /** Only this channel's attempts; default all. */
  declare channel: string | undefined;

  protected readonly metric = 'contact-hours' as const;

  readonly #derived = this.derive(
    () => [this.data.data, this.minDenominator, this.channel],
    () => {
      const rows = this.data.data?.rows;
      if (!rows) return null;
      const heatmap = contactHeatmap(rows, { channel: this.channel || null, minDenominator: this.#min });
      return { heatmap, periods: periodSpan(rows) };
    },
  );
  #heatmap: ContactHeatmap | null = null;
  #periods: [string, string] | null = null;
  readonly #height = new FrameHeight(this);
  readonly #cells = new PointFocusState({
    update: () => this.requestUpdate(),
    announce: (text) => this.announce(text),
    describe: (f) => {
      const c = this.#heatmap?.cells[f.series]?.[f.index];
      return c ? cellAnnouncement(this.locale, this.intlLocale, c, this.#measure, this.#window, this.#min) : '';
    },
    select: (f) => this.#select(f),
    lengths: () => (this.#heatmap ? this.#heatmap.cells.map((d) => d.length) : []),
    hit: (x, y) => {
      const spec = this.#spec();
      const cell = spec ? heatmapCellAt(heatmapLayout(spec), spec, x, y) : null;
      return cell ? { series: cell.row, index: cell.col } : null;
    },
  });

  constructor() {
    super();
    this.measure = 'rpc-rate';
    this.rules = 'cn-cba-2026';
    this.minDenominator = 30;
  }

  get #measure(): HeatMeasure {
    return HEAT_MEASURES[(this.measure ?? '').trim()] ?? 'rpcRate';
  }

  get #min(): number {
    return Number.isFinite(this.minDenominator) && this.minDenominator >= 0 ? this.minDenominator : 30;
  }

  get #preset(): CompliancePreset {
    return this.rules === 'us-reg-f' ? 'us-reg-f' : 'cn-cba-2026';
  }

  get #window(): CallingWindow {
    return callingWindow(this.#preset);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const derived = this.#derived.update();
    if ((derived?.heatmap ?? null) !== this.#heatmap) this.#cells.focus = null;
    this.#heatmap = derived?.heatmap ?? null;
    this.#periods = derived?.periods ?? null;
    this.#height.read();
  }

  #spec(): HourHeatmapSpec | null {
    const h = this.#heatmap;
    if (!h || this.width <= 0) return null;
    const locale = this.intlLocale;
    const measure = this.#measure;
    const grid = heatGrid(h, measure, this.#window, (n) => formatCompact(locale, n, 0));
    const focus = this.#cells.focus;
    const texts = new Map<number, string>();
    return {
      width: this.width,
      height: this.#height.value,
      rows: [1, 2, 3, 4, 5, 6, 7].map((d) => dayName(this.intlLocale, d)),
      columns: Array.from({ length: 24 }, (_, hour) => String(hour)),
      values: grid.values,
      max: grid.max,
      // The layout formats every value to see whether it fits, the chart again to write it: once per value.
      formatValue: (v) => {
        let text = texts.get(v);
        if (text === undefined)
          texts.set(v, (text = measure === 'volume' ? formatCompact(locale, v, 0) : formatPercent(locale, v, 0)));
        return text;
      },
      rowTitle: t(this.locale, 'hoursWeekday'),
      columnTitle: t(this.locale, 'hoursHour'),
      focus: focus ? { row: focus.series, col: focus.index } : null,
      window: this.#window,
      notes: grid.notes,
    };
  }

  #select(f: PointFocus): void {
    const c = this.#heatmap?.cells[f.series]?.[f.index];
    if (!c) return;
    const r = this.#measure === 'volume' ? null : c[this.#measure];
    emit<CkSelectDetail>(this, 'ck-select', {
      series: `${c.weekday}-${c.hour}`,
      period: this.#periods ? `${this.#periods[0]}/${this.#periods[1]}` : '',
      value: r ? r.rate : c.attempts,
      numerator: r ? r.numerator : c.attempts,
      denominator: r ? r.denominator : c.attempts,
    });
  }

  #tooltip(spec: HourHeatmapSpec, layout: HeatmapLayout) {
    const f = this.#cells.focus;
    const c = f ? this.#heatmap?.cells[f.series]?.[f.index] : undefined;
    if (!f || !c) return null;
    const lines: [string, string][] =
      this.#measure === 'volume'
        ? [[t(this.locale, 'ptpAttempts'), formatNumber(this.intlLocale, c.attempts)]]
        : rateLines(
            this.locale,
            this.intlLocale,
            c[this.#measure].rate,
            c[this.#measure].numerator,
            c[this.#measure].denominator,
          );
    return tooltip({
      title:
        cellAnnouncement(this.locale, this.intlLocale, c, this.#measure, this.#window, this.#min).split(':')[0] ?? '',
      lines,
      x: layout.left + (f.index + 0.5) * layout.cellWidth,
      y: layout.top + (f.series + 1) * layout.cellHeight,
      width: spec.width,
      height: spec.height,
    });
  }

  #title(): string {
    return t(this.locale, 'hoursTitle', { measure: t(this.locale, MEASURE_LABELS[this.#measure]) });
  }

  #breachText(): string {
    const h = this.#heatmap;
    const w = this.#window;
    if (!h) return '';
    const hh = (n: number) => `${String(n).padStart(2, '0')}:00`;
    return t(this.locale, 'hoursBreaches', {
      count: formatNumber(this.intlLocale, windowBreaches(h, w).attempts),
      from: hh(w.from),
      until: hh(w.until),
      rule: codeLabel(COMPLIANCE_PRESET_LABELS, this.#preset, this.locale),
    });
  }

  #toolbar() {
    const current = this.#measure;
    return html`<span class="views" role="group" aria-label=${t(this.locale, 'hoursShow')}>${Object.entries(
      HEAT_MEASURES,
    ).map(
      ([name, m]) =>
        html`<button type="button" aria-pressed=${current === m ? 'true' : 'false'} @click=${() => (this.measure = name)}>${t(this.locale, MEASURE_LABELS[m])}</button>`,
    )}</span>`;
  }

  protected override render() {
    const h = this.#heatmap;
    const spec = this.#spec();
    const layout = spec ? heatmapLayout(spec) : null;
    const breaches = this.#breachText();
    return this.renderBody(
      this.#title(),
      () => html`<p part="value">${breaches}</p>
        ${this.renderFrame(html`${spec && layout ? hourHeatmap(spec, layout) : null}${spec && layout ? this.#tooltip(spec, layout) : null}`, h ? heatmapSummary(this.locale, this.intlLocale, h, this.#periods, breaches) : '', this.#cells.handlers)}
        ${this.renderTable(() => heatmapTable(this.locale, this.intlLocale, this.#title(), h ?? contactHeatmap([]), this.#window))}`,
      { empty: !h || h.totals.attempts === 0, toolbar: this.#toolbar() },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-contact-heatmap': CkContactHeatmap;
  }
}
