import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  intervalChart,
  intervalModel,
  intervalRowAt,
  intervalRowY,
  type IntervalModel,
  type IntervalSpec,
} from '../../charts/interval-chart.js';
import { experimentResults, type ExperimentResult } from '../../kpi/experiments.js';
import { formatNumber, formatPercentTick } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import type { PointFocus } from '../../render/keyboard.js';
import type { TableSpec } from '../../render/table.js';
import { tooltip } from '../../render/tooltip.js';
import {
  armLabel,
  armPointText,
  experimentChartRows,
  experimentTable,
  horizonText,
  verdictLines,
  verdictText,
} from '../../views/experiment-view.js';
import { emit, type CkSelectDetail } from '../shared/events.js';
import { PointFocusState } from '../shared/point-focus.js';
import { rowMove } from '../shared/row-focus.js';
import { DrawWidthController } from '../shared/draw-width.js';
import { CkWidget } from '../shared/widget-base.js';
import { widgetStyles } from '../shared/widget.styles.js';
import { intervalWidgetStyles } from '../shared/interval.styles.js';
import { strategyTestStyles } from './strategy-test.styles.js';

/**
 * A champion / challenger strategy test (冠军/挑战者策略) from the `experiments` metric: every arm's cure
 * rate with its Wilson 95 % interval side by side (the champion's rate as the dashed line), each
 * challenger's difference from the champion with its Newcombe interval and a reading that never calls a
 * difference whose interval crosses zero a win; the fixed horizon and the sample size the `mde` needs are
 * stated, and arms below it are marked "not enough data" and not ranked. The table adds roll-forward,
 * collected and cost per account (normal intervals) and complaints per `per` accounts.
 *
 * @summary Champion / challenger strategy test with intervals (冠军/挑战者策略).
 * @tag ck-strategy-test
 *
 * @attr {string} source - Id of the `<ck-source>` to read from; default: the nearest ancestor source.
 * @attr {string} experiment - Experiment to show; default the first by name.
 * @attr {string} champion - Name of the champion arm. Default `champion`.
 * @attr {number} mde - Minimum detectable effect on the cure rate, absolute (0.02 = 2 points). Default 0.02.
 * @attr {number} per - Complaints are expressed per this many accounts. Default 10000.
 * @attr {string} from - First assignment period, inclusive (`YYYY-MM`).
 * @attr {string} to - Last assignment period, inclusive (`YYYY-MM`).
 *
 * @event {CustomEvent<CkErrorDetail>} ck-error - A fetch or validation failed; `detail.message` is what the widget shows.
 * @event {CustomEvent<CkSelectDetail>} ck-select - An arm was chosen (`series` is the arm, `value` its cure rate).
 *
 * @csspart frame - The focusable chart area.
 * @csspart axis - Arm labels and the rate axis.
 * @csspart mark - Intervals and estimates.
 * @csspart value - The horizon and the readings.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data table view.
 * @csspart state - Loading, empty and error messages.
 *
 * @cssproperty --ck-series-1 - Colour of arms with no difference shown (--ck-series-3 better, --ck-series-2 worse).
 * @cssproperty --ck-background - Widget background.
 * @cssproperty --ck-foreground - Text colour.
 */
export class CkStrategyTest extends CkWidget<'experiments'> {
  static override styles = [widgetStyles, intervalWidgetStyles, strategyTestStyles];

  static override properties: PropertyDeclarations = {
    experiment: { type: String },
    champion: { type: String },
    mde: { type: Number },
    per: { type: Number },
  };

  /** Experiment to show; default the first by name. */
  declare experiment: string | undefined;
  /** Name of the champion arm. Default `champion`. */
  declare champion: string;
  /** Minimum detectable effect on the cure rate, absolute (0.02 = 2 points). Default 0.02. */
  declare mde: number;
  /** Complaints are expressed per this many accounts. Default 10000. */
  declare per: number;

  protected readonly metric = 'experiments' as const;

