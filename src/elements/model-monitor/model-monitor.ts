import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { scoreMonitor, type ScoreMonitor, type ScorePeriod } from '../../kpi/scores.js';
import { formatPercentTick, formatPeriod } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import type { TableSpec } from '../../render/table.js';
import {
  bandChartRows,
  bandPointText,
  bandTable,
  flagLines,
  monitorStatus,
  shownPeriod,
  type MonitorLimits,
} from '../../views/score-view.js';
import { IntervalPanel, intervalPanelStyles } from '../shared/interval-panel.js';
import { CkWidget } from '../shared/widget-base.js';
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
 */
export class CkModelMonitor extends CkWidget<'scores'> {
  static override styles = [...intervalPanelStyles, modelMonitorStyles];

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
  readonly #panel = new IntervalPanel(this, {
    items: () => this.#shown?.bands ?? [],
    describe: (b) => bandPointText(this.locale, this.intlLocale, b),
    detail: (b) => ({
      series: b.band,
      period: this.#shown?.period ?? '',
      value: b.observed,
      numerator: b.repaid,
      denominator: b.accounts,
    }),
    ...this.accessors,
  });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const derived = this.#derived.update();
    this.#monitor = derived?.monitor ?? null;
    this.#shown = derived?.shown ?? null;
    this.#panel.follow(this.#shown, [this.intlLocale, this.locale], (p, width) => ({
      width,
      rows: bandChartRows(this.locale, this.intlLocale, p),
      formatTick: (v) => formatPercentTick(this.intlLocale, v),
      reference: null,
      include: [0],
      bounds: [0, 1],
      maxLabelWidth: 80,
    }));
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
    const i = this.#panel.focused;
    const b = i === null ? undefined : this.#shown?.bands[i];
    if (i === null || !b) return null;
    return this.#panel.tooltip(`${t(this.locale, 'modelBand')} ${b.band}`, [
      [t(this.locale, 'modelObserved'), this.#panel.spec?.rows[i]?.text ?? ''],
      [t(this.locale, 'modelFlag'), t(this.locale, b.outside ? 'modelOutside' : 'modelInside')],
    ]);
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
        ${this.renderFrame(this.#panel.chart(this.#tooltip()), summary, this.#panel.points.handlers)}
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
