import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  intervalChart,
  intervalModel,
  intervalRowAt,
  intervalRowY,
  type IntervalModel,
  type IntervalSpec,
} from '../../charts/interval-chart.js';
import { scoreMonitor, type ScoreMonitor, type ScorePeriod } from '../../kpi/scores.js';
import { formatPercentTick, formatPeriod } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import type { PointFocus } from '../../render/keyboard.js';
import type { TableSpec } from '../../render/table.js';
import { tooltip } from '../../render/tooltip.js';
import {
  bandChartRows,
  bandPointText,
  bandTable,
  flagLines,
  monitorStatus,
  shownPeriod,
  type MonitorLimits,
} from '../../views/score-view.js';
import { emit, type CkSelectDetail } from '../shared/events.js';
import { PointFocusState } from '../shared/point-focus.js';
import { rowMove } from '../shared/row-focus.js';
import { DrawWidthController } from '../shared/draw-width.js';
import { CkWidget } from '../shared/widget-base.js';
import { widgetStyles } from '../shared/widget.styles.js';
import { intervalWidgetStyles } from '../shared/interval.styles.js';
import { modelMonitorStyles } from './model-monitor.styles.js';

const LIMITS: MonitorLimits = { psi: 0.25, auc: 0.05 };

/**
 * Monitoring of the repayment-prediction model (还款预测模型监控) from the `scores` metric: calibration of every
 * score band in the shown period (observed repayment rate with its Wilson 95 % interval, the prediction as a
 * hollow diamond), discrimination (AUC and KS from the band counts, exact at band granularity and stated as
 * such) and population stability (PSI against the `baseline` period). Flags: PSI above 0.25, AUC more than
 * 0.05 below the baseline, a band whose observed rate lies outside the 95 % interval around its prediction.
 *
 * @summary Repayment-model calibration, discrimination and stability (还款预测模型监控).
 * @tag ck-model-monitor
 *
 * @attr {string} source - Id of the `<ck-source>` to read from; default: the nearest ancestor source.
 * @attr {string} baseline - Baseline period of the PSI and the AUC comparison (`YYYY-MM`); default the first period.
 * @attr {string} period - Period whose calibration is drawn (`YYYY-MM`); default the latest.
 * @attr {string} from - First period, inclusive (`YYYY-MM`).
 * @attr {string} to - Last period, inclusive (`YYYY-MM`).
 *
 * @event {CustomEvent<CkErrorDetail>} ck-error - A fetch or validation failed; `detail.message` is what the widget shows.
 * @event {CustomEvent<CkSelectDetail>} ck-select - A band was chosen (`series` is the band, `value` its observed rate).
 *
 * @csspart frame - The focusable chart area.
 * @csspart axis - Band labels and the rate axis.
 * @csspart mark - Intervals and observed rates.
 * @csspart value - The status line and the flags.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data table view.
 * @csspart state - Loading, empty and error messages.
 *
 * @cssproperty --ck-series-1 - Colour of bands within their interval (--ck-series-2 for bands outside).
 * @cssproperty --ck-background - Widget background.
 * @cssproperty --ck-foreground - Text colour.
 */
export class CkModelMonitor extends CkWidget<'scores'> {
  static override styles = [widgetStyles, intervalWidgetStyles, modelMonitorStyles];

  static override properties: PropertyDeclarations = {
    baseline: { type: String },
    period: { type: String },
  };

  /** Baseline period of the PSI and the AUC comparison; default the first period. */
  declare baseline: string | undefined;
  /** Period whose calibration is drawn; default the latest. */
  declare period: string | undefined;

  protected readonly metric = 'scores' as const;