  readonly #derived = this.derive(
    () => [this.data.data, this.experiment, this.champion, this.mde, this.per],
    () => {
      const rows = this.data.data?.rows;
      return rows
        ? experimentResults(rows, {
            ...(this.experiment ? { experiment: this.experiment } : {}),
            champion: this.champion || 'champion',
            mde: Number.isFinite(this.mde) ? this.mde : 0.02,
            per: Number.isFinite(this.per) && this.per > 0 ? this.per : 10_000,
          })
        : null;
    },
  );
  #result: ExperimentResult | null = null;
  #spec: IntervalSpec | null = null;
  #model: IntervalModel | null = null;
  #specKey: unknown[] = [];
  readonly #draw = new DrawWidthController(this, () => this.width);
  readonly #points = new PointFocusState({
    update: () => this.requestUpdate(),
    announce: (text) => this.announce(text),
    describe: (f) => this.#describe(f),
    select: (f) => this.#select(f),
    lengths: () => [this.#result?.arms.length ?? 0],
    hit: (_x, y) => this.#rowAt(y),
    move: rowMove,
  });

  constructor() {
    super();
    this.champion = 'champion';
    this.mde = 0.02;
    this.per = 10_000;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const result = this.#derived.update();
    if (result !== this.#result) this.#points.focus = null;
    this.#result = result;
    const key = [this.#result, this.#draw.width, this.intlLocale, this.locale];
    if (key.some((v, i) => v !== this.#specKey[i])) {
      this.#specKey = key;
      const r = this.#result;
      this.#spec =
        r && this.#draw.width > 0
          ? {
              width: this.#draw.width,
              rows: experimentChartRows(this.locale, this.intlLocale, r),
              formatTick: (v) => formatPercentTick(this.intlLocale, v),
              reference: r.arms[0]?.cure.rate ?? null,
              bounds: [0, 1],
              maxLabelWidth: 160,
            }
          : null;
      this.#model = this.#spec ? intervalModel(this.#spec) : null;
    }
  }

  #arm(focus: PointFocus) {
    return this.#result?.arms[focus.index];
  }

  #describe(focus: PointFocus): string {
    const arm = this.#arm(focus);
    return arm && this.#result ? armPointText(this.locale, this.intlLocale, this.#result, arm) : '';
  }

  #select(focus: PointFocus): void {
    const arm = this.#arm(focus);
    if (!arm || !this.#result) return;
    emit<CkSelectDetail>(this, 'ck-select', {
      series: arm.arm,
      period: `${this.#result.from}/${this.#result.to}`,
      value: arm.cure.rate,
      numerator: arm.cure.numerator,
      denominator: arm.cure.denominator,
    });
  }

  #rowAt(y: number): PointFocus | null {
    const spec = this.#spec;
    const model = this.#model;
    const index = spec && model ? intervalRowAt(spec, model, y) : -1;
    return index < 0 ? null : { series: 0, index };
  }

  #title(): string {
    return t(this.locale, 'strategyTitle', { experiment: this.#result?.experiment ?? this.experiment ?? '' });
  }

  #table(): TableSpec {
    return experimentTable(
      this.locale,
      this.intlLocale,
      this.#title(),
      this.#result as ExperimentResult,
      this.data.data?.meta.currency ?? 'CNY',
    );
  }

  #tooltip() {
    const focus = this.#points.focus;
    const arm = focus ? this.#arm(focus) : undefined;
    const spec = this.#spec;
    const model = this.#model;
    const r = this.#result;
    if (!focus || !arm || !spec || !model || !r) return null;
    const row = spec.rows[focus.index];
    const lines: [string, string][] = [
      [t(this.locale, 'strategyAccounts'), formatNumber(this.intlLocale, arm.accounts)],
      [t(this.locale, 'strategyCure'), row?.text ?? ''],
      [t(this.locale, 'strategyReading'), verdictText(this.locale, this.intlLocale, arm, r.neededPerArm)],
    ];
    return tooltip({
      title: armLabel(this.locale, arm),
      lines,
      x: model.plot.left + model.plot.width / 2,
      y: intervalRowY(spec, model, focus.index),
      width: this.width,
    });
  }

  protected override render() {
    const r = this.#result;
    const summary = r
      ? t(this.locale, 'strategySummary', {
          experiment: r.experiment,
          horizon: horizonText(this.locale, this.intlLocale, r),
          verdicts: verdictLines(this.locale, this.intlLocale, r).join(' '),
        })
      : '';
    return this.renderBody(
      this.#title(),
      () => html`${r ? html`<p part="value" class="horizon">${horizonText(this.locale, this.intlLocale, r)}</p>` : null}
        ${this.renderFrame(html`${this.#spec && this.#model ? intervalChart({ ...this.#spec, focus: this.#points.focus?.index ?? null }, this.#model) : null}${this.#tooltip()}`, summary, this.#points.handlers)}
        ${r ? html`<ul part="value" class="readings">${verdictLines(this.locale, this.intlLocale, r).map((line) => html`<li>${line}</li>`)}</ul>` : null}
        ${this.renderTable(() => this.#table())}`,
      { empty: !r?.arms.length },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-strategy-test': CkStrategyTest;
  }
}
