import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { outcomeGaps } from '../../kpi/outcomes.js';
import type { Query } from '../../model/metrics.js';
import { formatNumber, formatPercent } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import {
  flagLines,
  gapCells,
  gapPointText,
  gapTick,
  measureName,
  outcomeChartRows,
  outcomeTable,
  rangeText,
  segmentName,
} from '../../views/outcome-gap-view.js';
import { IntervalPanel, intervalPanelStyles } from '../shared/interval-panel.js';
import { CkWidget } from '../shared/widget-base.js';
import { outcomeGapStyles } from './outcome-gap.styles.js';

/**
 * Fair outcomes of customer segments (特殊群体 / vulnerable customers) from the `outcomes` metric: each
 * segment's gap against the reference segment on the overdue, cure, complaint, arrangement and re-default
 * (3 and 6 months after an arrangement) rates, with Newcombe 95 % intervals. A gap is flagged only when it
 * stays significant after the Holm–Bonferroni adjustment over all the gaps compared and lies on the worse
 * side, never when its interval crosses zero. The table adds each segment's rates with their Wilson
 * intervals and counts; segment codes show in the page's language (unknown codes as they are).
 *
 * @summary Outcome gaps of vulnerable customer segments with intervals (特殊群体).
 * @tag ck-outcome-gap
 *
 * @attr {string} source - Id of the `<ck-source>` to read from; default: the nearest ancestor source.
 * @attr {string} reference - Segment the others are compared with. Default `other`.
 * @attr {string} from - First period, inclusive (`YYYY-MM`).
 * @attr {string} to - Last period, inclusive (`YYYY-MM`).
 * @attr {string} segment - Ignored: the widget compares all segments (the `outcomes` metric itself takes the filter).
 *
 * @event {CustomEvent<CkErrorDetail>} ck-error - A fetch or validation failed; `detail.message` is what the widget shows.
 * @event {CustomEvent<CkSelectDetail>} ck-select - A segment's measure was chosen (`series` is `segment:measure`, `value` its gap).
 *
 * @csspart frame - The focusable chart of gaps, one row per segment and measure.
 * @csspart axis - Segment · measure labels and the axis in percentage points.
 * @csspart mark - Each gap's interval and estimate.
 * @csspart value - The range with the adjustment note, and the flagged gaps.
 * @csspart tooltip - Counts, rate and reading of the focused gap.
 * @csspart table - Every segment × measure with counts, rate, gap and reading.
 * @csspart state - Loading, empty and error messages.
 *
 * @cssproperty --ck-series-1 - Colour of gaps not shown (--ck-series-2 worse, --ck-series-3 better).
 */
export class CkOutcomeGap extends CkWidget<'outcomes'> {
  static override styles = [...intervalPanelStyles, outcomeGapStyles];

  static override properties: PropertyDeclarations = {
    reference: { type: String },
  };

  /** Segment the others are compared with. Default `other`. */
  declare reference: string;

  protected readonly metric = 'outcomes' as const;

  readonly #result = this.derive(
    () => [this.data.data, this.reference],
    () => {
      const rows = this.data.data?.rows;
      return rows ? outcomeGaps(rows, this.reference || 'other') : null;
    },
  );
  readonly #panel = new IntervalPanel(this, {
    items: () => this.#cells(),
    describe: (cell) => gapPointText(this.locale, this.intlLocale, cell),
    detail: (cell) => ({
      series: `${cell.segment.segment}:${cell.measure.measure}`,
      period: this.#result.value ? `${this.#result.value.from}/${this.#result.value.to}` : '',
      value: cell.measure.gap?.estimate ?? null,
      numerator: cell.measure.numerator,
      denominator: cell.measure.denominator,
    }),
    ...this.accessors,
  });

  constructor() {
    super();
    this.reference = 'other';
  }

  /** The segments are what this widget compares: a `segment` filter (its own or inherited) is left out of its query. */
  override get query(): Query {
    const { segment: _all, ...query } = super.query;
    return query;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#panel.follow(this.#result.update(), [this.intlLocale, this.locale], (r, width) => ({
      width,
      rows: outcomeChartRows(this.locale, this.intlLocale, r),
      formatTick: (v) => gapTick(this.intlLocale, v),
      reference: 0,
      include: [0],
      maxLabelWidth: 200,
    }));
  }

  #cells() {
    const r = this.#result.value;
    return r ? gapCells(r) : [];
  }

  #title(): string {
    return t(this.locale, 'outcomeGapTitle');
  }

  #tooltip() {
    const i = this.#panel.focused;
    const cell = i === null ? undefined : this.#cells()[i];
    if (i === null || !cell) return null;
    const m = cell.measure;
    return this.#panel.tooltip(
      `${segmentName(this.locale, cell.segment.segment)} · ${measureName(this.locale, m.measure)}`,
      [
        [t(this.locale, 'numerator'), formatNumber(this.intlLocale, m.numerator)],
        [t(this.locale, 'denominator'), formatNumber(this.intlLocale, m.denominator)],
        [t(this.locale, 'outcomeGapRate'), formatPercent(this.intlLocale, m.rate.estimate, 1)],
        [t(this.locale, 'outcomeGapReading'), this.#panel.spec?.rows[i]?.text ?? ''],
      ],
    );
  }

  protected override render() {
    const r = this.#result.value;
    const flags = r ? flagLines(this.locale, this.intlLocale, r) : [];
    const summary = r
      ? t(this.locale, 'outcomeGapSummary', {
          reference: segmentName(this.locale, r.reference),
          flags: flags.join(' '),
        })
      : '';
    return this.renderBody(
      this.#title(),
      () => html`${r ? html`<p part="value" class="range">${rangeText(this.locale, this.intlLocale, r)}</p>` : null}
        ${this.renderFrame(this.#panel.chart(this.#tooltip()), summary, this.#panel.points.handlers)}
        <ul part="value" class="readings">${flags.map((line) => html`<li>${line}</li>`)}</ul>
        ${r ? this.renderTable(() => outcomeTable(this.locale, this.intlLocale, this.#title(), r)) : null}`,
      { empty: !r?.segments.length },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-outcome-gap': CkOutcomeGap;
  }
}