  readonly #derived = this.derive(
    () => [this.data.data, this.baseline, this.period],
    (): { monitor: ScoreMonitor; shown: ScorePeriod | null } | null => {
      const rows = this.data.data?.rows;
      if (!rows) return null;
      const monitor = scoreMonitor(rows, {
        ...(this.baseline ? { baseline: this.baseline } : {}),
        psiLimit: LIMITS.psi,
        aucDrop: LIMITS.auc,
      });
      return monitor ? { monitor, shown: shownPeriod(monitor, this.period) ?? null } : null;
    },
  );
  #monitor: ScoreMonitor | null = null;
  #shown: ScorePeriod | null = null;
  #spec: IntervalSpec | null = null;
  #model: IntervalModel | null = null;
  #specKey: unknown[] = [];
  readonly #draw = new DrawWidthController(this, () => this.width);
  readonly #points = new PointFocusState({
    update: () => this.requestUpdate(),
    announce: (text) => this.announce(text),
    describe: (f) => this.#describe(f),
    select: (f) => this.#select(f),
    lengths: () => [this.#shown?.bands.length ?? 0],
    hit: (_x, y) => {
      const index = this.#spec && this.#model ? intervalRowAt(this.#spec, this.#model, y) : -1;
      return index < 0 ? null : { series: 0, index };
    },
    move: rowMove,
  });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const derived = this.#derived.update();
    if ((derived?.shown ?? null) !== this.#shown) this.#points.focus = null;
    this.#monitor = derived?.monitor ?? null;
    this.#shown = derived?.shown ?? null;
    const key = [this.#shown, this.#draw.width, this.intlLocale, this.locale];
    if (key.some((v, i) => v !== this.#specKey[i])) {
      this.#specKey = key;
      const p = this.#shown;
      this.#spec =
        p && this.#draw.width > 0
          ? {
              width: this.#draw.width,
              rows: bandChartRows(this.locale, this.intlLocale, p),
              formatTick: (v) => formatPercentTick(this.intlLocale, v),
              reference: null,
              include: [0],
              bounds: [0, 1],
              maxLabelWidth: 80,
            }
          : null;
      this.#model = this.#spec ? intervalModel(this.#spec) : null;
    }
  }

  #band(focus: PointFocus) {
    return this.#shown?.bands[focus.index];
  }

  #describe(focus: PointFocus): string {
    const b = this.#band(focus);
    return b ? bandPointText(this.locale, this.intlLocale, b) : '';
  }

  #select(focus: PointFocus): void {
    const b = this.#band(focus);
    if (!b || !this.#shown) return;
    emit<CkSelectDetail>(this, 'ck-select', {
      series: b.band,
      period: this.#shown.period,
      value: b.observed,
      numerator: b.repaid,
      denominator: b.accounts,
    });
  }

  #title(): string {
    return t(this.locale, 'modelTitle', {
      period: this.#shown ? formatPeriod(this.intlLocale, this.#shown.period) : (this.period ?? ''),
    });
  }

  #table(): TableSpec {
    return bandTable(this.locale, this.intlLocale, this.#title(), this.#shown as ScorePeriod);
  }

  #tooltip() {
    const focus = this.#points.focus;
    const b = focus ? this.#band(focus) : undefined;
    const spec = this.#spec;
    const model = this.#model;
    if (!focus || !b || !spec || !model) return null;
    const row = spec.rows[focus.index];
    return tooltip({
      title: `${t(this.locale, 'modelBand')} ${b.band}`,
      lines: [
        [t(this.locale, 'modelObserved'), row?.text ?? ''],
        [t(this.locale, 'modelFlag'), t(this.locale, b.outside ? 'modelOutside' : 'modelInside')],
      ],
      x: model.plot.left + model.plot.width / 2,
      y: intervalRowY(spec, model, focus.index),
      width: this.width,
    });
  }

  protected override render() {
    const m = this.#monitor;
    const p = this.#shown;
    const status = m && p ? monitorStatus(this.locale, this.intlLocale, m, p, LIMITS) : '';
    const flags = m && p ? flagLines(this.locale, this.intlLocale, m, p, LIMITS) : [];
    const summary = p
      ? t(this.locale, 'modelSummary', {
          period: formatPeriod(this.intlLocale, p.period),
          status,
          flags: flags.join(' '),
        })
      : '';
    return this.renderBody(
      this.#title(),
      () => html`<p part="value">${status} <span class="exact">${t(this.locale, 'modelExact')}</span></p>
        ${this.renderFrame(html`${this.#spec && this.#model ? intervalChart({ ...this.#spec, focus: this.#points.focus?.index ?? null }, this.#model) : null}${this.#tooltip()}`, summary, this.#points.handlers)}
        <ul part="value" class="flags">${flags.map((line) => html`<li>${line}</li>`)}</ul>
        ${this.renderTable(() => this.#table())}`,
      { empty: !p?.bands.length },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-model-monitor': CkModelMonitor;
  }
}
