import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { experimentResults, type ExperimentResult } from '../../kpi/experiments.js';
import { formatNumber, formatPercentTick } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import type { TableSpec } from '../../render/table.js';
import {
  armLabel,
  armPointText,
  experimentChartRows,
  experimentTable,
  horizonText,
  verdictLines,
  verdictText,
} from '../../views/experiment-view.js';
import { IntervalPanel, intervalPanelStyles } from '../shared/interval-panel.js';
import { CkWidget } from '../shared/widget-base.js';
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
 */
export class CkStrategyTest extends CkWidget<'experiments'> {
  static override styles = [...intervalPanelStyles, strategyTestStyles];

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
  readonly #panel = new IntervalPanel(this, {
    items: () => this.#result?.arms ?? [],
    describe: (arm) => (this.#result ? armPointText(this.locale, this.intlLocale, this.#result, arm) : ''),
    detail: (arm) => ({
      series: arm.arm,
      period: this.#result ? `${this.#result.from}/${this.#result.to}` : '',
      value: arm.cure.rate,
      numerator: arm.cure.numerator,
      denominator: arm.cure.denominator,
    }),
    ...this.accessors,
  });

  constructor() {
    super();
    this.champion = 'champion';
    this.mde = 0.02;
    this.per = 10_000;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#result = this.#derived.update();
    this.#panel.follow(this.#result, [this.intlLocale, this.locale], (r, width) => ({
      width,
      rows: experimentChartRows(this.locale, this.intlLocale, r),
      formatTick: (v) => formatPercentTick(this.intlLocale, v),
      reference: r.arms[0]?.cure.rate ?? null,
      bounds: [0, 1],
      maxLabelWidth: 160,
    }));
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
    const i = this.#panel.focused;
    const arm = i === null ? undefined : this.#result?.arms[i];
    const r = this.#result;
    if (i === null || !arm || !r) return null;
    return this.#panel.tooltip(armLabel(this.locale, arm), [
      [t(this.locale, 'strategyAccounts'), formatNumber(this.intlLocale, arm.accounts)],
      [t(this.locale, 'strategyCure'), this.#panel.spec?.rows[i]?.text ?? ''],
      [t(this.locale, 'strategyReading'), verdictText(this.locale, this.intlLocale, arm, r.neededPerArm)],
    ]);
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
        ${this.renderFrame(this.#panel.chart(this.#tooltip()), summary, this.#panel.points.handlers)}
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
