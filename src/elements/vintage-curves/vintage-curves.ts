import type { PropertyDeclarations } from 'lit';
import { basisOf, type Basis, type Query } from '../../model/metrics.js';
import type { MetricResponse } from '../../model/response.js';
import { t } from '../../render/i18n/index.js';
import { widgetStyles } from '../shared/widget.styles.js';
import type { PointSeries } from '../shared/line-view.js';
import { CkCurvesWidget, type CurveTexts } from '../recovery-curves/curves-widget.js';
import { vintageCurvesStyles } from './vintage-curves.styles.js';
import { vintageSeries } from '../../views/vintage-series.js';

/**
 * Vintage analysis (账龄分析): for each origination cohort, the delinquent balance (DPD at or beyond the
 * threshold) ÷ the cohort's originated amount, by months on book — one curve per cohort, and the
 * classic triangle (cohorts × months on book) as the table view.
 *
 * @summary Vintage delinquency curves by origination cohort (账龄分析).
 * @tag ck-vintage-curves
 *
 * @attr {string} highlight - Latest cohorts in colour when there are more than seven (default 3; the rest recede, the average is drawn); `all` colours every cohort.
 * @attr {string} source - Id of the `<ck-source>` to read from; default: the nearest ancestor source.
 * @attr {string} threshold - Delinquency threshold sent to the backend as `threshold`: a bucket (`M2`, the default of the contract, i.e. 30+ days past due) or days past due (`30`).
 * @attr {number} max-mob - Last month on book drawn. Default 24.
 * @attr {string} cohorts - Cohorts to draw: a comma-separated list (`2024-01,2024-06`) or a number for the latest N. Default: all.
 * @attr {'count'|'balance'} basis - By accounts or by balance. Default `balance`.
 * @attr {string} from - First origination cohort, inclusive (`YYYY-MM`).
 * @attr {string} to - Last month observed, inclusive (`YYYY-MM`).
 *
 * @event {CustomEvent<CkErrorDetail>} ck-error - A fetch or validation failed.
 * @event {CustomEvent<CkCurveSelectDetail>} ck-select - A point was chosen by click or Enter: cohort (`series`), `month` on book, rate and parts.
 *
 * @csspart frame - The focusable chart area.
 * @csspart axis - Axes and grid lines.
 * @csspart mark - Curves.
 * @csspart legend - The legend with cohort toggles.
 * @csspart tooltip - The tooltip.
 * @csspart table - The triangle table (cohorts × months on book).
 * @csspart state - Loading, empty and error messages.
 *
 * @cssproperty --ck-chart-height - Height of the chart area (default 260px).
 * @cssproperty --ck-series-1 - Colour of the first cohort (up to --ck-series-7, then repeating).
 */
export class CkVintageCurves extends CkCurvesWidget<'vintage'> {
  static override styles = [widgetStyles, vintageCurvesStyles];

  static override properties: PropertyDeclarations = {
    threshold: { type: String },
    maxMob: { type: Number, attribute: 'max-mob' },
    cohorts: { type: String },
    basis: { type: String },
  };

  /** Delinquency threshold sent to the backend as `threshold`: a bucket (`M2`, the default of the contract, i.e. 30+ days past due) or days past due (`30`). */
  declare threshold: string | undefined;
  /** Last month on book drawn. Default 24. */
  declare maxMob: number;
  /** Cohorts to draw: a comma-separated list (`2024-01,2024-06`) or a number for the latest N. Default: all. */
  declare cohorts: string | undefined;
  /** By accounts or by balance. Default `balance`. */
  declare basis: Basis;

  protected readonly metric = 'vintage' as const;
  protected readonly texts: CurveTexts = {
    summary: 'vintageSummary',
    latest: 'vintageLatest',
    month: 'mob',
    monthLabel: 'vintageMob',
    cohort: 'vintageCohort',
    point: 'vintagePoint',
  };
  protected seriesKeys(): readonly unknown[] {
    return [this.maxMob, this.cohorts, this.basis];
  }

  constructor() {
    super();
    this.maxMob = 24;
    this.basis = 'balance';
  }

  /** The filters plus `threshold`, which the backend applies (rows carry delinquent amounts at it). */
  override get query(): Query {
    const q = super.query;
    return this.threshold ? ({ ...q, threshold: this.threshold } as Query) : q;
  }

  protected buildSeries(response: MetricResponse<'vintage'>): PointSeries[] {
    const raw = (this.cohorts ?? '').trim();
    const cohorts = !raw
      ? null
      : /^\d+$/.test(raw)
        ? Number(raw)
        : raw
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean);
    return vintageSeries(response.rows, {
      basis: basisOf(this.basis),
      maxMob: Math.max(1, Math.floor(this.maxMob || 24)),
      cohorts,
    });
  }

  protected chartTitle(): string {
    return t(this.locale, 'vintageTitle', { basis: t(this.locale, this.basis === 'count' ? 'accounts' : 'balance') });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-vintage-curves': CkVintageCurves;
  }
}
