import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { hbarBox, hbarChart, hbarHeight, hbarModel, type HBarSpec } from '../../charts/hbar-chart.js';
import { formatPeriod } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import type { PointFocus } from '../../render/keyboard.js';
import { tooltip } from '../../render/tooltip.js';
import { codeLabel } from '../../render/vocab.js';
import {
  formatWorkloadMeasure,
  measureValue,
  TEAM_LABELS,
  WORKLOAD_MEASURE_LABELS,
  WORKLOAD_MEASURES,
  workloadItems,
  workloadView,
  type WorkloadMeasure,
  type WorkloadView,
} from '../../views/workload-model.js';
import { emit, type CkSelectDetail } from '../shared/events.js';
import { movePanelBars, panelBarAt } from '../shared/panel-keys.js';
import { PointFocusState } from '../shared/point-focus.js';
import { CkWidget } from '../shared/widget-base.js';
import { LaggingWidth } from '../shared/lagging-width.js';
import { widgetStyles } from '../shared/widget.styles.js';
import { barPanelStyles } from '../shared/panel.styles.js';
import { workloadStyles } from './workload.styles.js';
import { capacityLine, workloadSummary, workloadTable } from './workload-text.js';
import { MetricController } from '../../query/metric-controller.js';

/** Detail of `ck-select` from the workload: `series` is the team, `measure` the panel. */
export interface CkWorkloadSelectDetail extends CkSelectDetail {
  measure: WorkloadMeasure;
}

/**
 * Workload per collection team (案件负荷) from the `workload` metric, for the latest period of the
 * range: cases per agent (cases ÷ FTE), coverage 覆盖率 (cases dialled ÷ cases) and penetration 渗透率
 * (attempts ÷ cases), one bar panel each; inflow 入催 and outflow (cured, rolled on, charged off) in the
 * table; and the next months' inventory projected against capacity (agents × `target` cases per agent),
 * with the shortfall flagged. The projected inflow comes from the roll-rate forecast (`roll-rates` of the same
 * source and filters, `forecastInflow`); while that has not answered, from the mean of the last three months.
 *
 * @summary Workload per team: cases per agent, coverage, penetration and capacity (案件负荷).
 * @tag ck-workload
 *
 * @attr {string} source - Id of the `<ck-source>` to read from; default: the nearest ancestor source.
 * @attr {number} target - Target cases per agent; capacity = agents (FTE) × target. Default 400.
 * @attr {number} horizon - Months projected (1–12). Default 3.
 * @attr {string} from - First period, inclusive (`YYYY-MM`).
 * @attr {string} to - Last period, inclusive (`YYYY-MM`).
 * @attr {string} team - Team filter.
 *
 * @event {CustomEvent<CkErrorDetail>} ck-error - A fetch or validation failed; `detail.message` is what the widget shows.
 * @event {CustomEvent<CkWorkloadSelectDetail>} ck-select - A bar was chosen by click or Enter (`series` is the team, `measure` the panel).
 *
 * @csspart frame - The focusable area holding the panels.
 * @csspart axis - Team labels.
 * @csspart mark - The bars.
 * @csspart value - The capacity line.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data table view.
 * @csspart state - Loading, empty and error messages.
 *
 * @cssproperty --ck-series-1 - Colour of the bars.
 */
export class CkWorkload extends CkWidget<'workload'> {
  static override styles = [widgetStyles, barPanelStyles, workloadStyles];

  static override properties: PropertyDeclarations = {
    target: { type: Number },
    horizon: { type: Number },
  };

  /** Target cases per agent; capacity = agents (FTE) × target. Default 400. */
  declare target: number;
  /** Months projected (1–12). Default 3. */
  declare horizon: number;

  protected readonly metric = 'workload' as const;

  #view: WorkloadView | null = null;
  /** The roll-rate matrices of the same source and filters (no team: roll rates have none), for the projected inflow. */
  readonly #roll = new MetricController(this, () => {
    const { team: _team, ...query } = this.query;
    return { source: this.resolveSource(), metric: 'roll-rates', query };
  });
  readonly #derived = this.derive(
    () => [this.data.data, this.#roll.data, this.#target, this.#horizon],
    () => {
      const rows = this.data.data?.rows;
      return rows ? workloadView(rows, this.#target, this.#horizon, this.#roll.data?.rows) : null;
    },
  );
  readonly #points = new PointFocusState({
    update: () => this.requestUpdate(),
    announce: (text) => this.announce(text),
    describe: (f) => this.#describe(f),
    select: (f) => this.#select(f),
    lengths: () => WORKLOAD_MEASURES.map(() => this.#view?.teams.length ?? 0),
    hit: (_x, _y, e) =>
      panelBarAt(e, (m) => {
        const measure = WORKLOAD_MEASURES[m];
        return measure ? this.#spec(measure, m) : null;
      }),
    move: movePanelBars,
  });
  /** Width the panels are drawn at (one frame behind `width`). */
  readonly #drawn = new LaggingWidth(this, () => this.width);

  constructor() {
    super();
    this.target = 400;
    this.horizon = 3;
  }

  get #target(): number {
    return Number.isFinite(this.target) && this.target > 0 ? this.target : 400;
  }

  get #horizon(): number {
    return Number.isInteger(this.horizon) && this.horizon >= 1 && this.horizon <= 12 ? this.horizon : 3;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const view = this.#derived.update();
    if (view !== this.#view) this.#points.focus = null;
    this.#view = view;
  }

  /** Panel width: three side by side when each gets 220 px, else stacked. */
  #panelWidth(): number {
    const columns = this.#drawn.value >= 3 * 220 + 24 ? 3 : 1;
    return Math.floor((this.#drawn.value - (columns - 1) * 12) / columns);
  }

  #spec(measure: WorkloadMeasure, index: number): HBarSpec {
    const focus = this.#points.focus;
    return {
      width: this.#panelWidth(),
      items: this.#view ? workloadItems(this.locale, this.#view, measure) : [],
      formatValue: (v) => formatWorkloadMeasure(this.intlLocale, measure, v),
      maxLabelWidth: 100,
      focus: focus && focus.series === index ? focus.index : null,
    };
  }

  #focused(f: PointFocus) {
    const measure = WORKLOAD_MEASURES[f.series];
    const p = this.#view?.teams[f.index];
    return measure && p ? { measure, p, label: codeLabel(TEAM_LABELS, p.team ?? '', this.locale) } : null;
  }

  #describe(f: PointFocus): string {
    const x = this.#focused(f);
    if (!x) return '';
    return t(this.locale, 'workloadAnnouncement', {
      team: x.label,
      measure: t(this.locale, WORKLOAD_MEASURE_LABELS[x.measure]),
      value: formatWorkloadMeasure(this.intlLocale, x.measure, measureValue(x.p, x.measure)),
    });
  }

  #select(f: PointFocus): void {
    const x = this.#focused(f);
    if (!x) return;
    const [numerator, denominator] =
      x.measure === 'casesPerAgent'
        ? [x.p.inventory, x.p.fte]
        : x.measure === 'coverage'
          ? [x.p.coverage.numerator, x.p.inventory]
          : [x.p.attempts, x.p.inventory];
    emit<CkWorkloadSelectDetail>(this, 'ck-select', {
      series: x.p.team ?? '',
      measure: x.measure,
      period: x.p.period,
      value: measureValue(x.p, x.measure),
      numerator,
      denominator,
    });
  }

  #title(): string {
    const period = this.#view?.period;
    return t(this.locale, 'workloadTitle', { period: period ? formatPeriod(this.intlLocale, period) : '' });
  }

  #tooltip(measure: WorkloadMeasure, series: number, spec: HBarSpec) {
    const f = this.#points.focus;
    if (!f || f.series !== series) return null;
    const x = this.#focused(f);
    if (!x) return null;
    const box = hbarBox(spec, hbarModel(spec), f.index);
    return tooltip({
      title: `${x.label} · ${t(this.locale, WORKLOAD_MEASURE_LABELS[measure])}`,
      lines: [
        [t(this.locale, 'value'), formatWorkloadMeasure(this.intlLocale, measure, measureValue(x.p, measure))],
        [t(this.locale, 'workloadInventory'), String(x.p.inventory)],
        [t(this.locale, 'workloadFte'), String(x.p.fte)],
      ],
      x: Math.min(box.x + box.width, spec.width - 40),
      y: box.y + box.height + 24,
      width: spec.width,
      height: hbarHeight(spec),
    });
  }

  protected override render() {
    const view = this.#view;
    const columns = this.#panelWidth() * 3 + 24 <= this.#drawn.value ? 3 : 1;
    const panels = () =>
      html`<div class=${`panels cols-${columns}`}>${WORKLOAD_MEASURES.map((m, i) => {
        const spec = this.#spec(m, i);
        return html`<div class="panel"><h3 aria-hidden="true">${t(this.locale, WORKLOAD_MEASURE_LABELS[m])}</h3><div class="plot" data-m=${i}>${hbarChart(spec)}${this.#tooltip(m, i, spec)}</div></div>`;
      })}</div>`;
    const short = view?.plan.some((p) => p.shortfall > 0) ?? false;
    return this.renderBody(
      this.#title(),
      () => html`${view ? html`<p part="value" class=${short ? 'short' : ''}>${capacityLine(this.locale, this.intlLocale, view, this.#target)}</p>` : null}
        ${
          this.#drawn.value > 0
            ? this.renderFrame(
                panels(),
                view?.total ? workloadSummary(this.locale, this.intlLocale, view.total) : '',
                this.#points.handlers,
              )
            : null
        }
        ${this.renderTable(() => workloadTable(this.locale, this.intlLocale, this.#title(), view ?? workloadView([], this.#target, this.#horizon)))}`,
      { empty: !view?.teams.length },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-workload': CkWorkload;
  }
}
